// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

namespace {

QJsonObject changeSetJson(const KnowledgeBase &kb, const ChangeSetInfo &c)
{
    QJsonArray entities;
    for (const Revision &r : kb.revisionsOf(c.id))
        entities.append(r.entity);
    return QJsonObject { { QStringLiteral("changeset"), c.id },
        { QStringLiteral("time"), c.time.toString(Qt::ISODateWithMs) }, { QStringLiteral("author"), c.author },
        { QStringLiteral("comment"), c.comment }, { QStringLiteral("origin"), c.origin },
        { QStringLiteral("state"), c.state }, { QStringLiteral("problem"), c.problem },
        { QStringLiteral("entities"), entities } };
}

void printChangeSet(QTextStream &out, const KnowledgeBase &kb, const ChangeSetInfo &c)
{
    out << "  #" << c.id << "  " << c.time.toString(Qt::ISODate) << "  " << c.author;
    if (!c.comment.isEmpty())
        out << "  \"" << c.comment << '"';
    if (c.state == ChangeSetInfo::notApplied) {
        out << "  NOT APPLIED: " << c.problem << '\n';
        return;
    }
    QStringList entities;
    for (const Revision &r : kb.revisionsOf(c.id))
        entities << r.entity;
    out << "  " << entities.join(QStringLiteral(", ")) << '\n';
}

} // namespace

int HistoryCommands::history(CliContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.fail(CliCommands::Usage, QStringLiteral("history takes an entity ID"));
    const QString id = ctx.arguments().first();
    const KnowledgeBase &kb = ctx.base();
    const QList<Revision> revisions = kb.history(id);
    // A changeset that did not apply has no revisions; it is shown where its change document names the entity.
    QList<ChangeSetInfo> notApplied;
    const QString quoted = u'"' + id + u'"';
    for (const ChangeSetInfo &c : kb.notAppliedChanges()) {
        if (c.changes.contains(quoted))
            notApplied << c;
    }
    if (revisions.isEmpty() && notApplied.isEmpty() && !kb.contains(id))
        return ctx.fail(
            CliCommands::NotFound, QStringLiteral("no entity with id \"%1\" and no history of one").arg(id));
    if (ctx.json()) {
        QJsonArray list;
        for (const Revision &r : revisions)
            list.append(QJsonObject { { QStringLiteral("revision"), r.id },
                { QStringLiteral("changeset"), r.changeset },
                { QStringLiteral("time"), r.time.toString(Qt::ISODateWithMs) }, { QStringLiteral("author"), r.author },
                { QStringLiteral("comment"), r.comment }, { QStringLiteral("action"), r.action },
                { QStringLiteral("note"), r.note }, { QStringLiteral("tombstone"), r.isTombstone() } });
        QJsonArray refused;
        for (const ChangeSetInfo &c : std::as_const(notApplied))
            refused.append(changeSetJson(kb, c));
        ctx.printJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("exists"), kb.contains(id) },
            { QStringLiteral("revisions"), list }, { QStringLiteral("notApplied"), refused } });
        return CliCommands::Ok;
    }
    ctx.out() << id << (kb.contains(id) ? "" : " (deleted)") << '\n';
    if (revisions.isEmpty())
        ctx.out() << "  no revisions: as the knowledge pack has it\n";
    for (const Revision &r : revisions) {
        ctx.out() << "  r" << r.id << "  " << r.time.toString(Qt::ISODate) << "  " << r.author << "  " << r.action;
        if (!r.note.isEmpty())
            ctx.out() << " (" << r.note << ')';
        if (!r.comment.isEmpty())
            ctx.out() << "  \"" << r.comment << '"';
        ctx.out() << '\n';
    }
    if (!notApplied.isEmpty())
        ctx.out() << "Changes that did not apply:\n";
    for (const ChangeSetInfo &c : std::as_const(notApplied))
        printChangeSet(ctx.out(), kb, c);
    return CliCommands::Ok;
}

int HistoryCommands::changes(CliContext &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.fail(CliCommands::Usage, QStringLiteral("changes takes no arguments (--limit N)"));
    bool ok = false;
    const int limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(CliCommands::Usage, QStringLiteral("--limit takes a positive number"));
    const KnowledgeBase &kb = ctx.base();
    const QList<ChangeSetInfo> recent = kb.recentChanges(limit);
    const QList<ChangeSetInfo> notApplied = kb.notAppliedChanges();
    if (ctx.json()) {
        QJsonArray r, n;
        for (const ChangeSetInfo &c : recent)
            r.append(changeSetJson(kb, c));
        for (const ChangeSetInfo &c : notApplied)
            n.append(changeSetJson(kb, c));
        ctx.printJson(QJsonObject { { QStringLiteral("recent"), r }, { QStringLiteral("notApplied"), n } });
        return CliCommands::Ok;
    }
    ctx.out() << "Recent changes:\n";
    if (recent.isEmpty())
        ctx.out() << "  none\n";
    for (const ChangeSetInfo &c : recent)
        printChangeSet(ctx.out(), kb, c);
    if (!notApplied.isEmpty()) {
        ctx.out() << "Changes that no longer apply (kept, not dropped):\n";
        for (const ChangeSetInfo &c : notApplied)
            printChangeSet(ctx.out(), kb, c);
    }
    return CliCommands::Ok;
}

} // namespace tkb
