// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/linkrewriter.h>
#include <core/edit/merger.h>
#include <core/edit/workspace.h>

namespace tkb {

namespace {

template <typename T> void addMissing(QList<T> *to, const QList<T> &from)
{
    for (const T &x : from) {
        if (!to->contains(x))
            to->append(x);
    }
}

} // namespace

bool Merger::merge(Workspace &documents, const QString &id, const QString &into, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const std::optional<EntityDocument> gone = documents.get(id);
    std::optional<EntityDocument> target = documents.get(into);
    if (!gone)
        return fail(QStringLiteral("%1 does not exist").arg(id));
    if (!target)
        return fail(QStringLiteral("%1 does not exist").arg(into));
    if (gone->entity.kind == EntityKind::Source || target->entity.kind == EntityKind::Source)
        return fail(QStringLiteral("sources are not merged (their citations would change meaning)"));

    const QString note = QStringLiteral("merged into %1").arg(into);
    Entity &e = target->entity;
    const Entity &g = gone->entity;
    // Its name is kept as another spelling of the one that stays, with what it cited for itself.
    bool named = e.name == g.name;
    for (const Alias &a : std::as_const(e.aliases))
        named |= a.text == g.name;
    if (!named) {
        Alias a;
        a.text = g.name;
        a.citations = g.citations;
        e.aliases.append(a);
    }
    for (const Alias &a : g.aliases) {
        bool there = a.text == e.name;
        for (const Alias &b : std::as_const(e.aliases))
            there |= a.text == b.text;
        if (!there)
            e.aliases.append(a);
    }
    addMissing(&e.attributes, g.attributes);
    addMissing(&e.dates, g.dates);
    addMissing(&e.citations, g.citations);
    // Its relations become the target's; one between the two would now relate the target to itself and goes.
    for (Relation r : gone->relations) {
        r.subject = into;
        if (r.object == id || r.object == into)
            continue;
        if (!target->relations.contains(r))
            target->relations.append(r);
    }
    target->relations.removeIf([&](const Relation &r) { return r.object == id; });
    LinkRewriter::rewrite(&*target, id, into);
    documents.put(into, target, QStringLiteral("merge"), QStringLiteral("took over %1").arg(id));

    for (const QString &other : documents.referrers(id)) {
        if (other == into)
            continue;
        std::optional<EntityDocument> doc = documents.get(other);
        if (!doc)
            continue;
        bool changed = LinkRewriter::rewrite(&*doc, id, into);
        QList<Relation> relations;
        for (Relation r : std::as_const(doc->relations)) {
            if (r.object == id) {
                r.object = into;
                changed = true;
            }
            if (!relations.contains(r))
                relations.append(r);
        }
        doc->relations = relations;
        if (changed)
            documents.put(other, doc, QStringLiteral("edit"), QStringLiteral("links to %1 now go to %2").arg(id, into));
    }
    documents.put(id, std::nullopt, QStringLiteral("merge"), note);
    return true;
}

} // namespace tkb
