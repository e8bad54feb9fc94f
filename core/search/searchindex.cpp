// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/filespellingsource.h>
#include <core/search/parsedquery.h>
#include <core/search/searchcandidates_p.h>
#include <core/search/searchfilter.h>
#include <core/search/searchindex.h>
#include <core/search/searchindex_p.h>
#include <core/search/searchstatements_p.h>
#include <core/search/spellingsuggester.h>
#include <core/search/sqlitehandle_p.h>
#include <core/server/serversearch_p.h>
#include <core/server/serverspellingsource_p.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tkb {

namespace {

// The text columns of search_entity: every one but kind, whose terms are the kind ids.
constexpr std::string_view entityColumns = "name aliases_text summary body";
constexpr std::string_view nameColumns = "name aliases_text";

using NameRow = SearchStatements::NameRow;
using TextMatch = SearchStatements::TextMatch;

// The entity text query for the terms: the kind column holds nothing but the kind ids, so a query that names
// none of them needs no column filter, which would cost FTS5 a look at each row's columns (a quarter of a
// two-word query's time).
std::string entityExpression(const ParsedQuery &pq, const std::string &terms, std::optional<EntityKind> kind)
{
    static const std::vector<std::string> kindIds = [] {
        std::vector<std::string> ids;
        for (EntityKind k : allEntityKinds())
            ids.push_back(entityKindId(k).toStdString());
        return ids;
    }();
    return ParsedQuery::restricted(terms, pq.hasTermAmong(kindIds) ? entityColumns : std::string_view(), kind);
}

// Type-ahead's order: each entity by the best score of its keys, shown by its best-matching one (spelled before
// sounded); ties by row.
std::vector<NameRow> rankedNames(const std::vector<NameRow> &rows)
{
    std::unordered_map<std::int64_t, NameRow> best;
    for (const NameRow &r : rows) {
        auto [it, added] = best.emplace(r.entity, r);
        if (added)
            continue;
        const double score = std::max(it->second.score, r.score);
        if (r.tier > it->second.tier)
            it->second = r;
        it->second.score = score;
    }
    std::vector<NameRow> ranked;
    ranked.reserve(best.size());
    for (const auto &[entity, r] : best)
        ranked.push_back(r);
    std::sort(ranked.begin(), ranked.end(), [](const NameRow &a, const NameRow &b) {
        return a.score != b.score ? a.score > b.score : a.entity < b.entity;
    });
    return ranked;
}

// A suggestion shows the name or alias (the source-th line of aliases) that matched.
Suggestion suggestion(const QString &id, const QString &kind, const QString &name, const QString &aliases, int source)
{
    Suggestion s;
    s.id = id;
    s.kind = entityKindFromId(kind).value_or(EntityKind::Topic);
    s.name = name;
    s.matched = source >= 0 ? aliases.section(u'\n', source, source) : s.name;
    if (s.matched.isEmpty())
        s.matched = s.name;
    return s;
}

} // namespace

struct SearchIndex::Connection
{
    explicit Connection(QSqlDatabase database)
        : db(database)
        , server(!sqliteHandle(database))
    { }

    QSqlDatabase db;
    /// A base on a PostgreSQL server, which has no FTS5 tables: search and type-ahead run there on the terms and
    /// keys core stored (ServerSearch, docs/SERVER.md).
    bool server;
    std::unique_ptr<SearchStatements> statements; ///< prepared on first use: type-ahead runs a search per key
    std::unique_ptr<ServerSearch> serverSearch; ///< the same on a server

    ServerSearch &onServer()
    {
        if (!serverSearch)
            serverSearch = std::make_unique<ServerSearch>(db);
        return *serverSearch;
    }
};

std::unique_ptr<SearchIndex> makeSearchIndex(QSqlDatabase db)
{
    return std::make_unique<SearchIndex>(std::make_unique<SearchIndex::Connection>(db));
}

SearchIndex::SearchIndex(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection))
{ }

SearchIndex::~SearchIndex() = default;

SearchStatements &SearchIndex::statements() const
{
    if (!m_connection->statements)
        m_connection->statements = std::make_unique<SearchStatements>(sqliteHandle(m_connection->db));
    return *m_connection->statements;
}

QString SearchIndex::textExpression(const SearchQuery &query) const
{
    ParsedQuery pq = ParsedQuery::parse(query.text, query.prefix);
    if (pq.isEmpty() || m_connection->server)
        return {};
    SearchStatements &st = statements();
    const SearchStatements::ReadTransaction transaction(st);
    st.complete(pq, nullptr);
    return QString::fromStdString(entityExpression(pq, pq.ftsExpression(), query.kind ? query.kind : pq.kind()));
}

QList<SearchHit> SearchIndex::search(const SearchQuery &query, QString *error) const
{
    if (error)
        error->clear();
    ParsedQuery pq = ParsedQuery::parse(query.text, query.prefix);
    const std::optional<EntityKind> kind = query.kind ? query.kind : pq.kind();
    const int limit = std::clamp(query.limit, 0, 1000);
    const int offset = std::clamp(query.offset, 0, 1000000);
    if (pq.isEmpty() || limit == 0)
        return {};
    if (m_connection->server)
        return m_connection->onServer().search(pq, kind, query.includeSections, offset, limit, error);
    SearchStatements &st = statements();
    const SearchStatements::ReadTransaction transaction(st);
    st.complete(pq, error);
    const std::int64_t cap = SearchCandidates::capFor(pq);
    const std::int64_t want = offset + limit;

    SearchCandidates found;
    std::vector<NameRow> names;
    st.collectNames(pq, kind, SearchCandidates::perProbeFor(pq, want), names, error);
    found.addNames(names);
    // The terms once; each table's query restricts them as it needs.
    const std::string terms = pq.ftsExpression();
    const std::string expression = entityExpression(pq, terms, kind);
    if (!expression.empty()) {
        SearchCandidates::TextMatches best;
        SearchStatements::collectFts(st.ftsEntity, expression, cap, true, best, error);
        if (best.size() >= std::size_t(cap)) {
            // Too many to rank them all: make sure the ones that match in a name or alias are among them. This
            // query does not look at the texts, so it tells nothing of where they match.
            SearchStatements::collectFts(
                st.ftsEntity, ParsedQuery::restricted(terms, nameColumns, kind), cap, false, best, error);
        }
        found.addEntityText(best);
    }
    if (query.includeSections && (!kind || *kind == EntityKind::Source) && !terms.empty()) {
        SearchCandidates::TextMatches best; // title and text: every column is text
        SearchStatements::collectFts(st.ftsSection, terms, cap, false, best, error);
        found.addSectionText(best);
    }
    // Dates, section, source: tested on each candidate (a few index probes each), so a filter narrows what the
    // words found rather than listing what it alone would.
    if (const SearchFilter &filter = pq.filter(); !filter.isEmpty())
        found.filter([&](bool section, std::int64_t rowid) { return st.passes(filter, section, rowid); });

    QList<SearchHit> hits;
    for (const SearchCandidates::Candidate &c :
        found.page(offset, want, st.anyMentions(), [&](std::int64_t rowid) { return st.prominence(rowid); })) {
        SqlStatement &row = c.section ? st.sectionRow : st.entityRow;
        row.bind(1, c.rowid);
        if (!row.next()) {
            if (row.failed())
                SearchStatements::report(row, error);
            row.reset();
            continue;
        }
        // The texts are read as the UTF-8 SQLite holds, valid until the row is reset.
        if (!c.section) {
            hits.append(SearchCandidates::entityHit(c, pq, row.string(0), row.string(1), row.string(2), row.text(3),
                row.text(4), [&] { return row.text(5); }));
        } else {
            hits.append(SearchCandidates::sectionHit(c, pq, row.string(0), row.text(1), row.text(2), row.string(3)));
        }
        row.reset();
    }
    return hits;
}

QList<Suggestion> SearchIndex::suggest(const QString &prefix, int limit) const
{
    limit = std::clamp(limit, 0, 100);
    // A filter being typed as the last chunk: its completions, not names.
    const qsizetype lastChunk = prefix.lastIndexOf(u' ') + 1;
    if (!prefix.isEmpty() && !prefix.back().isSpace()
        && SearchFilter::isFilterChunk(QStringView(prefix).mid(lastChunk)))
        return filterCompletions(prefix, limit);
    const ParsedQuery pq = ParsedQuery::parse(prefix, true);
    if (pq.isEmpty() || limit == 0)
        return {};
    const std::int64_t perProbe = std::max<std::int64_t>(limit * 2, SearchCandidates::minPerProbe);
    std::vector<NameRow> rows;
    QList<Suggestion> out;
    if (m_connection->server) {
        // The same keys, looked up alike and ranked by the same code: the same names in the same order.
        const ServerSearch &server = m_connection->onServer();
        server.collectNames(pq, pq.kind(), perProbe, rows, nullptr);
        // The best names' rows in one query; a name whose entity went meanwhile gives its place to the next.
        const std::vector<NameRow> ranked = rankedNames(rows);
        for (std::size_t from = 0; from < ranked.size() && out.size() < limit;) {
            std::vector<std::int64_t> wanted;
            const std::size_t to = std::min(ranked.size(), from + std::size_t(limit - out.size()));
            for (std::size_t i = from; i < to; ++i)
                wanted.push_back(ranked[i].entity);
            const auto found = server.entityRows(wanted);
            for (std::size_t i = from; i < to; ++i) {
                if (const auto it = found.find(ranked[i].entity); it != found.end()) {
                    const ServerSearch::EntityRow &row = it->second;
                    out.append(suggestion(row.id, row.kind, row.name, row.aliases, ranked[i].source));
                }
            }
            from = to;
        }
        return out;
    }
    SearchStatements &st = statements();
    const SearchStatements::ReadTransaction transaction(st);
    st.collectNames(pq, pq.kind(), perProbe, rows, nullptr);
    for (const NameRow &r : rankedNames(rows)) {
        if (out.size() >= limit)
            break;
        SqlStatement &row = st.entityRow;
        row.bind(1, r.entity);
        if (!row.next()) {
            row.reset();
            continue;
        }
        out.append(suggestion(row.string(0), row.string(1), row.string(2), row.string(3), r.source));
        row.reset();
    }
    return out;
}

QList<Suggestion> SearchIndex::filterCompletions(const QString &prefix, int limit) const
{
    const qsizetype start = prefix.lastIndexOf(u' ') + 1;
    const QString chunk = prefix.mid(start);
    const qsizetype colon = chunk.indexOf(u':');
    const QString keyword = chunk.left(colon + 1).toLower(), typed = chunk.mid(colon + 1);
    QStringList values;
    // The base's section titles or source ids, from the file or the server.
    auto collect = [&](bool sources) {
        QStringList rows;
        if (m_connection->server) {
            rows = m_connection->onServer().placeNames(sources);
        } else {
            SearchStatements &st = statements();
            const SearchStatements::ReadTransaction transaction(st);
            SqlStatement &q = sources ? st.sourceIds : st.sectionTitles;
            SearchStatements::forEachRow(q, nullptr, [&] { rows << q.string(0); });
        }
        for (QString &v : rows) {
            if (sources && v.startsWith(QLatin1String("source/")))
                v = v.mid(7);
            values << v.replace(u' ', u'_');
        }
    };
    if (keyword == QLatin1String("kind:")) {
        for (EntityKind k : allEntityKinds())
            values << entityKindId(k);
    } else if (keyword == QLatin1String("in:")) {
        collect(false);
    } else if (keyword == QLatin1String("source:")) {
        collect(true);
    } // before:/after: take a year, which has nothing to complete
    QList<Suggestion> out;
    for (const QString &v : values) {
        if (out.size() >= limit)
            break;
        if (!v.startsWith(typed, Qt::CaseInsensitive) || v.compare(typed, Qt::CaseInsensitive) == 0)
            continue;
        Suggestion s;
        s.name = keyword + v;
        s.matched = s.name;
        s.completion = prefix.left(start) + s.name;
        out << s;
    }
    return out;
}

QStringList SearchIndex::didYouMean(const QString &query, int limit) const
{
    const ParsedQuery pq = ParsedQuery::parse(query, false);
    limit = std::clamp(limit, 0, 20);
    if (pq.isEmpty() || limit == 0)
        return {};
    if (m_connection->server) {
        ServerSpellingSource source(m_connection->db);
        return SpellingSuggester(source).suggest(pq, limit);
    }
    SearchStatements &st = statements();
    const SearchStatements::ReadTransaction transaction(st);
    FileSpellingSource source(st);
    return SpellingSuggester(source).suggest(pq, limit);
}

} // namespace tkb
