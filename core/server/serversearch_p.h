// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reading side of search on a PostgreSQL server: the lookups SearchIndex makes, in SQL the server runs. Name
// keys are looked up as SearchStatements does in the file (the same ranges, the same order, the same scores), the
// texts' terms (ServerTextIndex) are matched and scored as tkb_rank does over FTS5 (the same column weights, word
// forms at half), and SearchCandidates ranks and shows both as in the file, with the same prominence prior.
#include <core/search/searchcandidates_p.h>
#include <core/search/searchstatements_p.h>
#include <core/store/statementcache_p.h>

#include <QSqlDatabase>

#include <optional>
#include <unordered_map>
#include <vector>

namespace tkb {

class ParsedQuery;
class SearchFilter;

class ServerSearch
{
public:
    explicit ServerSearch(const QSqlDatabase &db);
    ServerSearch(const ServerSearch &) = delete;
    ServerSearch &operator=(const ServerSearch &) = delete;

    /// SearchIndex::search on the server: names, texts and sections, filtered, ranked and shown as in the file.
    QList<SearchHit> search(ParsedQuery &pq, std::optional<EntityKind> kind, bool includeSections, int offset,
        int limit, QString *error) const;

    /// SearchStatements::collectNames on the server's search_name.
    void collectNames(const ParsedQuery &pq, std::optional<EntityKind> kind, std::int64_t perProbe,
        std::vector<SearchStatements::NameRow> &out, QString *error) const;
    /// SearchStatements::complete on the server's search_word: the words the last word being typed may begin.
    void complete(ParsedQuery &pq, QString *error) const;

    struct EntityRow
    {
        QString id;
        QString kind;
        QString name;
        QString aliases; ///< one alias per line
        QString summary;
    };
    /// The rows of these entities in one query (a round trip each made type-ahead on a server slow); a row that
    /// is gone is absent.
    std::unordered_map<std::int64_t, EntityRow> entityRows(const std::vector<std::int64_t> &rowids) const;
    /// Whether the base mentions any entity (else the prominence prior is 0 for all), counted once.
    bool anyMentions() const;
    /// What in: and source: complete to: the distinct section titles, or the source ids, in order.
    QStringList placeNames(bool sources) const;

private:
    /// Rows holding a term of every group in the columns given (bits), scored as tkb_rank: Σ over the query's
    /// terms of the weights of the columns holding them, a stem term at half. The first cap in row order, as FTS5
    /// gives them. columns: also record where each matched (TextMatch::columns).
    void collectText(bool sections, const std::vector<std::vector<std::string>> &groups, std::int64_t columnMask,
        std::optional<EntityKind> kind, std::int64_t cap, bool columns, SearchCandidates::TextMatches &best,
        QString *error) const;
    /// The group of terms with the fewest rows in table, when it has few (under 5,000): its rows are the candidates of
    /// a search whose other words are common. -1 when every group is common.
    int rarestGroup(const QString &table, const std::vector<std::vector<std::string>> &groups, const QString &columns,
        QString *error) const;
    /// SearchStatements::passes: whether an entity or a section passes the query's dates, section and source.
    bool passes(const SearchFilter &filter, bool section, std::int64_t rowid) const;
    QList<SearchHit> hits(
        const ParsedQuery &pq, const std::vector<SearchCandidates::Candidate> &page, QString *error) const;

    QSqlDatabase m_db;
    mutable StatementCache m_statements; ///< one search after another: type-ahead runs one per key
    mutable std::int64_t m_mostMentioned = -1; ///< counted on first use, as the file does per connection
};

} // namespace tkb
