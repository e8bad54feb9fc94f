// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommands.h"

#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/edit/reverter.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

namespace {

ChangeSetInfo infoFrom(const CliContext &ctx)
{
    ChangeSetInfo info;
    info.author = ctx.value(QStringLiteral("author")).trimmed();
    info.comment = ctx.value(QStringLiteral("comment"));
    return info;
}

int report(CliContext &ctx, qint64 changesetId)
{
    const std::optional<ChangeSetInfo> info = ctx.base().changeSet(changesetId);
    const QList<Revision> revisions = ctx.base().revisionsOf(changesetId);
    if (ctx.json()) {
        QJsonArray list;
        for (const Revision &r : revisions)
            list.append(QJsonObject { { QStringLiteral("revision"), r.id }, { QStringLiteral("entity"), r.entity },
                { QStringLiteral("action"), r.action }, { QStringLiteral("note"), r.note } });
        ctx.printJson(QJsonObject { { QStringLiteral("changeset"), changesetId },
            { QStringLiteral("author"), info ? info->author : QString() },
            { QStringLiteral("time"), info ? info->time.toString(Qt::ISODateWithMs) : QString() },
            { QStringLiteral("revisions"), list } });
    } else {
        ctx.out() << "Changeset " << changesetId << ": " << revisions.size() << " revision(s)\n";
        for (const Revision &r : revisions)
            ctx.out() << "  r" << r.id << "  " << r.action << "  " << r.entity
                      << (r.note.isEmpty() ? QString() : QStringLiteral("  (") + r.note + u')') << '\n';
    }
    return CliCommands::Ok;
}

} // namespace

int EditCommands::apply(CliContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.fail(CliCommands::Usage, QStringLiteral("apply takes one CHANGES.json"));
    const QString file = ctx.arguments().first();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(file))
            return ctx.fail(CliCommands::NotFound, QStringLiteral("no such file: %1").arg(file));
        return ctx.fail(CliCommands::Usage, QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
    }
    QString why;
    const std::optional<ChangeSet> set = ChangeReader::read(f.readAll(), &why);
    if (!set)
        return ctx.fail(CliCommands::Refused, QStringLiteral("%1: %2 (nothing was written)").arg(file, why));
    qint64 id = 0;
    if (!ChangeApplier(ctx.base()).apply(*set, infoFrom(ctx), &why, &id))
        return ctx.fail(CliCommands::Refused, QStringLiteral("%1: %2 (nothing was written)").arg(file, why));
    return report(ctx, id);
}

int EditCommands::revert(CliContext &ctx)
{
    const QStringList args = ctx.arguments();
    bool ok = false;
    const qint64 revision = args.size() == 2 ? args[1].toLongLong(&ok) : 0;
    if (!ok || revision <= 0)
        return ctx.fail(CliCommands::Usage, QStringLiteral("revert takes an entity ID and a REVISION number"));
    QString why;
    qint64 id = 0;
    const auto to = ctx.isSet(QStringLiteral("undo")) ? Reverter::To::Before : Reverter::To::After;
    if (!Reverter::revert(ctx.base(), args[0], revision, infoFrom(ctx), &why, &id, to))
        return ctx.fail(CliCommands::Refused, why + QStringLiteral(" (nothing was written)"));
    return report(ctx, id);
}

} // namespace tkb
