// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include <QJsonArray>
#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

int CheckCommand::run(CliContext &ctx)
{
    KnowledgeBase &kb = ctx.base();
    const IntegrityReport r = kb.check(false);
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), r.ok }, { QStringLiteral("file"), kb.path() },
            { QStringLiteral("checks"), QJsonArray::fromStringList(r.checks) },
            { QStringLiteral("problems"), QJsonArray::fromStringList(r.problems) } });
    } else {
        ctx.out() << kb.path() << ": " << (r.ok ? "ok" : "DAMAGED") << " (" << r.checks.join(QStringLiteral(", "))
                  << ")\n";
        for (const QString &pr : r.problems)
            ctx.out() << "  " << pr << '\n';
    }
    return r.ok ? CliCommands::Ok : CliCommands::Damaged;
}

} // namespace tkb
