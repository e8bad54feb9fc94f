#include <core/search/searchindex.h>

#include <core/search/bulkindexer.h>
#include <core/search/foldingtokenizer.h>
#include <core/search/largerpagecache.h>
#include <core/search/parsedquery.h>
#include <core/search/rankfunction.h>
#include <core/search/searchfunctions.h>
#include <core/search/snippetmaker.h>
#include <core/search/sqlstatement.h>
#include <core/search/textfolder.h>
#include <core/search/vocabulary.h>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tkb {

// ------------------------------------------------------------------------------------------- schema

namespace {

// The connection under QSqlDatabase: the Qt plugin links the same system libsqlite3 as we do, so its handle
// takes our tokenizer and functions, and our hot paths skip QSqlQuery's per-call QVariant work.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool noHandle(QString *error)
{
    if (error)
        *error = QStringLiteral("the database connection is not an open SQLite connection");
    return false;
}

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// What the triggers do for a new entity row: index it now, or queue it while indexing is deferred.
const QString indexEntity = QStringLiteral(
    " INSERT INTO search_entity(rowid, name, aliases_text, summary, body, kind)"
    "  VALUES(new.rowid, new.name, new.aliases_text, new.summary, new.body, new.kind);"
    " INSERT OR IGNORE INTO search_name(kind, key, entity, flags, src)"
    "  SELECT new.kind, j.value->>0, new.rowid, j.value->>1, j.value->>2"
    "  FROM json_each(tkb_name_keys(new.name, new.aliases_text)) AS j;"
    " INSERT INTO search_word(word, skel, display, n) SELECT j.value->>0, j.value->>1, j.value->>2, 1"
    "  FROM json_each(tkb_words(new.name || char(10) || new.aliases_text)) AS j WHERE 1"
    "  ON CONFLICT(word) DO UPDATE SET n=n+1;");
const QString queueEntity = QStringLiteral(" INSERT OR IGNORE INTO search_queue(tbl, id) VALUES(0, new.rowid);");

// Takes an old entity row out of the index, or out of the queue if it was never indexed.
const QString forgetEntity = QStringLiteral(
    " INSERT INTO search_entity(search_entity, rowid, name, aliases_text, summary, body, kind)"
    "  SELECT 'delete', old.rowid, old.name, old.aliases_text, old.summary, old.body, old.kind"
    "  WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=old.rowid);"
    " DELETE FROM search_name WHERE kind=old.kind AND entity=old.rowid AND key IN"
    "  (SELECT j.value->>0 FROM json_each(tkb_name_keys(old.name, old.aliases_text)) AS j);"
    " UPDATE search_word SET n=n-1 WHERE word IN"
    "  (SELECT j.value->>0 FROM json_each(tkb_words(old.name || char(10) || old.aliases_text)) AS j)"
    "  AND NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=old.rowid);"
    " DELETE FROM search_queue WHERE tbl=0 AND id=old.rowid;");

const QString indexSection = QStringLiteral(
    " INSERT INTO search_section(rowid, title, text) VALUES(new.rowid, new.title, new.text);"
    " INSERT INTO search_word(word, skel, display, n) SELECT j.value->>0, j.value->>1, j.value->>2, 1"
    "  FROM json_each(tkb_words(new.title || char(10) || new.text)) AS j WHERE 1"
    "  ON CONFLICT(word) DO UPDATE SET n=n+1;");
const QString queueSection = QStringLiteral(" INSERT OR IGNORE INTO search_queue(tbl, id) VALUES(1, new.rowid);");

const QString forgetSection = QStringLiteral(
    " INSERT INTO search_section(search_section, rowid, title, text) SELECT 'delete', old.rowid, old.title, old.text"
    "  WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=1 AND id=old.rowid);"
    " UPDATE search_word SET n=n-1 WHERE word IN"
    "  (SELECT j.value->>0 FROM json_each(tkb_words(old.title || char(10) || old.text)) AS j)"
    "  AND NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=1 AND id=old.rowid);"
    " DELETE FROM search_queue WHERE tbl=1 AND id=old.rowid;");

const QString live = QStringLiteral("NOT tkb_search_deferred()");
const QString deferred = QStringLiteral("tkb_search_deferred()");

} // namespace

bool SearchIndex::prepareConnection(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = handleOf(db);
    if (!h)
        return noHandle(error);
    return FoldingTokenizer::registerOn(h, error) && RankFunction::registerOn(h, error) && SearchFunctions::registerOn(h, error);
}

QStringList SearchIndex::schemaStatements()
{
    // Text tables read their text from entity/section (external content): nothing is stored twice.
    // No prefix indexes: a prefix being typed is searched as its completions (ParsedQuery), so every FTS5
    // query is a handful of exact terms whatever the size of the base, and the index costs half to build.
    // detail='column': no phrase or NEAR queries are ever built and snippets are cut in C++, so positions
    // would only make the index a third bigger and slower to build. columnsize=0: tkb_rank needs no lengths.
    // The kind column carries the entity kind as a term, so a kind filter is a cheap index intersection.
    const QString tokenizer = QLatin1String(FoldingTokenizer::name);
    return {
        QStringLiteral("CREATE VIRTUAL TABLE search_entity USING fts5(name, aliases_text, summary, body, kind,"
                       " content='entity', content_rowid='rowid', tokenize='%1', detail='column', columnsize=0)").arg(tokenizer),
        // ORDER BY rank ranks by tkb_rank_entity (RankFunction): the name weighs most, then aliases, summary and body;
        // the kind column never scores. Not bm25: with detail='column' it re-tokenizes every matching row.
        QStringLiteral("INSERT INTO search_entity(search_entity, rank) VALUES('rank', '%1()')").arg(QLatin1String(RankFunction::entityRank)),
        // Larger in-memory segments before a flush: fewer merges when a big pack is indexed.
        QStringLiteral("INSERT INTO search_entity(search_entity, rank) VALUES('hashsize', 16777216)"),
        QStringLiteral("CREATE VIRTUAL TABLE search_section USING fts5(title, text,"
                       " content='section', content_rowid='rowid', tokenize='%1', detail='column', columnsize=0)").arg(tokenizer),
        QStringLiteral("INSERT INTO search_section(search_section, rank) VALUES('rank', '%1()')").arg(QLatin1String(RankFunction::sectionRank)),
        // Type-ahead: one row per name/alias key, per kind so a kind filter is a range of its own.
        QStringLiteral("CREATE TABLE search_name(kind TEXT NOT NULL, key TEXT NOT NULL, entity INTEGER NOT NULL,"
                       " flags INTEGER NOT NULL, src INTEGER NOT NULL, PRIMARY KEY(kind, key, entity)) WITHOUT ROWID"),
        // "Did you mean": the words of names, aliases and sources, with their skeleton and a spelling to show.
        QStringLiteral("CREATE TABLE search_word(word TEXT PRIMARY KEY, skel TEXT NOT NULL, display TEXT NOT NULL,"
                       " n INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX search_word_skel ON search_word(skel)"),
        // Rows written while indexing is deferred (tbl 0: entity, 1: section), until indexDeferred().
        QStringLiteral("CREATE TABLE search_queue(tbl INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(tbl, id)) WITHOUT ROWID"),

        // Live triggers index as rows are written; their *_q twins only queue the row while deferred. WHEN
        // decides before the body runs, so a deferred row costs one queue insert and nothing else.
        QStringLiteral("CREATE TRIGGER search_entity_ai AFTER INSERT ON entity WHEN %1 BEGIN%2 END").arg(live, indexEntity),
        QStringLiteral("CREATE TRIGGER search_entity_aq AFTER INSERT ON entity WHEN %1 BEGIN%2 END").arg(deferred, queueEntity),
        QStringLiteral("CREATE TRIGGER search_entity_ad AFTER DELETE ON entity BEGIN%1 END").arg(forgetEntity),
        QStringLiteral("CREATE TRIGGER search_entity_au AFTER UPDATE OF name, aliases_text, summary, body, kind ON entity WHEN %1"
                       " BEGIN%2%3 END").arg(live, forgetEntity, indexEntity),
        QStringLiteral("CREATE TRIGGER search_entity_auq AFTER UPDATE OF name, aliases_text, summary, body, kind ON entity WHEN %1"
                       " BEGIN%2%3 END").arg(deferred, forgetEntity, queueEntity),
        QStringLiteral("CREATE TRIGGER search_section_ai AFTER INSERT ON section WHEN %1 BEGIN%2 END").arg(live, indexSection),
        QStringLiteral("CREATE TRIGGER search_section_aq AFTER INSERT ON section WHEN %1 BEGIN%2 END").arg(deferred, queueSection),
        QStringLiteral("CREATE TRIGGER search_section_ad AFTER DELETE ON section BEGIN%1 END").arg(forgetSection),
        QStringLiteral("CREATE TRIGGER search_section_au AFTER UPDATE OF title, text ON section WHEN %1 BEGIN%2%3 END")
            .arg(live, forgetSection, indexSection),
        QStringLiteral("CREATE TRIGGER search_section_auq AFTER UPDATE OF title, text ON section WHEN %1 BEGIN%2%3 END")
            .arg(deferred, forgetSection, queueSection),
    };
}

QStringList SearchIndex::coveringSkeletonIndex()
{
    return {QStringLiteral("DROP INDEX IF EXISTS search_word_skel"),
            QStringLiteral("CREATE INDEX search_word_skel_n ON search_word(skel, n)")};
}

bool SearchIndex::rebuild(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = handleOf(db);
    if (!h)
        return noHandle(error);
    const LargerPageCache cache(db);
    BulkIndexer names(h, "SELECT rowid, kind, name, aliases_text FROM entity", "SELECT title || char(10) || text FROM section");
    return execAll(db,
                   {QStringLiteral("INSERT INTO search_entity(search_entity) VALUES('rebuild')"),
                    QStringLiteral("INSERT INTO search_section(search_section) VALUES('rebuild')"),
                    QStringLiteral("DELETE FROM search_name"), QStringLiteral("DELETE FROM search_word"),
                    QStringLiteral("DELETE FROM search_queue")},
                   error)
        && names.finish(error);
}

bool SearchIndex::setDeferred(QSqlDatabase &db, bool deferred, QString *error)
{
    // The triggers make every insert into entity a statement that writes several tables, so SQLite keeps a
    // statement journal for it; in memory rather than in a temporary file, a bulk load runs half again as fast.
    // A speed-up only: SQLite refuses it inside a transaction that already uses temporary storage, and then
    // the bulk load is merely slower.
    QSqlQuery q(db);
    if (deferred) {
        const int tempStore = q.exec(QStringLiteral("PRAGMA temp_store")) && q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (!execAll(db, {QStringLiteral("SELECT tkb_search_defer(1, %1)").arg(tempStore)}, error))
            return false;
        q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
        return true;
    }
    if (!q.exec(QStringLiteral("SELECT tkb_search_defer(0)")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const qint64 saved = q.value(0).toLongLong();
    q.finish();
    if (saved >= 0)
        q.exec(QStringLiteral("PRAGMA temp_store=%1").arg(saved));
    return true;
}

bool SearchIndex::indexDeferred(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = handleOf(db);
    if (!h)
        return noHandle(error);
    const LargerPageCache cache(db);
    BulkIndexer names(h, "SELECT e.rowid, e.kind, e.name, e.aliases_text FROM search_queue q JOIN entity e ON e.rowid=q.id WHERE q.tbl=0",
                      "SELECT s.title || char(10) || s.text FROM search_queue q JOIN section s ON s.rowid=q.id WHERE q.tbl=1");
    // One statement per table: FTS5 keeps the whole batch in memory and writes it as a few large segments.
    return execAll(db,
                   {QStringLiteral("INSERT INTO search_entity(rowid, name, aliases_text, summary, body, kind)"
                                   " SELECT e.rowid, e.name, e.aliases_text, e.summary, e.body, e.kind"
                                   " FROM search_queue q JOIN entity e ON e.rowid=q.id WHERE q.tbl=0 ORDER BY q.id"),
                    QStringLiteral("INSERT INTO search_section(rowid, title, text) SELECT s.rowid, s.title, s.text"
                                   " FROM search_queue q JOIN section s ON s.rowid=q.id WHERE q.tbl=1 ORDER BY q.id")},
                   error)
        && names.finish(error) && execAll(db, {QStringLiteral("DELETE FROM search_queue")}, error);
}

bool SearchIndex::integrityCheck(QSqlDatabase &db, QStringList *problems)
{
    bool ok = true;
    auto problem = [&](const QString &p) {
        ok = false;
        if (problems)
            *problems << p;
    };
    QSqlQuery q(db);
    qint64 queued = 0;
    if (q.exec(QStringLiteral("SELECT count(*) FROM search_queue")) && q.next())
        queued = q.value(0).toLongLong();
    if (queued > 0)
        problem(QStringLiteral("search index: %1 rows were written but never indexed; rebuild the search index").arg(queued));
    for (const QString &table : {QStringLiteral("search_entity"), QStringLiteral("search_section")}) {
        // rank=1 also compares the index with the text of the content table, not only with itself; rows
        // still queued would fail that comparison, and are reported above instead.
        if (q.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES('integrity-check', %2)").arg(table).arg(queued > 0 ? 0 : 1)))
            continue;
        // FTS5 runs its check as an INSERT, which a read-only connection refuses: that is not damage. The
        // read-only caller still gets SQLite's integrity_check and the name-key comparison below.
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 8 /* SQLITE_READONLY */)
            continue;
        problem(QStringLiteral("search index %1 does not match the text (%2); rebuild the search index")
                        .arg(table, q.lastError().databaseText()));
    }
    // Name keys: every key an entity should have is there, and nothing else.
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM entity e, json_each(tkb_name_keys(e.name, e.aliases_text)) AS j"
                              "  WHERE NOT EXISTS (SELECT 1 FROM search_name n WHERE n.kind=e.kind AND n.key=j.value->>0"
                              "  AND n.entity=e.rowid) AND NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=e.rowid)),"
                              " (SELECT count(*) FROM search_name) -"
                              " (SELECT count(*) FROM entity e, json_each(tkb_name_keys(e.name, e.aliases_text))"
                              "  WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=e.rowid))"))
        && q.next()) {
        if (q.value(0).toLongLong() != 0)
            problem(QStringLiteral("search names: %1 name keys missing; rebuild the search index").arg(q.value(0).toLongLong()));
        else if (q.value(1).toLongLong() != 0)
            problem(QStringLiteral("search names: %1 stale name keys; rebuild the search index").arg(q.value(1).toLongLong()));
    } else {
        problem(QStringLiteral("search names cannot be checked: %1").arg(q.lastError().text()));
    }
    return ok;
}

// ------------------------------------------------------------------------------------------- queries

namespace {

// Full-text matches ranked per query. A query matching more rows than this (a common word in a base of a
// million entities) is ranked among the first this many in index order: ranking all of them would take
// long, and names are found completely by the name keys anyway.
constexpr std::int64_t ftsCap = 1000;
// Name keys come in key order; a few more than needed let the better tiers (whole name, the name rather
// than an alias) surface from among alphabetically earlier surnames.
constexpr std::int64_t minPerProbe = 32;
// Completions tried for a prefix being typed (per spelling and per sound); fewer for the shortest prefixes,
// whose completions are many and each common.
constexpr std::int64_t maxCompletions = 8;
constexpr std::int64_t maxShortCompletions = 4;
// While typing, the text matches are ranked among fewer rows: the list changes with the next key anyway.
constexpr std::int64_t typingFtsCap = 300;
// Name-key matches outrank any text match: a tier is worth more than any text score can reach.
constexpr double tierScale = 1e6;

// The text columns of search_entity: every one but kind, whose terms are the kind ids.
constexpr std::string_view entityColumns = "name aliases_text summary body";
constexpr std::string_view nameColumns = "name aliases_text";

// Every query here is built by us, so a failing statement means trouble with the file, not odd user text;
// the one exception is an FTS5 parse error, which must never reach the reader as a message.
void report(const SqlStatement &st, QString *error)
{
    const QString text = st.errorText();
    if (text.contains(QLatin1String("fts5: syntax error")) || text.contains(QLatin1String("unterminated string"))) {
        qWarning("SearchIndex: query rejected: %s", qPrintable(text));
        return;
    }
    if (error && error->isEmpty())
        *error = text.isEmpty() ? QStringLiteral("the search index cannot be read") : text;
}

// Steps through all rows, then resets; reports a failure.
template<typename Fn>
void forEachRow(SqlStatement &st, QString *error, Fn &&fn)
{
    while (st.next())
        fn();
    if (st.failed())
        report(st, error);
    st.reset();
}

// How a name key matched, best first: whole name before surname, folded spelling before sound-alike,
// exact before prefix.
int nameTier(bool exact, bool phonetic, bool laterWord)
{
    if (exact)
        return phonetic ? (laterWord ? 6 : 8) : (laterWord ? 7 : 9);
    return phonetic ? (laterWord ? 2 : 3) : (laterWord ? 4 : 5);
}
constexpr int exactNameTier = 9;

struct NameRow
{
    std::int64_t entity = 0;
    int tier = 0;
    int source = -1;
    double score = 0;
};

struct Candidate
{
    bool section = false;
    std::int64_t rowid = 0;
    double score = 0;
    bool exact = false;
    int source = -1; ///< the alias (line) whose key matched, -1 for the name or none
    std::int64_t textColumns = -1; ///< where the text query matched (EntityColumnBit), -1 if unknown
};

// Bits of tkb_columns() over search_entity.
enum EntityColumnBit : std::int64_t { summaryColumnBit = 1 << 2, bodyColumnBit = 1 << 3 };

// A row the text query found: its best score, and (from a query over every column) where it matched.
struct TextMatch
{
    double score = 0;
    std::int64_t columns = -1;
};

// Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typing slip.
int editDistance(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size(), m = b.size();
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

// The script of a word's first letter.
QChar::Script scriptOf(const QString &word)
{
    for (const char32_t c : word.toUcs4()) {
        if (QChar::isLetter(c))
            return QChar::script(c);
    }
    return QChar::Script_Unknown;
}

// Letters readers confuse at the start of a name (Gummatov/Hummatov, Olikram/Alikram).
std::string_view firstLetterClass(char c)
{
    static constexpr std::string_view classes[] = {"aeiouy", "ghkqx", "cjsz", "fvw", "bp", "dt", "mn", "lr"};
    for (std::string_view cls : classes) {
        if (cls.find(c) != std::string_view::npos)
            return cls;
    }
    return {};
}

} // namespace

struct SearchIndex::Statements
{
    explicit Statements(sqlite3 *db)
        : // The rank named without arguments: see RankFunction.
          // tkb_columns: which texts match, so that snippets are cut only from those (RankFunction).
          ftsEntity(db, "SELECT rowid, rank, tkb_columns(search_entity) FROM search_entity WHERE search_entity MATCH ?1"
                        " AND rank MATCH 'tkb_rank_entity()' LIMIT ?2"),
          ftsSection(db, "SELECT rowid, rank FROM search_section WHERE search_section MATCH ?1 AND rank MATCH 'tkb_rank_section()' LIMIT ?2"),
          entityRow(db, "SELECT id, kind, name, aliases_text, summary, body FROM entity WHERE rowid=?1"),
          sectionRow(db, "SELECT s.source, s.title, s.text, coalesce(d.title, s.source) FROM section s"
                         " LEFT JOIN source_document d ON d.id=s.source WHERE s.rowid=?1"),
          wordsBySkeleton(db, "SELECT word, display, n FROM search_word WHERE skel=?1 AND n>0 LIMIT 200"),
          wordsInRange(db, "SELECT word, display, n FROM search_word WHERE word>=?1 AND word<?2 AND n>0"
                           " AND length(word) BETWEEN ?3 AND ?4 LIMIT 3000"),
          wordKnown(db, "SELECT 1 FROM search_word WHERE word=?1 AND n>0"),
          // The likeliest completions of a prefix, by how often they occur; the inner LIMIT bounds the scan.
          completions(db, "SELECT word FROM (SELECT word, n FROM search_word WHERE word>=?1 AND word<?2 AND n>0 LIMIT 2000)"
                          " ORDER BY n DESC LIMIT ?3"),
          // Skeletons, not words: one skeleton term finds every spelling of the names that sound so.
          soundCompletions(db, "SELECT skel FROM (SELECT skel, n FROM search_word WHERE skel>=?1 AND skel<?2 AND n>0 LIMIT 2000)"
                               " GROUP BY skel ORDER BY sum(n) DESC LIMIT ?3"),
          entityTerm(db, "SELECT rowid FROM search_entity WHERE search_entity MATCH ?1 LIMIT 1"),
          sectionTerm(db, "SELECT rowid FROM search_section WHERE search_section MATCH ?1 LIMIT 1"),
          begin(db, "BEGIN"),
          commit(db, "COMMIT"),
          connection(db)
    {
    }

    SqlStatement ftsEntity, ftsSection, entityRow, sectionRow, wordsBySkeleton, wordsInRange, wordKnown,
        completions, soundCompletions, entityTerm, sectionTerm, begin, commit;
    sqlite3 *connection;

    // One read transaction for all the statements of a call, unless the caller is already in one. Each
    // statement on its own would start and end a transaction of its own: a lock taken and released and the
    // file's size looked up every time, and the page cache checked again, which cost more than the lookups.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(Statements &st)
            : m_st(sqlite3_get_autocommit(st.connection) ? &st : nullptr)
        {
            if (m_st && !step(m_st->begin))
                m_st = nullptr;
        }
        ~ReadTransaction()
        {
            if (m_st)
                step(m_st->commit);
        }
        ReadTransaction(const ReadTransaction &) = delete;
        ReadTransaction &operator=(const ReadTransaction &) = delete;

    private:
        static bool step(SqlStatement &st)
        {
            st.next();
            const bool ok = !st.failed();
            st.reset();
            return ok;
        }
        Statements *m_st;
    };

    // Whether the word is one of the base's names, aliases or sources (search_word).
    bool known(const std::string &fold)
    {
        wordKnown.bind(1, fold);
        const bool found = wordKnown.next();
        wordKnown.reset();
        return found;
    }

    // Known words the last word of the query may be the start of, in its spelling and by its sound.
    void complete(ParsedQuery &pq, QString *error)
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

    // Entities whose name or alias keys start with (or, for a finished word, equal) the query, in any spelling.
    void collectNames(const ParsedQuery &pq, std::optional<EntityKind> kind, std::int64_t perProbe, std::vector<NameRow> &out,
                      QString *error)
    {
        // The key as typed, and (once the last word is long enough) its sound.
        const std::string keys[2] = {pq.nameKey(), pq.lastWordReachesText() ? pq.phoneticKey() : std::string()};
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
            const EntityKind k = kinds.value(int(st.int64(4)), EntityKind::Topic);
            const std::size_t keyLength = st.text(0).size();
            NameRow row;
            row.entity = st.int64(1);
            row.source = int(st.int64(3));
            row.tier = nameTier(keyLength == keys[phonetic ? 1 : 0].size(), phonetic, (st.int64(2) & 2) != 0);
            // Within a tier: the name before an alias, a subject before the source document named
            // after it, then the key closest in length to what was typed.
            row.score = row.tier * tierScale + (row.source < 0 ? 1000 : 0) - (k == EntityKind::Source ? 500 : 0)
                - double(std::min<std::size_t>(keyLength, 499));
            out.push_back(row);
        });
    }

    // The name keys of one kind, or of every kind, in one statement: per kind and key a range (?1..?2, and
    // ?3..?4 for the sound) or an equality (?1, ?3), each with its own LIMIT ?5 so that no kind crowds out
    // another; fourteen small range scans, but one statement to bind, step and reset. Columns: key, entity,
    // flags, src, the kind's place in allEntityKinds(), and 1 for the sound key. Prepared on first use.
    SqlStatement &namesStatement(std::optional<EntityKind> kind, bool prefix, int probes)
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
                    parts << QStringLiteral("SELECT * FROM (SELECT key, entity, flags, src, %1, %2 FROM search_name WHERE kind='%3' AND %4 LIMIT ?5)")
                                 .arg(k)
                                 .arg(p)
                                 .arg(entityKindId(kinds[k]), match);
                }
            }
            st = std::make_unique<SqlStatement>(connection, parts.join(QStringLiteral(" UNION ALL ")).toUtf8().constData());
        }
        return *st;
    }
    std::map<int, std::unique_ptr<SqlStatement>> names; ///< by kind (0: every kind), prefix and number of keys
    const QList<EntityKind> kinds = allEntityKinds(); ///< the order the name statements number the kinds in

    // Rows and scores of a text query; `columns` says the statement's third column is tkb_columns().
    static void collectFts(SqlStatement &st, const std::string &expression, std::int64_t cap, bool columns,
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
};

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(db)
{
}

SearchIndex::~SearchIndex() = default;

SearchIndex::Statements &SearchIndex::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<Statements>(handleOf(m_db));
    return *m_statements;
}

namespace {

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

} // namespace

QString SearchIndex::textExpression(const SearchQuery &query) const
{
    ParsedQuery pq = ParsedQuery::parse(query.text, query.prefix);
    if (pq.isEmpty())
        return {};
    Statements &st = statements();
    const Statements::ReadTransaction transaction(st);
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
    Statements &st = statements();
    const Statements::ReadTransaction transaction(st);
    st.complete(pq, error);
    const std::int64_t cap = pq.lastWordNeedsCompletions() ? typingFtsCap : ftsCap;
    const std::int64_t want = offset + limit;

    std::unordered_map<std::int64_t, Candidate> entities, sections;
    std::vector<NameRow> names;
    st.collectNames(pq, kind, std::max(want, minPerProbe), names, error);
    for (const NameRow &r : names) {
        Candidate &c = entities[r.entity];
        c.rowid = r.entity;
        if (r.score > c.score) {
            c.score = r.score;
            c.source = r.source;
        }
        c.exact = c.exact || r.tier == exactNameTier;
    }
    // The terms once; each table's query restricts them as it needs.
    const std::string terms = pq.ftsExpression();
    const std::string expression = entityExpression(pq, terms, kind);
    if (!expression.empty()) {
        std::unordered_map<std::int64_t, TextMatch> best;
        Statements::collectFts(st.ftsEntity, expression, cap, true, best, error);
        if (best.size() >= std::size_t(cap)) {
            // Too many to rank them all: make sure the ones that match in a name or alias are among them. This
            // query does not look at the texts, so it tells nothing of where they match.
            Statements::collectFts(st.ftsEntity, ParsedQuery::restricted(terms, nameColumns, kind), cap, false, best, error);
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
            Statements::collectFts(st.ftsSection, terms, cap, false, best, error);
            for (const auto &[rowid, match] : best)
                sections[rowid] = Candidate{true, rowid, match.score, false, -1};
        }
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
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(end), ranked.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.section != b.section)
            return !a.section;
        return a.rowid < b.rowid;
    });

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
                report(row, error);
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
    const ParsedQuery pq = ParsedQuery::parse(prefix, true);
    limit = std::clamp(limit, 0, 100);
    if (pq.isEmpty() || limit == 0)
        return {};
    Statements &st = statements();
    const Statements::ReadTransaction transaction(st);
    std::vector<NameRow> rows;
    st.collectNames(pq, pq.kind(), std::max<std::int64_t>(limit * 2, minPerProbe), rows, nullptr);
    std::unordered_map<std::int64_t, NameRow> best;
    for (const NameRow &r : rows) {
        auto [it, added] = best.emplace(r.entity, r);
        if (!added && r.score > it->second.score)
            it->second = r;
    }
    std::vector<NameRow> ranked;
    ranked.reserve(best.size());
    for (const auto &[entity, r] : best)
        ranked.push_back(r);
    std::sort(ranked.begin(), ranked.end(), [](const NameRow &a, const NameRow &b) {
        return a.score != b.score ? a.score > b.score : a.entity < b.entity;
    });
    QList<Suggestion> out;
    for (const NameRow &r : ranked) {
        if (out.size() >= limit)
            break;
        SqlStatement &row = st.entityRow;
        row.bind(1, r.entity);
        if (!row.next()) {
            row.reset();
            continue;
        }
        Suggestion s;
        s.id = row.string(0);
        s.kind = entityKindFromId(row.string(1)).value_or(EntityKind::Topic);
        s.name = row.string(2);
        const QString aliases = row.string(3);
        row.reset();
        s.matched = r.source >= 0 ? aliases.section(u'\n', r.source, r.source) : s.name;
        if (s.matched.isEmpty())
            s.matched = s.name;
        out.append(s);
    }
    return out;
}

QStringList SearchIndex::didYouMean(const QString &query, int limit) const
{
    const ParsedQuery pq = ParsedQuery::parse(query, false);
    limit = std::clamp(limit, 0, 20);
    if (pq.isEmpty() || limit == 0)
        return {};
    Statements &st = statements();
    const Statements::ReadTransaction transaction(st);
    auto exists = [](SqlStatement &q, const auto &value) {
        q.bind(1, value);
        const bool found = q.next();
        q.reset();
        return found;
    };
    // A word occurs if the base knows it as a word of a name, or the texts hold it in lower case (a literal
    // term). Written with a capital, a text word is indexed by its sound alone, which a misspelled name shares
    // with the names it is near (Humatov, Hummatov): a sound found in the texts makes the word known only when
    // no name sounds so.
    auto inText = [&](const std::string &term) { return exists(st.entityTerm, term) || exists(st.sectionTerm, term); };
    auto known = [&](const ParsedQuery::Word &w) {
        if (st.known(w.fold) || inText(ParsedQuery::quotedTerm(w.fold, TextFolder::literalMarker)))
            return true;
        const bool nameSoundsSo = exists(st.wordsBySkeleton, w.skeleton);
        return !nameSoundsSo && inText(ParsedQuery::quotedTerm(w.skeleton, TextFolder::skeletonMarker));
    };

    struct Spelling
    {
        QString display;
        double cost;
        std::int64_t count;
        std::string word;
    };
    std::vector<std::vector<Spelling>> alternatives(pq.words().size());
    bool anyChange = false;
    for (std::size_t i = 0; i < pq.words().size(); ++i) {
        const ParsedQuery::Word &w = pq.words()[i];
        if (w.fold.size() < Vocabulary::minWordBytes || w.skeleton.empty() || known(w))
            continue;
        const int allowed = w.fold.size() <= 4 ? 1 : w.fold.size() <= 8 ? 2 : 3;
        const QChar::Script typedScript = scriptOf(w.original);
        std::unordered_map<std::string, Spelling> found;
        auto consider = [&](SqlStatement &q) {
            forEachRow(q, nullptr, [&] {
                const std::string candidate(q.text(0));
                if (candidate == w.fold || found.count(candidate))
                    return;
                std::string skeleton;
                TextFolder::skeleton(candidate, skeleton);
                const bool sameSound = skeleton == w.skeleton;
                const int distance = editDistance(w.fold, candidate);
                if (distance > allowed + (sameSound ? 1 : 0))
                    return;
                // Offer the spelling in the script the reader typed in, when there is one.
                const QString display = q.string(1);
                const bool otherScript = !display.isEmpty() && scriptOf(display) != typedScript;
                found.emplace(candidate, Spelling{display, distance - (sameSound ? 0.5 : 0.0) + (otherScript ? 1.0 : 0.0), q.int64(2), candidate});
            });
        };
        st.wordsBySkeleton.bind(1, w.skeleton);
        consider(st.wordsBySkeleton);
        // Typos rarely hit the first two letters together: look among the words that start with the same two
        // letters, with the two swapped, or with a confusable first letter (Gummatov/Hummatov). Each is a
        // short B-tree range even in a vocabulary of a million words.
        const std::int64_t minLength = std::int64_t(w.fold.size()) - allowed, maxLength = std::int64_t(w.fold.size()) + allowed;
        std::vector<std::string> starts{w.fold.substr(0, 2), {w.fold[1], w.fold[0]}};
        for (const char letter : firstLetterClass(w.fold[0])) {
            if (letter != w.fold[0])
                starts.push_back({letter, w.fold[1]});
        }
        for (const std::string &from : starts) {
            std::string to = from;
            ++to.back();
            st.wordsInRange.bind(1, from);
            st.wordsInRange.bind(2, to);
            st.wordsInRange.bind(3, minLength);
            st.wordsInRange.bind(4, maxLength);
            consider(st.wordsInRange);
        }
        std::vector<Spelling> list;
        for (auto &[word, s] : found)
            list.push_back(std::move(s));
        std::sort(list.begin(), list.end(), [](const Spelling &a, const Spelling &b) {
            if (a.cost != b.cost)
                return a.cost < b.cost;
            if (a.count != b.count)
                return a.count > b.count;
            return a.word < b.word;
        });
        if (list.size() > std::size_t(limit))
            list.resize(std::size_t(limit));
        anyChange = anyChange || !list.empty();
        alternatives[i] = std::move(list);
    }
    if (!anyChange)
        return {};
    // The n-th line takes every corrected word's n-th best spelling (or its last, if it has fewer).
    QStringList out;
    for (int n = 0; n < limit; ++n) {
        QStringList words;
        bool fresh = false;
        for (std::size_t i = 0; i < pq.words().size(); ++i) {
            const auto &alts = alternatives[i];
            if (alts.empty()) {
                words << pq.words()[i].original;
                continue;
            }
            const std::size_t pick = std::min<std::size_t>(std::size_t(n), alts.size() - 1);
            fresh = fresh || pick == std::size_t(n);
            words << alts[pick].display;
        }
        if (!fresh)
            break;
        const QString line = words.join(u' ');
        if (!out.contains(line))
            out << line;
    }
    return out;
}

} // namespace tkb
