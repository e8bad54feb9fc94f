// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/parsedquery.h>
#include <core/search/rankfunction.h>
#include <core/search/searchfilter.h>
#include <core/server/serversearch_p.h>

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace tkb {

namespace {

// Statements kept prepared: a query's shape depends on its words, so the cache is bounded. Preparing costs a round
// trip and the server's parsing, and dropping the statement another.
constexpr qsizetype maxStatements = 200;

// Every text column of search_term (name, aliases, summary, body), and its name columns.
constexpr std::int64_t entityTextColumns = 0xf, nameColumnsMask = 0x3;

bool report(const QSqlQuery &q, QString *error)
{
    if (error && error->isEmpty())
        *error = q.lastError().text();
    return false;
}

// A UTF-8 copy of a text column, to hand SearchCandidates what SQLite would.
std::string utf8(const QVariant &v)
{
    return v.toString().toUtf8().toStdString();
}

} // namespace

ServerSearch::ServerSearch(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(m_db, maxStatements)
{ }

QList<SearchHit> ServerSearch::search(
    ParsedQuery &pq, std::optional<EntityKind> kind, bool includeSections, int offset, int limit, QString *error) const
{
    // The steps of SearchIndex::search in the file, each on the server's tables.
    complete(pq, error);
    const std::int64_t cap = SearchCandidates::capFor(pq);
    const std::int64_t want = offset + limit;
    SearchCandidates found;
    std::vector<SearchStatements::NameRow> names;
    collectNames(pq, kind, SearchCandidates::perProbeFor(pq, want), names, error);
    found.addNames(names);
    const std::vector<std::vector<std::string>> groups = pq.termGroups();
    if (!groups.empty()) {
        SearchCandidates::TextMatches best;
        collectText(false, groups, entityTextColumns, kind, cap, true, best, error);
        if (best.size() >= std::size_t(cap))
            collectText(false, groups, nameColumnsMask, kind, cap, false, best, error);
        found.addEntityText(best);
        if (includeSections && (!kind || *kind == EntityKind::Source)) {
            SearchCandidates::TextMatches sections;
            collectText(true, groups, 0x3, std::nullopt, cap, false, sections, error);
            found.addSectionText(sections);
        }
    }
    if (const SearchFilter &filter = pq.filter(); !filter.isEmpty())
        found.filter([&](bool section, std::int64_t rowid) { return passes(filter, section, rowid); });
    // The prior's mention counts of every candidate entity in one query, rather than one per candidate reaching the
    // page as the file looks them up: a round trip costs more than counting a few more.
    std::unordered_map<std::int64_t, std::int64_t> mentions;
    if (anyMentions() && !found.entities.empty()) {
        QStringList rowids;
        for (const auto &[rowid, c] : found.entities)
            rowids << QString::number(rowid);
        QSqlQuery &q = m_statements.statement(
            QStringLiteral("SELECT e.rowid, (SELECT count(*) FROM mention m WHERE m.to_id = e.id) FROM entity e"
                           " WHERE e.rowid = ANY(CAST(? AS BIGINT[]))"));
        const auto finished = qScopeGuard([&] { q.finish(); });
        q.addBindValue(u'{' + rowids.join(u',') + u'}');
        if (!q.exec())
            report(q, error);
        while (q.next())
            mentions[q.value(0).toLongLong()] = q.value(1).toLongLong();
    }
    const auto prior = [&](std::int64_t rowid) {
        const auto it = mentions.find(rowid);
        return SearchStatements::prominenceOf(it == mentions.end() ? 0 : it->second, m_mostMentioned);
    };
    return hits(pq, found.page(offset, want, anyMentions(), prior), error);
}

QList<SearchHit> ServerSearch::hits(
    const ParsedQuery &pq, const std::vector<SearchCandidates::Candidate> &page, QString *error) const
{
    // The page's entities and sections in one query: the columns SearchStatements' entityRow and sectionRow read.
    QStringList ids[2];
    for (const SearchCandidates::Candidate &c : page)
        ids[c.section ? 1 : 0] << QString::number(c.rowid);
    QSqlQuery &q = m_statements.statement(QStringLiteral(
        "SELECT 0, rowid, id, kind, name, aliases_text, summary, body FROM entity"
        " WHERE rowid = ANY(CAST(? AS BIGINT[])) UNION ALL"
        " SELECT 1, s.rowid, s.source, '', s.title, s.text, coalesce(d.title, s.source), '' FROM section s"
        " LEFT JOIN source_document d ON d.id = s.source WHERE s.rowid = ANY(CAST(? AS BIGINT[]))"));
    const auto finished = qScopeGuard([&] { q.finish(); });
    for (const QStringList &list : ids)
        q.addBindValue(u'{' + list.join(u',') + u'}');
    if (!q.exec()) {
        report(q, error);
        return {};
    }
    std::unordered_map<std::int64_t, QVariantList> rows[2];
    while (q.next()) {
        QVariantList &row = rows[q.value(0).toInt()][q.value(1).toLongLong()];
        for (int column = 2; column < 8; ++column)
            row << q.value(column);
    }
    QList<SearchHit> out;
    for (const SearchCandidates::Candidate &c : page) {
        const auto it = rows[c.section ? 1 : 0].find(c.rowid);
        if (it == rows[c.section ? 1 : 0].end())
            continue;
        const QVariantList &row = it->second;
        if (!c.section) {
            const std::string aliases = utf8(row[3]), summary = utf8(row[4]);
            std::string body;
            out.append(SearchCandidates::entityHit(c, pq, row[0].toString(), row[1].toString(), row[2].toString(),
                aliases, summary, [&]() -> std::string_view {
                    body = utf8(row[5]);
                    return body;
                }));
        } else {
            const std::string title = utf8(row[2]), text = utf8(row[3]);
            out.append(SearchCandidates::sectionHit(c, pq, row[0].toString(), title, text, row[4].toString()));
        }
    }
    return out;
}

void ServerSearch::collectText(bool sections, const std::vector<std::vector<std::string>> &groups,
    std::int64_t columnMask, std::optional<EntityKind> kind, std::int64_t cap, bool columns,
    SearchCandidates::TextMatches &best, QString *error) const
{
    const double *weights = sections ? RankFunction::sectionWeights : RankFunction::entityWeights;
    const std::size_t count
        = sections ? std::size(RankFunction::sectionWeights) : std::size(RankFunction::entityWeights);
    QStringList weightCases, cols;
    for (std::size_t c = 0; c < count; ++c) {
        weightCases << QStringLiteral("WHEN %1 THEN %2").arg(c).arg(weights[c]);
        if (columnMask & (std::int64_t(1) << c))
            cols << QString::number(c);
    }
    // Each distinct term once, with the groups it stands in (a bit each; ParsedQuery keeps to a dozen words) and its
    // weight summed over them: a row scores as if joined to every (term, group) pair, and has matched every group
    // (FTS5's AND of ORs) when its terms' bits make all of them. The terms go into the statement as values the planner
    // sees (IN, CASE), not as a joined list: it then knows a rare term from a common one, and reads a rare term's few
    // rows rather than walking every row of the base in order (a search for a rare name took 30 s at a million
    // entities).
    std::vector<std::string> distinct;
    std::unordered_map<std::string, std::pair<std::int64_t, double>> termGroups; // groups (bits), weight
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (const std::string &term : groups[g]) {
            auto [it, added] = termGroups.try_emplace(term, 0, 0.0);
            if (added)
                distinct.push_back(term);
            it->second.first |= std::int64_t(1) << g;
            it->second.second += ParsedQuery::isStemTerm(term) ? RankFunction::otherFormWeight : 1.0;
        }
    }
    QStringList termWeights, termBits, placeholders;
    for (const std::string &term : distinct) {
        termWeights << QStringLiteral("WHEN CAST(? AS TEXT) THEN %1").arg(termGroups[term].second);
        termBits << QStringLiteral("WHEN CAST(? AS TEXT) THEN %1").arg(termGroups[term].first);
        placeholders << QStringLiteral("CAST(? AS TEXT)");
    }
    const QString row = sections ? QStringLiteral("section") : QStringLiteral("entity");
    const QString table = sections ? QStringLiteral("search_section_term") : QStringLiteral("search_term");
    const QString kindJoin = QStringLiteral(" JOIN entity e ON e.rowid = %2.%1 AND e.kind = '%3'");
    const QString full = QString::number((std::int64_t(1) << groups.size()) - 1);
    // Where one word is rare and another common (a first name whose Turkish stem is "a", and a rare surname), the rows
    // of the rare word's group are the candidates, and only theirs are looked up for the rest: read whole, the common
    // word's millions of rows took 8-13 s at a million entities.
    const int driving = groups.size() > 1 ? rarestGroup(table, groups, cols.join(u','), error) : -1;
    // Score: each matching term in each column it is in, as tkb_rank. Prepared afresh each time, so that the server
    // plans it for these terms (a kept statement gets a generic plan after five runs, blind to how common its terms
    // are).
    QSqlQuery q(m_db);
    if (driving < 0) {
        q.prepare(QStringLiteral("SELECT t.%1, sum(CASE t.term %2 ELSE 0 END * CASE t.col %3 ELSE 0 END),"
                                 " bit_or(1 << t.col) FROM %4 t%5 WHERE t.term IN (%6) AND t.col IN (%7) GROUP BY t.%1"
                                 " HAVING bit_or(CASE t.term %8 ELSE 0 END) = %9 ORDER BY t.%1 LIMIT %10")
                .arg(row, termWeights.join(u' '), weightCases.join(u' '), table,
                    kind ? kindJoin.arg(row, QStringLiteral("t"), entityKindId(*kind)) : QString(),
                    placeholders.join(QStringLiteral(", ")), cols.join(u','), termBits.join(u' '), full)
                .arg(cap));
    } else {
        QStringList drivers;
        for (std::size_t i = 0; i < groups[std::size_t(driving)].size(); ++i)
            drivers << QStringLiteral("CAST(? AS TEXT)");
        // OFFSET 0 keeps the lookup per candidate (a nested loop on the primary key) rather than a join the planner
        // might answer by reading every row of the common terms.
        q.prepare(QStringLiteral("SELECT c.r, sum(CASE m.term %1 ELSE 0 END * CASE m.col %2 ELSE 0 END),"
                                 " bit_or(1 << m.col) FROM (SELECT DISTINCT d.%3 AS r FROM %4 d WHERE d.term IN (%5)"
                                 " AND d.col IN (%6)) AS c%7 CROSS JOIN LATERAL (SELECT t.term, t.col FROM %4 t"
                                 " WHERE t.term IN (%8) AND t.%3 = c.r AND t.col IN (%6) OFFSET 0) AS m GROUP BY c.r"
                                 " HAVING bit_or(CASE m.term %9 ELSE 0 END) = %10 ORDER BY c.r LIMIT %11")
                .arg(termWeights.join(u' '), weightCases.join(u' '), row, table, drivers.join(QStringLiteral(", ")),
                    cols.join(u','),
                    kind ? kindJoin.arg(QStringLiteral("r"), QStringLiteral("c"), entityKindId(*kind)) : QString(),
                    placeholders.join(QStringLiteral(", ")), termBits.join(u' '))
                .arg(full)
                .arg(cap));
    }
    const auto bindTerms = [&](const std::vector<std::string> &terms) {
        for (const std::string &term : terms)
            q.addBindValue(QString::fromStdString(term));
    };
    bindTerms(distinct); // the weights
    if (driving >= 0)
        bindTerms(groups[std::size_t(driving)]);
    bindTerms(distinct); // the IN list
    bindTerms(distinct); // the bits
    if (!q.exec()) {
        report(q, error);
        return;
    }
    while (q.next()) {
        SearchStatements::TextMatch &m = best[q.value(0).toLongLong()];
        m.score = std::max(m.score, q.value(1).toDouble());
        if (columns)
            m.columns = std::max<std::int64_t>(m.columns, 0) | q.value(2).toLongLong();
    }
}

int ServerSearch::rarestGroup(const QString &table, const std::vector<std::vector<std::string>> &groups,
    const QString &columns, QString *error) const
{
    // How many rows each group's terms have, counted no further than is rare: one statement, a short index read each.
    constexpr int rare = 5000;
    QStringList counts;
    for (const std::vector<std::string> &g : groups) {
        QStringList terms;
        for (std::size_t i = 0; i < g.size(); ++i)
            terms << QStringLiteral("CAST(? AS TEXT)");
        counts << QStringLiteral(
            "(SELECT count(*) FROM (SELECT 1 FROM %1 WHERE term IN (%2) AND col IN (%3) LIMIT %4) AS x)")
                      .arg(table, terms.join(QStringLiteral(", ")), columns)
                      .arg(rare + 1);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + counts.join(QStringLiteral(", ")));
    for (const std::vector<std::string> &g : groups) {
        for (const std::string &term : g)
            q.addBindValue(QString::fromStdString(term));
    }
    if (!q.exec() || !q.next()) {
        report(q, error);
        return -1;
    }
    int best = -1;
    for (int i = 0; i < int(groups.size()); ++i) {
        const qint64 n = q.value(i).toLongLong();
        if (n <= rare && (best < 0 || n < q.value(best).toLongLong()))
            best = i;
    }
    return best;
}

void ServerSearch::complete(ParsedQuery &pq, QString *error) const
{
    if (!pq.lastWordNeedsCompletions())
        return;
    const ParsedQuery::Word &w = pq.words().back();
    const qint64 most = w.fold.size() <= ParsedQuery::minTextPrefixBytes ? SearchStatements::maxShortCompletions
                                                                         : SearchStatements::maxCompletions;
    // As in the file: by how often they occur (here the rows holding them), among the first 2000 in order; equal
    // counts last word first, as SQLite's sorter gives them (it sorts a list it built backwards, keeping equal
    // keys' order).
    const auto collect = [&](const QString &sql, const std::string &from, std::vector<std::string> &into) {
        QSqlQuery &q = m_statements.statement(sql);
        const auto finished = qScopeGuard([&] { q.finish(); });
        q.addBindValue(QString::fromStdString(from));
        q.addBindValue(QString::fromStdString(from + "\xF4\x8F\xBF\xBF"));
        q.addBindValue(most);
        if (!q.exec()) {
            report(q, error);
            return;
        }
        while (q.next())
            into.push_back(q.value(0).toString().toStdString());
    };
    std::vector<std::string> found, sounds;
    collect(QStringLiteral("SELECT word FROM (SELECT word, count(*) AS n FROM search_word WHERE word >= ? AND word < ?"
                           " GROUP BY word ORDER BY word LIMIT 2000) AS w ORDER BY n DESC, word DESC LIMIT ?"),
        w.fold, found);
    QSqlQuery &known = m_statements.statement(QStringLiteral("SELECT 1 FROM search_word WHERE word = ? LIMIT 1"));
    known.addBindValue(QString::fromStdString(w.fold));
    const bool isKnown = known.exec() && known.next();
    known.finish();
    if (!w.skeleton.empty() && !isKnown) {
        collect(QStringLiteral("SELECT skel FROM (SELECT skel, word, count(*) AS n FROM search_word WHERE skel >= ?"
                               " AND skel < ? GROUP BY skel, word ORDER BY skel, word LIMIT 2000) AS w"
                               " GROUP BY skel ORDER BY sum(n) DESC, skel DESC LIMIT ?"),
            w.skeleton, sounds);
    }
    pq.setCompletions(std::move(found), std::move(sounds));
}

bool ServerSearch::passes(const SearchFilter &filter, bool section, std::int64_t rowid) const
{
    // SearchStatements::passes, step by step.
    if (section) {
        if (filter.hasDate()) // a section has no date of its own
            return false;
        QSqlQuery &q = m_statements.statement(
            QStringLiteral("SELECT s.source, coalesce(d.title, ''), s.title FROM section s"
                           " LEFT JOIN source_document d ON d.id = s.source WHERE s.rowid = ?"));
        const auto finished = qScopeGuard([&] { q.finish(); });
        q.addBindValue(qint64(rowid));
        return q.exec() && q.next() && filter.placeMatches(utf8(q.value(0)), utf8(q.value(1)), utf8(q.value(2)));
    }
    {
        QSqlQuery &q = m_statements.statement(QStringLiteral(
            "SELECT coalesce(date_start, ''), coalesce(date_end, ''), id, kind, name FROM entity WHERE rowid = ?"));
        const auto finished = qScopeGuard([&] { q.finish(); });
        q.addBindValue(qint64(rowid));
        if (!q.exec() || !q.next() || !filter.dateMatches(q.value(0).toString(), q.value(1).toString()))
            return false;
        // A source document's own entity is in the source it is.
        if (!filter.hasPlace()
            || (q.value(3).toString() == QLatin1String("source")
                && filter.placeMatches(utf8(q.value(2)), utf8(q.value(4)), std::string_view())))
            return true;
    }
    QSqlQuery &q = m_statements.statement(
        QStringLiteral("SELECT c.source, coalesce(d.title, ''), c.section FROM entity_citation ec"
                       " JOIN citation c ON c.id = ec.citation LEFT JOIN source_document d ON d.id = c.source"
                       " WHERE ec.entity = ?"));
    const auto finished = qScopeGuard([&] { q.finish(); });
    q.addBindValue(qint64(rowid));
    if (!q.exec())
        return false;
    while (q.next()) {
        if (filter.placeMatches(utf8(q.value(0)), utf8(q.value(1)), utf8(q.value(2))))
            return true;
    }
    return false;
}

void ServerSearch::collectNames(const ParsedQuery &pq, std::optional<EntityKind> kind, std::int64_t perProbe,
    std::vector<SearchStatements::NameRow> &out, QString *error) const
{
    // As in the file: per kind and key a range (or an equality for a finished word) with a limit of its own, so
    // that no kind crowds out another, read in key order.
    const std::string keys[2] = { pq.nameKey(), pq.lastWordReachesText() ? pq.phoneticKey() : std::string() };
    const int probes = keys[1].empty() ? 1 : 2;
    const QList<EntityKind> kinds = allEntityKinds();
    QStringList parts;
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        if (kind && kinds[k] != *kind)
            continue;
        for (int p = 0; p < probes; ++p) {
            const QString match = pq.prefix() ? QStringLiteral("key >= :low%1 AND key < :high%1").arg(p)
                                              : QStringLiteral("key = :low%1").arg(p);
            parts << QStringLiteral("SELECT * FROM (SELECT key, entity, flags, src, %1 AS k, %2 AS p FROM search_name"
                                    " WHERE kind = '%3' AND %4 ORDER BY key, entity LIMIT :limit) AS probe%1_%2")
                         .arg(k)
                         .arg(p)
                         .arg(entityKindId(kinds[k]), match);
        }
    }
    QSqlQuery &q = m_statements.statement(parts.join(QStringLiteral(" UNION ALL ")));
    const auto finished = qScopeGuard([&] { q.finish(); });
    for (int p = 0; p < probes; ++p) {
        q.bindValue(QStringLiteral(":low%1").arg(p), QString::fromStdString(keys[p]));
        if (pq.prefix()) // U+10FFFF: after every continuation of the key
            q.bindValue(QStringLiteral(":high%1").arg(p), QString::fromStdString(keys[p] + "\xF4\x8F\xBF\xBF"));
    }
    q.bindValue(QStringLiteral(":limit"), qint64(perProbe));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return;
    }
    while (q.next()) {
        const bool phonetic = q.value(5).toInt() == 1;
        const QByteArray key = q.value(0).toString().toUtf8();
        out.push_back(SearchStatements::nameRow(std::string_view(key.constData(), std::size_t(key.size())),
            keys[phonetic ? 1 : 0].size(), phonetic, q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), kinds.value(q.value(4).toInt(), EntityKind::Topic)));
    }
}

std::unordered_map<std::int64_t, ServerSearch::EntityRow> ServerSearch::entityRows(
    const std::vector<std::int64_t> &rowids) const
{
    std::unordered_map<std::int64_t, EntityRow> out;
    if (rowids.empty())
        return out;
    QStringList ids;
    for (std::int64_t r : rowids)
        ids << QString::number(r);
    QSqlQuery &q = m_statements.statement(QStringLiteral(
        "SELECT rowid, id, kind, name, aliases_text, summary FROM entity WHERE rowid = ANY(CAST(? AS BIGINT[]))"));
    const auto finished = qScopeGuard([&] { q.finish(); });
    q.addBindValue(u'{' + ids.join(u',') + u'}');
    if (!q.exec())
        return out;
    while (q.next()) {
        out.emplace(q.value(0).toLongLong(),
            EntityRow { q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toString() });
    }
    return out;
}

QStringList ServerSearch::placeNames(bool sources) const
{
    // SearchStatements' sectionTitles and sourceIds.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList out;
    if (q.exec(sources ? QStringLiteral("SELECT id FROM source_document ORDER BY id")
                       : QStringLiteral("SELECT DISTINCT title FROM section WHERE title <> '' ORDER BY title"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

bool ServerSearch::anyMentions() const
{
    if (m_mostMentioned < 0) {
        QSqlQuery q(m_db);
        m_mostMentioned = q.exec(QStringLiteral("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM mention"
                                                " GROUP BY to_id) AS counts"))
                && q.next()
            ? q.value(0).toLongLong()
            : 0;
    }
    return m_mostMentioned > 0;
}

} // namespace tkb
