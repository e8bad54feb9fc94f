// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes entities and relations onto a server a thousand at a time, each thousand in a dozen statements (the rows go
// as arrays the server unnests), where EntityWriter writes a file row by row: over a socket a round trip per row made
// a large push take hours. Runs inside the caller's write transaction; the caller has checked what it writes.
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/store/storeerror.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace tkb {

class SqlErrorMapper;
class StatementCache;

class ServerPackWriter
{
public:
    ServerPackWriter(StatementCache &statements, const SqlErrorMapper &errors);

    /// Replaces the entities of these ids with their aliases, attributes, citations, search keys and outgoing links;
    /// each keeps its row id, and of an id given twice the last wins.
    bool writeEntities(const QList<Entity> &entities, StoreError *error);
    bool writeRelations(const QList<Relation> &relations, StoreError *error);
    /// Those of ids that no entity has; nullopt when the server could not say.
    std::optional<QSet<QString>> missingEntities(const QStringList &ids, StoreError *error);
    /// A link from one of these entities to an entity that does not exist (from, to): the first from in that order, its
    /// first target by id; an empty pair when there is none.
    std::optional<std::pair<QString, QString>> danglingLink(const QStringList &fromIds, StoreError *error);

private:
    bool writeChunk(const QList<const Entity *> &entities, StoreError *error);
    /// The ids of these citations in the citation table, added where missing, into m_citationIds.
    bool citeAll(const QList<Citation> &citations, StoreError *error);
    qint64 citationId(const Citation &c) const;
    bool failed(const QString &what, const QSqlError &e, StoreError *error) const;

    StatementCache &m_statements;
    const SqlErrorMapper &m_errors;
    QHash<QString, qint64> m_citationIds; ///< by source, section and sentence, for the batch being written
};

} // namespace tkb
