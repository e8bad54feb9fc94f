// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes entities, relations, source documents and their links into one knowledge base, inside the caller's
// write transaction (WriteTransaction): a failed step leaves the error and returns false, the caller rolls back.
#include <core/model/knowledgepack.h>
#include <core/server/serverpackwriter_p.h>
#include <core/store/storeerror.h>

#include <QSqlDatabase>
#include <QVariant>

#include <optional>
#include <utility>

namespace tkb {

class EntityReader;
class SqlErrorMapper;
class StatementCache;

class EntityWriter
{
public:
    EntityWriter(
        const QSqlDatabase &db, StatementCache &statements, const EntityReader &reader, const SqlErrorMapper &errors);

    /// A pack's sources, entities and relations (ids already present are replaced), then a check that
    /// everything the pack's relations and links point at exists.
    bool writePack(const KnowledgePack &pack, StoreError *error);
    /// Replaces the entity of that id, with its aliases, attributes, citations and outgoing links.
    bool writeEntity(const Entity &e, StoreError *error);
    bool writeRelation(const Relation &r, StoreError *error);
    /// The entity, its relations either way and its outgoing links.
    bool removeEntity(const QString &id, StoreError *error);
    bool writeMeta(const QString &key, const QString &value, StoreError *error);

private:
    bool validate(const Entity &e, StoreError *error) const;
    bool validate(const Relation &r, StoreError *error) const;
    /// The file's rows of an entity or a relation already validated (a pack validates all of its own first).
    bool writeEntityRows(const Entity &e, StoreError *error);
    bool writeRelationRow(const Relation &r, StoreError *error);
    /// Those of ids that no entity has.
    std::optional<QSet<QString>> missingEntities(const QStringList &ids, StoreError *error);
    /// The first of fromIds that links to an entity that does not exist, and that entity; an empty pair for none.
    std::optional<std::pair<QString, QString>> danglingLink(const QStringList &fromIds, StoreError *error);
    bool writeSource(const SourceDocument &s, StoreError *error);
    bool refreshMentions(const QString &fromId, StoreError *error);
    std::optional<qint64> citationId(const Citation &c, StoreError *error);
    /// A text as bound to CAST(? AS TEXT): never NULL, and safe from SQLite's reading of a byte order mark.
    QVariant text(const QString &s) const;

    const QSqlDatabase &m_db;
    StatementCache &m_statements;
    const EntityReader &m_reader;
    const SqlErrorMapper &m_errors;
    const bool m_server; ///< a PostgreSQL connection (core/server)
    ServerPackWriter m_serverPack; ///< a server's entities and relations, a thousand at a time
};

} // namespace tkb
