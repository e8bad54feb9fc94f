// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpackcommand.h"

#include <core/export/packwriter.h>

#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

int ExportPackCommand::run(CliContext &ctx)
{
    QString out = ctx.arguments().value(0);
    if (out.isEmpty())
        out = ctx.value(QStringLiteral("output"));
    if (out.isEmpty() || ctx.arguments().size() > 1)
        return ctx.fail(CliCommands::Usage, QStringLiteral("export-pack takes one OUT.json"));
    QString why;
    if (!PackWriter::writeFile(ctx.base(), out, &why))
        return ctx.fail(CliCommands::ExportFailed, why);
    const qsizetype changes = ctx.base().allChanges().size();
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("exported"), out }, { QStringLiteral("kb"), ctx.base().path() },
            { QStringLiteral("entities"), ctx.base().count(std::nullopt) },
            { QStringLiteral("changesets"), changes } });
    else
        ctx.out() << "Exported " << ctx.base().count(std::nullopt) << " entities and " << changes << " changeset(s) to "
                  << out << Qt::endl;
    return CliCommands::Ok;
}

} // namespace tkb
