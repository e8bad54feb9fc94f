// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include <core/import/importrun.h>

#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

int ImportCommand::run(CliContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.fail(CliCommands::Usage, QStringLiteral("import takes one FILE"));
    if (!ctx.isSet(QStringLiteral("kb")))
        return ctx.fail(
            CliCommands::Usage, QStringLiteral("import needs --kb OUT (the bundled knowledge base is never written)"));
    const QString file = ctx.arguments().first();
    const ImportRun::Result r
        = ImportRun::importFile(file, ctx.value(QStringLiteral("kb")), KnowledgeBase::OpenMode::CreateOrOpen);
    switch (r.status) {
    case ImportRun::Status::Ok:
        break;
    case ImportRun::Status::InputMissing:
        return ctx.fail(CliCommands::NotFound, QStringLiteral("no such file: %1").arg(file));
    case ImportRun::Status::InputUnreadable:
        return ctx.fail(CliCommands::ImportFailed, r.error);
    case ImportRun::Status::BadInput:
        return ctx.fail(CliCommands::ImportFailed, r.inputError.toString(file));
    case ImportRun::Status::OpenFailed:
        return ctx.fail(CliCommands::OpenFailed, r.storeError.message);
    case ImportRun::Status::ImportFailed:
        return ctx.fail(CliCommands::ImportFailed,
            QStringLiteral("%1: %2 (the knowledge base is unchanged)").arg(file, r.storeError.message));
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("imported"), file }, { QStringLiteral("kb"), r.base->path() },
            { QStringLiteral("entities"), r.entities }, { QStringLiteral("relations"), r.relations },
            { QStringLiteral("sources"), r.sources } });
    } else {
        ctx.out() << "Imported " << r.entities << " entities, " << r.relations << " relations and " << r.sources
                  << " source document(s) into " << r.base->path() << Qt::endl;
    }
    return CliCommands::Ok;
}

} // namespace tkb
