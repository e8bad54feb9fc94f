// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/parsedquery.h>
#include <core/search/searchfilter.h>
#include <core/search/searchindex.h>
#include <core/search/searchindex_p.h>
#include <core/search/searchstatements_p.h>
#include <core/search/snippetmaker.h>
#include <core/search/spellingsuggester.h>
#include <core/search/sqlitehandle_p.h>
#include <core/server/serversearch_p.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tkb {

namespace {

// Full-text matches ranked per query. A query matching more rows than this (a common word in a base of a
// million entities) is ranked among the first this many in index order: ranking all of them would take
// long, and names are found completely by the name keys anyway.
constexpr std::int64_t ftsCap = 1000;
// Name keys come in key order; a few more than needed let the better tiers (whole name, the name rather
// than an alias) surface from among alphabetically earlier surnames.
constexpr std::int64_t minPerProbe = 32;
// While typing, the text matches are ranked among fewer rows: the list changes with the next key anyway.
constexpr std::int64_t typingFtsCap = 300;

// The prominence prior (docs/SEARCH.md): an entity's score gains up to this much for how often the base mentions
// it, enough to lift the subject of a base above a minor entity whose name matches alike, never enough to
// lift a name that merely begins with the words above an exact name (SearchStatements' tier scores).
constexpr double priorWeight = 40;
// The prior is looked up for the candidates it could still bring into the page, at most this many.
constexpr std::size_t maxPriorLookups = 200;

// The text columns of search_entity: every one but kind, whose terms are the kind ids.
constexpr std::string_view entityColumns = "name aliases_text summary body";
constexpr std::string_view nameColumns = "name aliases_text";

using NameRow = SearchStatements::NameRow;
using TextMatch = SearchStatements::TextMatch;

struct Candidate
{
    bool section = false;
    std::int64_t rowid = 0;
    double score = 0;
    bool exact = false;
    int source = -1; ///< the alias (line) whose key matched, -1 for the name or none
    int tier = 0; ///< the name tier of the best-scoring key, 0 for none
    int shownTier = 0; ///< the tier of the key whose alias (source) is shown
    std::int64_t textColumns = -1; ///< where the text query matched (EntityColumnBit), -1 if unknown
};

// Bits of tkb_columns() over search_entity.
enum EntityColumnBit : std::int64_t { summaryColumnBit = 1 << 2, bodyColumnBit = 1 << 3 };

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

// Candidates from name keys: each entity by its best key; an exact match of a name several entities share ("Talysh"
// of the people and of the region) tells none of them apart, so what it adds above the best prefix match is shared.
void addNames(const std::vector<NameRow> &names, std::unordered_map<std::int64_t, Candidate> &entities)
{
    for (const NameRow &r : names) {
        Candidate &c = entities[r.entity];
        c.rowid = r.entity;
        if (r.score > c.score) {
            c.score = r.score;
            c.tier = r.tier;
        }
        if (r.tier > c.shownTier) { // the alias shown is the best-matching one, spelled before sounded
            c.shownTier = r.tier;
            c.source = r.source;
        }
        c.exact = c.exact || r.tier == SearchStatements::exactNameTier;
    }
    std::size_t exactMatches = 0;
    for (const auto &[rowid, c] : entities)
        exactMatches += c.tier >= SearchStatements::firstExactTier ? 1 : 0;
    if (exactMatches > 1) {
        for (auto &[rowid, c] : entities) {
            if (c.tier >= SearchStatements::firstExactTier && c.score > SearchStatements::bestPrefixScore)
                c.score = SearchStatements::bestPrefixScore
                    + (c.score - SearchStatements::bestPrefixScore) / double(exactMatches);
        }
    }
}

// Search on a server (docs/SERVER.md): by names and aliases in every spelling and script, ranked as in the file with
// the same prominence prior. Texts (summaries, bodies, sections) and filters are not searched there yet.
QList<SearchHit> serverSearch(const QSqlDatabase &db, const ParsedQuery &pq, std::optional<EntityKind> kind, int offset,
    int limit, QString *error)
{
    if (!pq.filter().isEmpty())
        return {};
    const ServerSearch server(db);
    std::vector<NameRow> names;
    server.collectNames(pq, kind, std::max<std::int64_t>(offset + limit, minPerProbe), names, error);
    std::unordered_map<std::int64_t, Candidate> entities;
    addNames(names, entities);
    std::vector<Candidate> ranked;
    ranked.reserve(entities.size());
    for (auto &[rowid, c] : entities) {
        c.score += priorWeight * server.prominence(rowid);
        ranked.push_back(c);
    }
    std::sort(ranked.begin(), ranked.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.rowid < b.rowid;
    });
    QList<SearchHit> hits;
    for (std::size_t i = std::size_t(offset); i < std::min(ranked.size(), std::size_t(offset + limit)); ++i) {
        const Candidate &c = ranked[i];
        const auto row = server.entityRow(c.rowid);
        if (!row)
            continue;
        SearchHit hit;
        hit.id = row->id;
        hit.kind = entityKindFromId(row->kind).value_or(EntityKind::Topic);
        hit.name = row->name;
        hit.score = c.score;
        hit.exactName = c.exact;
        // The spelling that was found: the matching alias, else the opening of the summary.
        const QStringList aliases = row->aliases.split(u'\n');
        for (qsizetype a = 0; a < aliases.size() && hit.snippet.isEmpty(); ++a) {
            if (c.source < 0 || a == c.source)
                hit.snippet = SnippetMaker::markAll(aliases[a].toUtf8().toStdString(), pq);
        }
        if (hit.snippet.isEmpty())
            hit.snippet = SnippetMaker::opening(row->summary.toUtf8().toStdString());
        hits.append(hit);
    }
    return hits;
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
    /// A base on a PostgreSQL server, which has no FTS5 tables: type-ahead and the search by names run there
    /// (ServerSearch); texts are not searched there yet (docs/SERVER.md).
    bool server;
    std::unique_ptr<SearchStatements> statements; ///< prepared on first use: type-ahead runs a search per key
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
        return serverSearch(m_connection->db, pq, kind, offset, limit, error);
    SearchStatements &st = statements();
    const SearchStatements::ReadTransaction transaction(st);
    st.complete(pq, error);
    const std::int64_t cap = pq.lastWordNeedsCompletions() ? typingFtsCap : ftsCap;
    const std::int64_t want = offset + limit;

    std::unordered_map<std::int64_t, Candidate> entities, sections;
    std::vector<NameRow> names;
    // A filter drops some of what the names find: look at more of them.
    st.collectNames(pq, kind, std::max(want, minPerProbe) * (pq.filter().isEmpty() ? 1 : 4), names, error);
    addNames(names, entities);
    // The terms once; each table's query restricts them as it needs.
    const std::string terms = pq.ftsExpression();
    const std::string expression = entityExpression(pq, terms, kind);
    if (!expression.empty()) {
        std::unordered_map<std::int64_t, TextMatch> best;
        SearchStatements::collectFts(st.ftsEntity, expression, cap, true, best, error);
        if (best.size() >= std::size_t(cap)) {
            // Too many to rank them all: make sure the ones that match in a name or alias are among them. This
            // query does not look at the texts, so it tells nothing of where they match.
            SearchStatements::collectFts(
                st.ftsEntity, ParsedQuery::restricted(terms, nameColumns, kind), cap, false, best, error);
        }
        for (const auto &[rowid, match] : best) {
            Candidate &c = entities[rowid];
            c.rowid = rowid;
            c.score += match.score; // orders within a name tier, and ranks the text-only matches
            c.textColumns = match.columns;
        }
    }
    if (query.includeSections && (!kind || *kind == EntityKind::Source)) {
        if (!terms.empty()) { // title and text: every column is text
            std::unordered_map<std::int64_t, TextMatch> best;
            SearchStatements::collectFts(st.ftsSection, terms, cap, false, best, error);
            for (const auto &[rowid, match] : best)
                sections[rowid] = Candidate { true, rowid, match.score, false, -1, 0, 0, -1 };
        }
    }

    // Dates, section, source: tested on each candidate (a few index probes each), so a filter narrows what the
    // words found rather than listing what it alone would.
    if (const SearchFilter &filter = pq.filter(); !filter.isEmpty()) {
        std::erase_if(entities, [&](const auto &e) { return !st.passes(filter, false, e.first); });
        std::erase_if(sections, [&](const auto &e) { return !st.passes(filter, true, e.first); });
    }

    std::vector<Candidate> ranked;
    ranked.reserve(entities.size() + sections.size());
    for (const auto &[rowid, c] : entities)
        ranked.push_back(c);
    for (const auto &[rowid, c] : sections)
        ranked.push_back(c);
    const std::size_t end = std::min(ranked.size(), std::size_t(want));
    if (std::size_t(offset) >= end)
        return {};
    const auto better = [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.section != b.section)
            return !a.section;
        return a.rowid < b.rowid;
    };
    // Found by a name, the prior adds up to priorWeight; found by its text alone, it multiplies the text score by
    // up to two, so a central entity that merely mentions a word does not outrank what is about it. Only the
    // candidates that could so reach the page's last place are looked up (best first, at most maxPriorLookups),
    // and none in a base that mentions nothing.
    const auto mostGain = [](const Candidate &c) {
        return c.section ? 0.0 : (c.tier > 0 ? priorWeight : std::min(priorWeight, c.score));
    };
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(end), ranked.end(), better);
    if (st.anyMentions()) {
        const double last = ranked[end - 1].score;
        std::vector<Candidate *> reaching;
        for (Candidate &c : ranked) {
            if (c.score + mostGain(c) >= last && mostGain(c) > 0)
                reaching.push_back(&c);
        }
        if (reaching.size() > maxPriorLookups) {
            std::partial_sort(reaching.begin(), reaching.begin() + std::ptrdiff_t(maxPriorLookups), reaching.end(),
                [&](const Candidate *a, const Candidate *b) { return better(*a, *b); });
            reaching.resize(maxPriorLookups);
        }
        for (Candidate *c : reaching)
            c->score += mostGain(*c) * st.prominence(c->rowid);
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(end), ranked.end(), better);
    }

    QList<SearchHit> hits;
    hits.reserve(qsizetype(end - std::size_t(offset)));
    for (std::size_t i = std::size_t(offset); i < end; ++i) {
        const Candidate &c = ranked[i];
        SearchHit hit;
        hit.score = c.score;
        hit.exactName = c.exact;
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
            hit.id = row.string(0);
            hit.kind = entityKindFromId(row.string(1)).value_or(EntityKind::Topic);
            hit.name = row.string(2);
            const std::string_view aliases = row.text(3), summary = row.text(4);
            // A text the text query found no match in is not searched for one: most entities found by a name
            // match it nowhere else, and cutting a passage reads and folds every word of the text. Unknown
            // (found by name keys alone, or no text query): every text is searched.
            const bool summaryMatches = c.textColumns < 0 || (c.textColumns & summaryColumnBit) != 0;
            const bool bodyMatches = c.textColumns < 0 || (c.textColumns & bodyColumnBit) != 0;
            if (summaryMatches)
                hit.snippet = SnippetMaker::passage(summary, pq);
            // The body (often long, past the row's first page) is read only when the summary shows no match.
            std::string_view body;
            if ((hit.snippet.isEmpty() && bodyMatches) || summary.empty()) {
                body = row.text(5);
                if (hit.snippet.isEmpty() && bodyMatches)
                    hit.snippet = SnippetMaker::passage(body, pq);
            }
            // Found by another spelling of the name: show which (the alias whose key matched, else every alias
            // that matches). The aliases are lines.
            auto markAliases = [&](int only) {
                QStringList matched;
                std::size_t from = 0;
                for (int line = 0; from <= aliases.size(); ++line) {
                    const std::size_t to = std::min(aliases.find('\n', from), aliases.size());
                    if (to > from && (only < 0 || line == only)) {
                        const QString marked = SnippetMaker::markAll(aliases.substr(from, to - from), pq);
                        if (!marked.isEmpty())
                            matched << marked;
                    }
                    from = to + 1;
                }
                return matched.join(QStringLiteral(" · "));
            };
            if (hit.snippet.isEmpty() && c.source >= 0)
                hit.snippet = markAliases(c.source);
            if (hit.snippet.isEmpty())
                hit.snippet = markAliases(-1);
            if (hit.snippet.isEmpty())
                hit.snippet = SnippetMaker::opening(summary.empty() ? body : summary);
            row.reset();
        } else {
            hit.id = row.string(0);
            hit.kind = EntityKind::Source;
            hit.inSection = true;
            hit.section = row.string(1);
            const std::string_view section = row.text(1), text = row.text(2);
            const QString title = row.string(3);
            hit.name = hit.section.isEmpty() ? title : title + QStringLiteral(" — ") + hit.section;
            hit.snippet = SnippetMaker::passage(text, pq);
            if (hit.snippet.isEmpty())
                hit.snippet = SnippetMaker::markAll(section, pq);
            if (hit.snippet.isEmpty())
                hit.snippet = SnippetMaker::opening(text);
            row.reset();
        }
        hits.append(hit);
    }
    return hits;
}

QList<Suggestion> SearchIndex::suggest(const QString &prefix, int limit) const
{
    limit = std::clamp(limit, 0, 100);
    // A filter being typed as the last chunk: its completions, not names (not on a server yet).
    const qsizetype lastChunk = prefix.lastIndexOf(u' ') + 1;
    if (!prefix.isEmpty() && !prefix.back().isSpace()
        && SearchFilter::isFilterChunk(QStringView(prefix).mid(lastChunk)))
        return m_connection->server ? QList<Suggestion>() : filterCompletions(prefix, limit);
    const ParsedQuery pq = ParsedQuery::parse(prefix, true);
    if (pq.isEmpty() || limit == 0)
        return {};
    const std::int64_t perProbe = std::max<std::int64_t>(limit * 2, minPerProbe);
    std::vector<NameRow> rows;
    QList<Suggestion> out;
    if (m_connection->server) {
        // The same keys, looked up alike and ranked by the same code: the same names in the same order.
        const ServerSearch server(m_connection->db);
        server.collectNames(pq, pq.kind(), perProbe, rows, nullptr);
        for (const NameRow &r : rankedNames(rows)) {
            if (out.size() >= limit)
                break;
            if (const auto row = server.entityRow(r.entity))
                out.append(suggestion(row->id, row->kind, row->name, row->aliases, r.source));
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
    SearchStatements &st = statements();
    const SearchStatements::ReadTransaction transaction(st);
    auto collect = [&](SqlStatement &q, bool dropSourcePrefix) {
        SearchStatements::forEachRow(q, nullptr, [&] {
            QString v = q.string(0);
            if (dropSourcePrefix && v.startsWith(QLatin1String("source/")))
                v = v.mid(7);
            values << v.replace(u' ', u'_');
        });
    };
    if (keyword == QLatin1String("kind:")) {
        for (EntityKind k : allEntityKinds())
            values << entityKindId(k);
    } else if (keyword == QLatin1String("in:")) {
        collect(st.sectionTitles, false);
    } else if (keyword == QLatin1String("source:")) {
        collect(st.sourceIds, true);
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
    if (pq.isEmpty() || limit == 0 || m_connection->server)
        return {};
    return SpellingSuggester(statements()).suggest(pq, limit);
}

} // namespace tkb
