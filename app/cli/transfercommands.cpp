// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfercommands.h"

#include <core/export/packwriter.h>
#include <core/import/importrun.h>
#include <core/server/serveraddress.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

namespace {

// Copies the base at from into to, which must hold nothing yet: what is there is never mixed with or replaced.
int copy(CliContext &ctx, const QString &verb, const QString &from, const QString &to)
{
    StoreError error;
    const auto source = KnowledgeBase::open(from, KnowledgeBase::OpenMode::ReadOnly, &error);
    if (!source)
        return ctx.fail(CliCommands::OpenFailed, error.message);
    if (ServerAddress::isServerAddress(to)) {
        const auto target = KnowledgeBase::open(to, KnowledgeBase::OpenMode::CreateOrOpen, &error);
        if (!target)
            return ctx.fail(CliCommands::OpenFailed, error.message);
        if (const qint64 n = target->count(std::nullopt); n > 0)
            return ctx.fail(CliCommands::Refused,
                QStringLiteral("%1 already holds %2 entities; %3 publishes into an empty database only (nothing was "
                               "changed)")
                    .arg(target->path())
                    .arg(n)
                    .arg(verb));
    } else if (QFileInfo::exists(to)) {
        return ctx.fail(CliCommands::Refused,
            QStringLiteral("%1 exists; %2 writes a new file only (nothing was changed)")
                .arg(QDir::toNativeSeparators(to), verb));
    }
    const ImportRun::Result r = ImportRun::importData(
        PackWriter::write(*source), QStringLiteral("pack.json"), to, KnowledgeBase::OpenMode::CreateOrOpen);
    if (!r.ok())
        return ctx.fail(CliCommands::ImportFailed, r.error);
    const qsizetype changes = r.base->allChanges().size();
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject { { QStringLiteral("from"), source->path() }, { QStringLiteral("to"), r.base->path() },
                { QStringLiteral("entities"), r.entities }, { QStringLiteral("relations"), r.relations },
                { QStringLiteral("sources"), r.sources }, { QStringLiteral("changesets"), changes } });
    } else {
        ctx.out() << "Copied " << r.entities << " entities, " << r.relations << " relations and " << changes
                  << " changeset(s) from " << source->path() << " to " << r.base->path() << Qt::endl;
    }
    return CliCommands::Ok;
}

} // namespace

int TransferCommands::push(CliContext &ctx)
{
    const QString to = ctx.value(QStringLiteral("to"));
    if (ctx.arguments().size() != 1 || to.isEmpty())
        return ctx.fail(CliCommands::Usage, QStringLiteral("push takes one FILE and --to URL"));
    if (!ServerAddress::isServerAddress(to))
        return ctx.fail(CliCommands::Usage,
            QStringLiteral("push --to takes a server address (postgresql://user@host:port/database), not \"%1\"")
                .arg(to));
    const QString from = ctx.arguments().first();
    if (!QFileInfo::exists(from))
        return ctx.fail(CliCommands::NotFound, QStringLiteral("no such file: %1").arg(from));
    return copy(ctx, QStringLiteral("push"), from, to);
}

int TransferCommands::pull(CliContext &ctx)
{
    const QString to = ctx.value(QStringLiteral("to"));
    if (ctx.arguments().size() != 1 || to.isEmpty())
        return ctx.fail(CliCommands::Usage, QStringLiteral("pull takes one URL and --to FILE"));
    const QString from = ctx.arguments().first();
    if (!ServerAddress::isServerAddress(from))
        return ctx.fail(CliCommands::Usage,
            QStringLiteral("pull takes a server address (postgresql://user@host:port/database), not \"%1\"").arg(from));
    if (ServerAddress::isServerAddress(to))
        return ctx.fail(CliCommands::Usage, QStringLiteral("pull --to takes a file"));
    return copy(ctx, QStringLiteral("pull"), from, to);
}

} // namespace tkb
