// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/linkrewriter.h>
#include <core/edit/remover.h>
#include <core/edit/workspace.h>
#include <core/store/knowledgebase.h>

namespace tkb {

bool Remover::remove(Workspace &documents, const QString &id, QString *error)
{
    if (!documents.exists(id)) {
        if (error)
            *error = QStringLiteral("%1 does not exist").arg(id);
        return false;
    }
    const QString note = QStringLiteral("relations and links to %1 removed with it").arg(id);
    for (const QString &other : documents.referrers(id)) {
        std::optional<EntityDocument> doc = documents.get(other);
        if (!doc)
            continue;
        const qsizetype removed = doc->relations.removeIf([&](const Relation &r) { return r.object == id; });
        if (LinkRewriter::rewrite(&*doc, id, QString()) || removed > 0)
            documents.put(other, doc, QStringLiteral("edit"), note);
    }
    documents.put(id, std::nullopt, QStringLiteral("delete"));
    return true;
}

bool Remover::restore(Workspace &documents, const QString &id, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (documents.exists(id))
        return fail(QStringLiteral("%1 exists; only a deleted entity can be restored").arg(id));
    const QList<Revision> history = documents.base().history(id);
    auto tombstone = std::find_if(
        history.crbegin(), history.crend(), [](const Revision &r) { return r.isTombstone() && !r.before.isNull(); });
    if (tombstone == history.crend())
        return fail(QStringLiteral("%1 was never deleted here, so there is nothing to restore").arg(id));
    QString why;
    const std::optional<EntityDocument> doc = EntityDocument::fromText(tombstone->before, &why);
    if (!doc)
        return fail(QStringLiteral("revision %1 cannot be read: %2").arg(tombstone->id).arg(why));
    documents.put(id, doc, QStringLiteral("restore"));
    // What the deletion took from other documents comes back where those documents have not changed since.
    for (const Revision &r : documents.base().revisionsOf(tombstone->changeset)) {
        if (r.entity == id || r.before.isNull() || r.after.isNull())
            continue;
        const std::optional<EntityDocument> was = EntityDocument::fromText(r.before, nullptr);
        const std::optional<EntityDocument> cut = EntityDocument::fromText(r.after, nullptr);
        std::optional<EntityDocument> now = documents.get(r.entity);
        if (!was || !cut || !now)
            continue;
        for (const Relation &rel : was->relations) {
            if (rel.object == id && !cut->relations.contains(rel) && !now->relations.contains(rel))
                now->relations.append(rel);
        }
        if (now->entity.summary == cut->entity.summary)
            now->entity.summary = was->entity.summary;
        if (now->entity.body == cut->entity.body)
            now->entity.body = was->entity.body;
        if (now->source && was->source && cut->source && now->source->sections == cut->source->sections)
            now->source->sections = was->source->sections;
        documents.put(
            r.entity, now, QStringLiteral("edit"), QStringLiteral("relations and links to %1 restored").arg(id));
    }
    return true;
}

} // namespace tkb
