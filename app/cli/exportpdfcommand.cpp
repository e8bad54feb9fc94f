// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpdfcommand.h"

#include <core/export/exportsection.h>
#include <core/export/pdfexporter.h>

#include <QFileInfo>
#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

std::optional<ExportOptions> ExportPdfCommand::options(const CliContext &ctx)
{
    // The reader's locale picks paper and direction unless told otherwise; the C locale means English.
    QLocale locale
        = ctx.isSet(QStringLiteral("locale")) ? QLocale(ctx.value(QStringLiteral("locale"))) : QLocale::system();
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    ExportOptions options = ExportOptions::forLocale(locale);
    if (ctx.isSet(QStringLiteral("page-size"))) {
        const QString id = ctx.value(QStringLiteral("page-size"));
        const auto size = ExportOptions::pageSizeFromId(id);
        if (!size) {
            ctx.fail(CliCommands::Usage, QStringLiteral("unknown page size \"%1\" (a4, letter, legal, a5)").arg(id));
            return std::nullopt;
        }
        options.pageSize = *size;
    }
    if (ctx.isSet(QStringLiteral("landscape")))
        options.orientation = ExportOptions::Orientation::Landscape;
    if (ctx.isSet(QStringLiteral("rtl")))
        options.rightToLeft = true;
    options.includeCitations = !ctx.isSet(QStringLiteral("no-citations"));
    options.includeLinkedSummaries = !ctx.isSet(QStringLiteral("no-summaries"));
    return options;
}

int ExportPdfCommand::run(CliContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.fail(CliCommands::Usage, QStringLiteral("export-pdf takes one SECTION (see --help)"));
    const QString file = ctx.value(QStringLiteral("output"));
    if (!ctx.isSet(QStringLiteral("output")) || file.isEmpty())
        return ctx.fail(CliCommands::Usage, QStringLiteral("export-pdf needs -o FILE"));
    QString why;
    const auto section = ExportSection::fromCliName(ctx.arguments().first(), &why);
    if (!section)
        return ctx.fail(CliCommands::NotFound, why);
    const auto options = ExportPdfCommand::options(ctx);
    if (!options)
        return CliCommands::Usage;
    const ExportResult r = PdfExporter(ctx.base(), *options).exportToFile(*section, file);
    if (!r.ok())
        return ctx.fail(
            r.status == ExportResult::Status::NotFound ? CliCommands::NotFound : CliCommands::ExportFailed, r.message);
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("file"), QFileInfo(file).absoluteFilePath() },
            { QStringLiteral("section"), section->toCliName() }, { QStringLiteral("pages"), r.pageCount } });
    else
        ctx.out() << "Wrote " << file << " (" << r.pageCount << (r.pageCount == 1 ? " page)" : " pages)") << Qt::endl;
    return CliCommands::Ok;
}

} // namespace tkb
