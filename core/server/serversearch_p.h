// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reading side of search on a PostgreSQL server: the lookups SearchIndex makes, in SQL the server runs. Name
// keys are looked up as SearchStatements does in the file (the same ranges, the same order, the same scores), so
// type-ahead suggests the same names in the same order on both; mentions give the same prominence prior.
#include <core/search/searchstatements_p.h>

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace tkb {

class ParsedQuery;

class ServerSearch
{
public:
    explicit ServerSearch(const QSqlDatabase &db);

    /// SearchStatements::collectNames on the server's search_name.
    void collectNames(const ParsedQuery &pq, std::optional<EntityKind> kind, std::int64_t perProbe,
        std::vector<SearchStatements::NameRow> &out, QString *error) const;

    struct EntityRow
    {
        QString id;
        QString kind;
        QString name;
        QString aliases; ///< one alias per line
        QString summary;
    };
    std::optional<EntityRow> entityRow(std::int64_t rowid) const;
    /// SearchStatements::prominence: how often the base mentions the entity, relative to its most mentioned one.
    double prominence(std::int64_t rowid) const;

private:
    QSqlDatabase m_db;
    mutable std::int64_t m_mostMentioned = -1; ///< counted on first use
};

} // namespace tkb
