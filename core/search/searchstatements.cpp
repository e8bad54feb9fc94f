// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/parsedquery.h>
#include <core/search/searchfilter.h>
#include <core/search/searchstatements_p.h>

#include <QStringList>

#include <algorithm>
#include <sqlite3.h>

namespace tkb {

namespace {

// How a name key matched, best first: whole name before surname, folded spelling before sound-alike,
// exact before prefix.
int nameTier(bool exact, bool phonetic, bool laterWord)
{
    if (exact)
        return phonetic ? (laterWord ? 6 : 8) : (laterWord ? 7 : 9);
    return phonetic ? (laterWord ? 2 : 3) : (laterWord ? 4 : 5);
}

// The score of a name-key match (docs/SEARCH.md): the exact whole name most, far above a prefix; a spelling
// above a sound of the same kind of match; an alias a fifth less than the name (the name's sound key already
// finds its spellings in every script). SearchIndex shares an exact match among the entities that all match
// so, and adds the prominence prior.
double nameScore(int tier)
{
    static constexpr double scores[] = { 0, 0, 6, 12, 10, 16, 18, 30, 56, 60 };
    return scores[std::clamp(tier, 0, 9)];
}
// An alias gets this much of what the name would.
constexpr double aliasFactor = 0.8;
// Added to a prefix match whose typed words are whole words of the name.
constexpr double wholeWordsBonus = 6;
static_assert(16 + wholeWordsBonus == SearchStatements::bestPrefixScore);

} // namespace

SearchStatements::SearchStatements(sqlite3 *db)
    : // The rank named without arguments: see RankFunction.
      // tkb_columns: which texts match, so that snippets are cut only from those (RankFunction).
    ftsEntity(db,
        "SELECT rowid, rank, tkb_columns(search_entity) FROM search_entity WHERE search_entity MATCH ?1"
        " AND rank MATCH 'tkb_rank_entity()' LIMIT ?2")
    , ftsSection(db,
          "SELECT rowid, rank FROM search_section WHERE search_section MATCH ?1 AND rank MATCH 'tkb_rank_section()' "
          "LIMIT ?2")
    , entityRow(db, "SELECT id, kind, name, aliases_text, summary, body FROM entity WHERE rowid=?1")
    , sectionRow(db,
          "SELECT s.source, s.title, s.text, coalesce(d.title, s.source) FROM section s"
          " LEFT JOIN source_document d ON d.id=s.source WHERE s.rowid=?1")
    , wordsBySkeleton(db, "SELECT word, display, n FROM search_word WHERE skel=?1 AND n>0 LIMIT 200")
    , wordsInRange(db,
          "SELECT word, display, n FROM search_word WHERE word>=?1 AND word<?2 AND n>0"
          " AND length(word) BETWEEN ?3 AND ?4 LIMIT 3000")
    , wordKnown(db, "SELECT 1 FROM search_word WHERE word=?1 AND n>0")
    ,
    // The likeliest completions of a prefix, by how often they occur; the inner LIMIT bounds the scan.
    completions(db,
        "SELECT word FROM (SELECT word, n FROM search_word WHERE word>=?1 AND word<?2 AND n>0 LIMIT 2000)"
        " ORDER BY n DESC LIMIT ?3")
    ,
    // Skeletons, not words: one skeleton term finds every spelling of the names that sound so.
    soundCompletions(db,
        "SELECT skel FROM (SELECT skel, n FROM search_word WHERE skel>=?1 AND skel<?2 AND n>0 LIMIT 2000)"
        " GROUP BY skel ORDER BY sum(n) DESC LIMIT ?3")
    , entityTerm(db, "SELECT rowid FROM search_entity WHERE search_entity MATCH ?1 LIMIT 1")
    , sectionTerm(db, "SELECT rowid FROM search_section WHERE search_section MATCH ?1 LIMIT 1")
    , mentions(db, "SELECT count(*) FROM mention WHERE to_id=(SELECT id FROM entity WHERE rowid=?1)")
    , mostMentions(db, "SELECT max(n) FROM (SELECT count(*) AS n FROM mention GROUP BY to_id)")
    , entityDate(
          db, "SELECT coalesce(date_start, ''), coalesce(date_end, ''), id, kind, name FROM entity WHERE rowid=?1")
    , entityPlaces(db,
          "SELECT c.source, coalesce(d.title, ''), c.section FROM entity_citation ec JOIN citation c ON "
          "c.id=ec.citation"
          " LEFT JOIN source_document d ON d.id=c.source WHERE ec.entity=?1")
    , sectionPlace(db,
          "SELECT s.source, coalesce(d.title, ''), s.title FROM section s LEFT JOIN source_document d ON d.id=s.source"
          " WHERE s.rowid=?1")
    , sectionTitles(db, "SELECT DISTINCT title FROM section WHERE title<>'' ORDER BY title")
    , sourceIds(db, "SELECT id FROM source_document ORDER BY id")
    , begin(db, "BEGIN")
    , commit(db, "COMMIT")
    , connection(db)
{ }

SearchStatements::ReadTransaction::ReadTransaction(SearchStatements &st)
    : m_st(sqlite3_get_autocommit(st.connection) ? &st : nullptr)
{
    if (m_st && !step(m_st->begin))
        m_st = nullptr;
}

SearchStatements::ReadTransaction::~ReadTransaction()
{
    if (m_st)
        step(m_st->commit);
}

bool SearchStatements::ReadTransaction::step(SqlStatement &st)
{
    st.next();
    const bool ok = !st.failed();
    st.reset();
    return ok;
}

bool SearchStatements::known(const std::string &fold)
{
    wordKnown.bind(1, fold);
    const bool found = wordKnown.next();
    wordKnown.reset();
    return found;
}

void SearchStatements::complete(ParsedQuery &pq, QString *error)
{
    if (!pq.lastWordNeedsCompletions())
        return;
    const ParsedQuery::Word &w = pq.words().back();
    std::vector<std::string> found, sounds;
    auto collect = [&](SqlStatement &st, const std::string &from, std::vector<std::string> &into) {
        st.bind(1, from);
        st.bind(2, from + "\xF4\x8F\xBF\xBF");
        st.bind(3, w.fold.size() <= ParsedQuery::minTextPrefixBytes ? maxShortCompletions : maxCompletions);
        forEachRow(st, error, [&] { into.emplace_back(st.text(0)); });
    };
    collect(completions, w.fold, found);
    // A word the base knows is matched by its own sound, and as a beginning by its spelling, but not as the
    // beginning of other sounds: those would be other names that merely start alike (Джашаова's skeleton
    // begins eight surnames), each a long list of rows for FTS5 to merge, and a word typed in full is seldom
    // the start of another.
    if (!w.skeleton.empty() && !known(w.fold))
        collect(soundCompletions, w.skeleton, sounds);
    pq.setCompletions(std::move(found), std::move(sounds));
}

void SearchStatements::collectNames(const ParsedQuery &pq, std::optional<EntityKind> kind, std::int64_t perProbe,
    std::vector<NameRow> &out, QString *error)
{
    // The key as typed, and (once the last word is long enough) its sound.
    const std::string keys[2] = { pq.nameKey(), pq.lastWordReachesText() ? pq.phoneticKey() : std::string() };
    const int probes = keys[1].empty() ? 1 : 2;
    SqlStatement &st = namesStatement(kind, pq.prefix(), probes);
    for (int p = 0; p < probes; ++p) {
        st.bind(2 * p + 1, keys[p]);
        if (pq.prefix())
            st.bind(2 * p + 2, keys[p] + "\xF4\x8F\xBF\xBF"); // U+10FFFF: after every continuation of the key
    }
    st.bind(5, perProbe);
    forEachRow(st, error, [&] {
        const bool phonetic = st.int64(5) == 1;
        out.push_back(nameRow(st.text(0), keys[phonetic ? 1 : 0].size(), phonetic, st.int64(1), st.int64(2),
            st.int64(3), kinds.value(int(st.int64(4)), EntityKind::Topic)));
    });
}

SearchStatements::NameRow SearchStatements::nameRow(std::string_view key, std::size_t typed, bool phonetic,
    std::int64_t entity, std::int64_t flags, std::int64_t source, EntityKind kind)
{
    const std::size_t keyLength = key.size();
    NameRow row;
    row.entity = entity;
    row.source = int(source);
    row.tier = nameTier(keyLength == typed, phonetic, (flags & 2) != 0);
    // Within a tier: the name before an alias, a subject before the source document named
    // after it, then the key closest in length to what was typed.
    // The typed words being whole words of the name ("Talish" of "Talysh National Movement", not "Tal") is a
    // better match than the beginning of a word.
    const bool wholeWords = keyLength > typed && key[typed] == ' ';
    row.score = (nameScore(row.tier) + (wholeWords ? wholeWordsBonus : 0)) * (row.source >= 0 ? aliasFactor : 1.0)
        - (kind == EntityKind::Source ? 1 : 0) - double(std::min<std::size_t>(keyLength, 499)) / 500.0;
    return row;
}

// The name keys of one kind, or of every kind, in one statement: per kind and key a range (?1..?2, and
// ?3..?4 for the sound) or an equality (?1, ?3), each with its own LIMIT ?5 so that no kind crowds out
// another; fourteen small range scans, but one statement to bind, step and reset. Columns: key, entity,
// flags, src, the kind's place in allEntityKinds(), and 1 for the sound key. Prepared on first use.
SqlStatement &SearchStatements::namesStatement(std::optional<EntityKind> kind, bool prefix, int probes)
{
    const int kindSlot = kind ? int(kinds.indexOf(*kind)) + 1 : 0;
    std::unique_ptr<SqlStatement> &st = names[kindSlot * 4 + (prefix ? 2 : 0) + probes - 1];
    if (!st) {
        QStringList parts;
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (kind && kinds[k] != *kind)
                continue;
            for (int p = 0; p < probes; ++p) {
                const QString match = prefix ? QStringLiteral("key>=?%1 AND key<?%2").arg(2 * p + 1).arg(2 * p + 2)
                                             : QStringLiteral("key=?%1").arg(2 * p + 1);
                parts << QStringLiteral("SELECT * FROM (SELECT key, entity, flags, src, %1, %2 FROM search_name WHERE "
                                        "kind='%3' AND %4 LIMIT ?5)")
                             .arg(k)
                             .arg(p)
                             .arg(entityKindId(kinds[k]), match);
            }
        }
        st = std::make_unique<SqlStatement>(connection, parts.join(QStringLiteral(" UNION ALL ")).toUtf8().constData());
    }
    return *st;
}

void SearchStatements::collectFts(SqlStatement &st, const std::string &expression, std::int64_t cap, bool columns,
    std::unordered_map<std::int64_t, TextMatch> &best, QString *error)
{
    st.bind(1, expression);
    st.bind(2, cap);
    forEachRow(st, error, [&] {
        TextMatch &m = best[st.int64(0)];
        m.score = std::max(m.score, -st.real(1));
        if (columns)
            m.columns = std::max<std::int64_t>(m.columns, 0) | st.int64(2);
    });
}

bool SearchStatements::anyMentions()
{
    if (mostMentioned < 0) {
        mostMentions.next();
        mostMentioned = std::max<std::int64_t>(mostMentions.int64(0), 0);
        mostMentions.reset();
    }
    return mostMentioned > 0;
}

double SearchStatements::prominence(std::int64_t entity)
{
    if (!anyMentions())
        return 0;
    mentions.bind(1, entity);
    const std::int64_t n = mentions.next() ? mentions.int64(0) : 0;
    mentions.reset();
    // Relative to the most mentioned entity of the base, but never to fewer than minMostMentioned mentions: in
    // a base of a few links one link would weigh too much. Squared, so that the prior singles out the few
    // entities a base is about (an entity mentioned half as often as its subject gets a quarter): a logarithm,
    // or the share itself, left the subject of the bundled base (33 mentions) within a few points of entities
    // mentioned 15 and 19 times.
    return prominenceOf(n, mostMentioned);
}

double SearchStatements::prominenceOf(std::int64_t mentions, std::int64_t mostMentioned)
{
    static constexpr double minMostMentioned = 8;
    const double share
        = mentions <= 0 ? 0 : std::min(1.0, double(mentions) / std::max(double(mostMentioned), minMostMentioned));
    return share * share;
}

bool SearchStatements::passes(const SearchFilter &filter, bool section, std::int64_t rowid)
{
    if (section) {
        // A section has no date of its own.
        if (filter.hasDate())
            return false;
        sectionPlace.bind(1, rowid);
        const bool ok = sectionPlace.next()
            && filter.placeMatches(sectionPlace.text(0), sectionPlace.text(1), sectionPlace.text(2));
        sectionPlace.reset();
        return ok;
    }
    entityDate.bind(1, rowid);
    bool ok = entityDate.next() && filter.dateMatches(entityDate.string(0), entityDate.string(1));
    // A source document's own entity is in the source it is.
    const bool sourceItself = ok && entityDate.text(3) == "source"
        && filter.placeMatches(entityDate.text(2), entityDate.text(4), std::string_view());
    entityDate.reset();
    if (!ok || !filter.hasPlace() || sourceItself)
        return ok;
    ok = false;
    entityPlaces.bind(1, rowid);
    while (!ok && entityPlaces.next())
        ok = filter.placeMatches(entityPlaces.text(0), entityPlaces.text(1), entityPlaces.text(2));
    entityPlaces.reset();
    return ok;
}

void SearchStatements::report(const SqlStatement &st, QString *error)
{
    const QString text = st.errorText();
    if (text.contains(QLatin1String("fts5: syntax error")) || text.contains(QLatin1String("unterminated string"))) {
        qWarning("SearchIndex: query rejected: %s", qPrintable(text));
        return;
    }
    if (error && error->isEmpty())
        *error = text.isEmpty() ? QStringLiteral("the search index cannot be read") : text;
}

} // namespace tkb
