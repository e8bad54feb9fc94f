// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Entity documents in one knowledge base: reads one whole, and commits a set of document changes with their
// changeset and revisions in one write transaction, refused whole when a document is no longer as the change saw it.
#include <core/store/changesetinfo.h>
#include <core/store/documentchange.h>
#include <core/store/storeerror.h>

#include <QSqlDatabase>

namespace tkb {

class EntityReader;
class EntityWriter;
class SqlErrorMapper;

class DocumentStore
{
public:
    DocumentStore(
        const QSqlDatabase &db, const EntityReader &reader, EntityWriter &writer, const SqlErrorMapper &errors);

    std::optional<EntityDocument> read(const QString &id) const;
    /// Begins its own transaction. On success *changesetId is the new changeset's id.
    bool commit(
        const ChangeSetInfo &info, const QList<DocumentChange> &changes, StoreError *error, qint64 *changesetId);
    /// A changeset kept without taking effect (a replayed edit that no longer applies), in its own transaction.
    bool record(const ChangeSetInfo &info, StoreError *error, qint64 *changesetId);

private:
    bool write(const QList<DocumentChange> &changes, StoreError *error);

    QSqlDatabase m_db;
    const EntityReader &m_reader;
    EntityWriter &m_writer;
    const SqlErrorMapper &m_errors;
};

} // namespace tkb
