// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/documentstore_p.h>
#include <core/store/entityreader_p.h>
#include <core/store/entitywriter_p.h>
#include <core/store/revisionstore_p.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tkb {

DocumentStore::DocumentStore(
    const QSqlDatabase &db, const EntityReader &reader, EntityWriter &writer, const SqlErrorMapper &errors)
    : m_db(db)
    , m_reader(reader)
    , m_writer(writer)
    , m_errors(errors)
{ }

std::optional<EntityDocument> DocumentStore::read(const QString &id) const
{
    std::optional<Entity> e = m_reader.entity(id);
    if (!e)
        return std::nullopt;
    EntityDocument d;
    d.entity = *e;
    for (const Relation &r : m_reader.relations(id)) {
        if (r.subject == id)
            d.relations.append(r);
    }
    d.source = m_reader.source(id);
    return d;
}

bool DocumentStore::write(const QList<DocumentChange> &changes, StoreError *error)
{
    QSqlQuery q(m_db);
    auto run = [&](const QString &sql, const QString &id) {
        q.prepare(sql);
        q.addBindValue(id);
        if (q.exec())
            return true;
        if (error)
            *error = m_errors.map(QStringLiteral("changing %1").arg(id), q.lastError());
        return false;
    };
    // Tombstones first, then every surviving document written at once, so the pack writer's check (relations
    // and links resolve) sees the whole new state: a relation may point at an entity created by the same change.
    KnowledgePack pack;
    for (const DocumentChange &c : changes) {
        if (!c.after) {
            if (!m_writer.removeEntity(c.id, error)
                || !run(QStringLiteral("DELETE FROM source_document WHERE id=?"), c.id))
                return false;
            continue;
        }
        if (!run(QStringLiteral("DELETE FROM relation WHERE subject=?"), c.id))
            return false;
        if (c.after->source)
            pack.sources.append(*c.after->source);
        else if (!run(QStringLiteral("DELETE FROM source_document WHERE id=?"), c.id))
            return false;
        pack.entities.append(c.after->entity);
        pack.relations.append(c.after->relations);
    }
    return pack.entities.isEmpty() || m_writer.writePack(pack, error);
}

bool DocumentStore::commit(
    const ChangeSetInfo &info, const QList<DocumentChange> &changes, StoreError *error, qint64 *changesetId)
{
    auto invalid = [&](const QString &message) {
        if (error)
            *error = StoreError::make(StoreError::Code::Invalid, message);
        return false;
    };
    QSet<QString> seen;
    for (const DocumentChange &c : changes) {
        if (c.id.isEmpty() || (c.after && c.after->entity.id != c.id))
            return invalid(QStringLiteral("A change names no entity or another entity than its document's."));
        if (seen.contains(c.id))
            return invalid(QStringLiteral("%1 is changed twice in one changeset.").arg(c.id));
        seen.insert(c.id);
    }
    WriteTransaction transaction(m_db);
    if (!transaction.begin(m_errors, error))
        return false;
    // Read under the write lock: nobody can change a document between this check and the commit.
    for (const DocumentChange &c : changes) {
        if (read(c.id) != c.before)
            return invalid(QStringLiteral("%1 was changed by someone else since the change was made; nothing was "
                                          "written. Look at it again and redo the change.")
                    .arg(c.id));
    }
    if (!write(changes, error))
        return false;
    RevisionStore revisions(m_db, m_errors);
    ChangeSetInfo stored = info;
    stored.id = 0;
    const qint64 id = revisions.addChangeSet(stored, error);
    if (id <= 0)
        return false;
    for (const DocumentChange &c : changes) {
        Revision r;
        r.changeset = id;
        r.entity = c.id;
        r.action = c.action;
        r.note = c.note;
        r.before = c.before ? c.before->toText() : QString();
        // What the file holds now, which is what a later change will be checked against.
        const std::optional<EntityDocument> now = read(c.id);
        r.after = now ? now->toText() : QString();
        if (!revisions.addRevision(r, error))
            return false;
    }
    if (!transaction.commit(m_errors, error))
        return false;
    if (changesetId)
        *changesetId = id;
    return true;
}

bool DocumentStore::record(const ChangeSetInfo &info, StoreError *error, qint64 *changesetId)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begin(m_errors, error))
        return false;
    ChangeSetInfo stored = info;
    stored.id = 0;
    const qint64 id = RevisionStore(m_db, m_errors).addChangeSet(stored, error);
    if (id <= 0 || !transaction.commit(m_errors, error))
        return false;
    if (changesetId)
        *changesetId = id;
    return true;
}

} // namespace tkb
