// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reads the views make of one knowledge base: entities and their lists, relations, backlinks, the
// chronology, source documents and the meta table.
#include <core/model/knowledgepack.h>
#include <core/store/entityref.h>
#include <core/store/mention.h>

#include <QSqlDatabase>

#include <optional>

class QVariant;

namespace tkb {

class StatementCache;

class EntityReader
{
public:
    EntityReader(const QSqlDatabase &db, StatementCache &statements);

    QString meta(const QString &key) const;
    std::optional<Entity> entity(const QString &id) const;
    bool contains(const QString &id) const;
    QString name(const QString &id) const;
    QList<Alias> aliases(const QString &id) const;
    QList<EntityRef> entities(
        std::optional<EntityKind> kind, const QString &filter, int offset, int limit, bool withAliases) const;
    qint64 count(std::optional<EntityKind> kind, const QString &filter) const;
    QList<Relation> relations(const QString &id) const;
    QList<Mention> backlinks(const QString &id) const;
    QList<EntityRef> events(bool withAliases) const;
    QList<SourceDocument> sources() const;
    std::optional<SourceDocument> source(const QString &id) const;

private:
    Citation citation(const QVariant &id) const;

    const QSqlDatabase &m_db;
    StatementCache &m_statements;
};

} // namespace tkb
