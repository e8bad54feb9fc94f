// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/bulkindexer.h>
#include <core/search/foldingtokenizer.h>
#include <core/search/largerpagecache_p.h>
#include <core/search/rankfunction.h>
#include <core/search/searchfunctions.h>
#include <core/search/searchindexwriter_p.h>
#include <core/search/sqlitehandle_p.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

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
const QString indexEntity
    = QStringLiteral(" INSERT INTO search_entity(rowid, name, aliases_text, summary, body, kind)"
                     "  VALUES(new.rowid, new.name, new.aliases_text, new.summary, new.body, new.kind);"
                     " INSERT OR IGNORE INTO search_name(kind, key, entity, flags, src)"
                     "  SELECT new.kind, j.value->>0, new.rowid, j.value->>1, j.value->>2"
                     "  FROM json_each(tkb_name_keys(new.name, new.aliases_text)) AS j;"
                     " INSERT INTO search_word(word, skel, display, n) SELECT j.value->>0, j.value->>1, j.value->>2, 1"
                     "  FROM json_each(tkb_words(new.name || char(10) || new.aliases_text)) AS j WHERE 1"
                     "  ON CONFLICT(word) DO UPDATE SET n=n+1;");
const QString queueEntity = QStringLiteral(" INSERT OR IGNORE INTO search_queue(tbl, id) VALUES(0, new.rowid);");

// Takes an old entity row out of the index, or out of the queue if it was never indexed.
const QString forgetEntity
    = QStringLiteral(" INSERT INTO search_entity(search_entity, rowid, name, aliases_text, summary, body, kind)"
                     "  SELECT 'delete', old.rowid, old.name, old.aliases_text, old.summary, old.body, old.kind"
                     "  WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=old.rowid);"
                     " DELETE FROM search_name WHERE kind=old.kind AND entity=old.rowid AND key IN"
                     "  (SELECT j.value->>0 FROM json_each(tkb_name_keys(old.name, old.aliases_text)) AS j);"
                     " UPDATE search_word SET n=n-1 WHERE word IN"
                     "  (SELECT j.value->>0 FROM json_each(tkb_words(old.name || char(10) || old.aliases_text)) AS j)"
                     "  AND NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=old.rowid);"
                     " DELETE FROM search_queue WHERE tbl=0 AND id=old.rowid;");

const QString indexSection
    = QStringLiteral(" INSERT INTO search_section(rowid, title, text) VALUES(new.rowid, new.title, new.text);"
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

bool SearchIndexWriter::prepareConnection(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return noHandle(error);
    return FoldingTokenizer::registerOn(h, error) && RankFunction::registerOn(h, error)
        && SearchFunctions::registerOn(h, error);
}

QStringList SearchIndexWriter::schemaStatements()
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
                       " content='entity', content_rowid='rowid', tokenize='%1', detail='column', columnsize=0)")
            .arg(tokenizer),
        // ORDER BY rank ranks by tkb_rank_entity (RankFunction): the name weighs most, then aliases, summary and body;
        // the kind column never scores. Not bm25: with detail='column' it re-tokenizes every matching row.
        QStringLiteral("INSERT INTO search_entity(search_entity, rank) VALUES('rank', '%1()')")
            .arg(QLatin1String(RankFunction::entityRank)),
        // Larger in-memory segments before a flush: fewer merges when a big pack is indexed.
        QStringLiteral("INSERT INTO search_entity(search_entity, rank) VALUES('hashsize', 16777216)"),
        QStringLiteral("CREATE VIRTUAL TABLE search_section USING fts5(title, text,"
                       " content='section', content_rowid='rowid', tokenize='%1', detail='column', columnsize=0)")
            .arg(tokenizer),
        QStringLiteral("INSERT INTO search_section(search_section, rank) VALUES('rank', '%1()')")
            .arg(QLatin1String(RankFunction::sectionRank)),
        // Type-ahead: one row per name/alias key, per kind so a kind filter is a range of its own.
        QStringLiteral("CREATE TABLE search_name(kind TEXT NOT NULL, key TEXT NOT NULL, entity INTEGER NOT NULL,"
                       " flags INTEGER NOT NULL, src INTEGER NOT NULL, PRIMARY KEY(kind, key, entity)) WITHOUT ROWID"),
        // "Did you mean": the words of names, aliases and sources, with their skeleton and a spelling to show.
        QStringLiteral("CREATE TABLE search_word(word TEXT PRIMARY KEY, skel TEXT NOT NULL, display TEXT NOT NULL,"
                       " n INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX search_word_skel ON search_word(skel)"),
        // Rows written while indexing is deferred (tbl 0: entity, 1: section), until indexDeferred().
        QStringLiteral(
            "CREATE TABLE search_queue(tbl INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(tbl, id)) WITHOUT ROWID"),

        // Live triggers index as rows are written; their *_q twins only queue the row while deferred. WHEN
        // decides before the body runs, so a deferred row costs one queue insert and nothing else.
        QStringLiteral("CREATE TRIGGER search_entity_ai AFTER INSERT ON entity WHEN %1 BEGIN%2 END")
            .arg(live, indexEntity),
        QStringLiteral("CREATE TRIGGER search_entity_aq AFTER INSERT ON entity WHEN %1 BEGIN%2 END")
            .arg(deferred, queueEntity),
        QStringLiteral("CREATE TRIGGER search_entity_ad AFTER DELETE ON entity BEGIN%1 END").arg(forgetEntity),
        QStringLiteral(
            "CREATE TRIGGER search_entity_au AFTER UPDATE OF name, aliases_text, summary, body, kind ON entity WHEN %1"
            " BEGIN%2%3 END")
            .arg(live, forgetEntity, indexEntity),
        QStringLiteral(
            "CREATE TRIGGER search_entity_auq AFTER UPDATE OF name, aliases_text, summary, body, kind ON entity WHEN %1"
            " BEGIN%2%3 END")
            .arg(deferred, forgetEntity, queueEntity),
        QStringLiteral("CREATE TRIGGER search_section_ai AFTER INSERT ON section WHEN %1 BEGIN%2 END")
            .arg(live, indexSection),
        QStringLiteral("CREATE TRIGGER search_section_aq AFTER INSERT ON section WHEN %1 BEGIN%2 END")
            .arg(deferred, queueSection),
        QStringLiteral("CREATE TRIGGER search_section_ad AFTER DELETE ON section BEGIN%1 END").arg(forgetSection),
        QStringLiteral("CREATE TRIGGER search_section_au AFTER UPDATE OF title, text ON section WHEN %1 BEGIN%2%3 END")
            .arg(live, forgetSection, indexSection),
        QStringLiteral("CREATE TRIGGER search_section_auq AFTER UPDATE OF title, text ON section WHEN %1 BEGIN%2%3 END")
            .arg(deferred, forgetSection, queueSection),
    };
}

QStringList SearchIndexWriter::coveringSkeletonIndex()
{
    return { QStringLiteral("DROP INDEX IF EXISTS search_word_skel"),
        QStringLiteral("CREATE INDEX search_word_skel_n ON search_word(skel, n)") };
}

bool SearchIndexWriter::rebuild(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return noHandle(error);
    const LargerPageCache cache(db);
    BulkIndexer names(
        h, "SELECT rowid, kind, name, aliases_text FROM entity", "SELECT title || char(10) || text FROM section");
    return execAll(db,
               { QStringLiteral("INSERT INTO search_entity(search_entity) VALUES('rebuild')"),
                   QStringLiteral("INSERT INTO search_section(search_section) VALUES('rebuild')"),
                   QStringLiteral("DELETE FROM search_name"), QStringLiteral("DELETE FROM search_word"),
                   QStringLiteral("DELETE FROM search_queue") },
               error)
        && names.finish(error);
}

bool SearchIndexWriter::setDeferred(QSqlDatabase &db, bool deferred, QString *error)
{
    // The triggers make every insert into entity a statement that writes several tables, so SQLite keeps a
    // statement journal for it; in memory rather than in a temporary file, a bulk load runs half again as fast.
    // A speed-up only: SQLite refuses it inside a transaction that already uses temporary storage, and then
    // the bulk load is merely slower.
    QSqlQuery q(db);
    if (deferred) {
        const int tempStore = q.exec(QStringLiteral("PRAGMA temp_store")) && q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (!execAll(db, { QStringLiteral("SELECT tkb_search_defer(1, %1)").arg(tempStore) }, error))
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

bool SearchIndexWriter::indexDeferred(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = sqliteHandle(db);
    if (!h)
        return noHandle(error);
    const LargerPageCache cache(db);
    BulkIndexer names(h,
        "SELECT e.rowid, e.kind, e.name, e.aliases_text FROM search_queue q JOIN entity e ON e.rowid=q.id WHERE "
        "q.tbl=0",
        "SELECT s.title || char(10) || s.text FROM search_queue q JOIN section s ON s.rowid=q.id WHERE q.tbl=1");
    // One statement per table: FTS5 keeps the whole batch in memory and writes it as a few large segments.
    return execAll(db,
               { QStringLiteral("INSERT INTO search_entity(rowid, name, aliases_text, summary, body, kind)"
                                " SELECT e.rowid, e.name, e.aliases_text, e.summary, e.body, e.kind"
                                " FROM search_queue q JOIN entity e ON e.rowid=q.id WHERE q.tbl=0 ORDER BY q.id"),
                   QStringLiteral("INSERT INTO search_section(rowid, title, text) SELECT s.rowid, s.title, s.text"
                                  " FROM search_queue q JOIN section s ON s.rowid=q.id WHERE q.tbl=1 ORDER BY q.id") },
               error)
        && names.finish(error) && execAll(db, { QStringLiteral("DELETE FROM search_queue") }, error);
}

bool SearchIndexWriter::integrityCheck(QSqlDatabase &db, QStringList *problems)
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
        problem(QStringLiteral("search index: %1 rows were written but never indexed; rebuild the search index")
                .arg(queued));
    for (const QString &table : { QStringLiteral("search_entity"), QStringLiteral("search_section") }) {
        // rank=1 also compares the index with the text of the content table, not only with itself; rows
        // still queued would fail that comparison, and are reported above instead.
        if (q.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES('integrity-check', %2)")
                    .arg(table)
                    .arg(queued > 0 ? 0 : 1)))
            continue;
        // FTS5 runs its check as an INSERT, which a read-only connection refuses: that is not damage. The
        // read-only caller still gets SQLite's integrity_check and the name-key comparison below.
        if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 8 /* SQLITE_READONLY */)
            continue;
        problem(QStringLiteral("search index %1 does not match the text (%2); rebuild the search index")
                .arg(table, q.lastError().databaseText()));
    }
    // Name keys: every key an entity should have is there, and nothing else.
    if (q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM entity e, json_each(tkb_name_keys(e.name, e.aliases_text)) AS j"
            "  WHERE NOT EXISTS (SELECT 1 FROM search_name n WHERE n.kind=e.kind AND n.key=j.value->>0"
            "  AND n.entity=e.rowid) AND NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=e.rowid)),"
            " (SELECT count(*) FROM search_name) -"
            " (SELECT count(*) FROM entity e, json_each(tkb_name_keys(e.name, e.aliases_text))"
            "  WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE tbl=0 AND id=e.rowid))"))
        && q.next()) {
        if (q.value(0).toLongLong() != 0)
            problem(QStringLiteral("search names: %1 name keys missing; rebuild the search index")
                    .arg(q.value(0).toLongLong()));
        else if (q.value(1).toLongLong() != 0)
            problem(QStringLiteral("search names: %1 stale name keys; rebuild the search index")
                    .arg(q.value(1).toLongLong()));
    } else {
        problem(QStringLiteral("search names cannot be checked: %1").arg(q.lastError().text()));
    }
    return ok;
}

} // namespace tkb
