// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-bench: builds synthetic knowledge bases of the given sizes and times search on them against raw
// FTS5 MATCH on the same file. Figures, not pass/fail: see docs/PERFORMANCE.md.
//
//   talysh-kb-bench [--sizes 10000,100000,1000000] [--dir DIR] [--reps N] [--keep] [--reuse] [--build MODE]
//                   [--quality DIR] [--quality-details] [--no-quality]
//
// First the search quality on judged queries (quality/), then the speed at each size.
// The sizes default to $TALYSHKB_BENCH_SIZES, else 10000,100000.
#include <core/import/articleimporter.h>
#include <core/import/packreader.h>
#include <core/search/foldingtokenizer.h>
#include <core/search/rankfunction.h>
#include <core/search/searchfunctions.h>
#include <core/search/searchindex.h>
#include <core/search/searchindexwriter_p.h>
#include <core/search/textfolder.h>
#include <core/store/bulkload_p.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/textkey.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include "qualityset.h"
#include "samples.h"
#include "syntheticbase.h"
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <sqlite3.h>

using namespace tkb;
using namespace tkb::bench;

namespace {

QTextStream out(stdout);
bool buildOnly = false;
bool noRebuild = false;
QStringList onlyClasses; // empty: every query class
bool optimize = false;

constexpr int chunkSize = 100000; // entities per transaction while building
constexpr int sourceEvery = 10000; // one source document (5 sections) per so many entities
constexpr int hubMembers = 5000; // people in each hub organization: the graph's worst case
constexpr qint64 classBudgetNs = 20'000'000'000; // stop timing a query class (per engine) after 20 s

// A few hubs: one per quarter million entities, at least one from ten thousand on.
int hubCount(qint64 size)
{
    return size < 10000 ? 0 : int(std::max<qint64>(1, size / 250000));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    return *static_cast<sqlite3 *const *>(h.constData());
}

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

void exec(sqlite3 *db, const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

void bindText(sqlite3_stmt *st, int i, const QString &s)
{
    const QByteArray b = s.toUtf8();
    sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

// Writes entities the way KnowledgeBase::writeEntity does (entity row, then alias rows), so the search
// triggers do exactly the work they do on an import, without the store's per-entity link bookkeeping.
class Writer
{
public:
    explicit Writer(sqlite3 *db)
        : m_db(db)
    {
        prepare(&m_entity,
            "INSERT INTO entity(id, kind, name, sort_key, aliases_text, filter_key, summary, body,"
            " date_precision, date_start, date_end, date_text, date_sort, date_edtf) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        prepare(&m_relation,
            "INSERT INTO relation(subject, predicate, object, from_precision, from_start, from_end, from_text,"
            " from_edtf) VALUES(?,?,?,?,?,?,?,?)");
        prepare(&m_alias, "INSERT INTO alias(entity, ord, text, language, script) VALUES(?,?,?,?,?)");
        prepare(&m_source, "INSERT INTO source_document(id, title, origin) VALUES(?,?,?)");
        prepare(&m_section, "INSERT INTO section(source, ord, id, title, text) VALUES(?,?,?,?,?)");
    }
    ~Writer()
    {
        for (sqlite3_stmt *s : { m_entity, m_alias, m_source, m_section, m_relation })
            sqlite3_finalize(s);
    }
    void write(const Entity &e)
    {
        QStringList aliases;
        for (const Alias &a : e.aliases)
            aliases << a.text;
        bindText(m_entity, 1, e.id);
        bindText(m_entity, 2, entityKindId(e.kind));
        bindText(m_entity, 3, e.name);
        bindText(m_entity, 4, textKey(e.name));
        bindText(m_entity, 5, aliases.join(u'\n'));
        bindText(m_entity, 6, textKey(e.name + u'\n' + aliases.join(u'\n')));
        bindText(m_entity, 7, e.summary);
        bindText(m_entity, 8, e.body);
        bindDate(m_entity, 9, e.date());
        if (e.date().isValid())
            bindText(m_entity, 13, e.date().sortKey());
        else
            sqlite3_bind_null(m_entity, 13);
        step(m_entity);
        const sqlite3_int64 rowid = sqlite3_last_insert_rowid(m_db);
        for (qsizetype i = 0; i < e.aliases.size(); ++i) {
            sqlite3_bind_int64(m_alias, 1, rowid);
            sqlite3_bind_int(m_alias, 2, int(i));
            bindText(m_alias, 3, e.aliases[i].text);
            bindText(m_alias, 4, e.aliases[i].language);
            bindText(m_alias, 5, e.aliases[i].script);
            step(m_alias);
        }
    }
    void write(const Relation &r)
    {
        bindText(m_relation, 1, r.subject);
        bindText(m_relation, 2, r.predicate);
        bindText(m_relation, 3, r.object);
        bindDate(m_relation, 4, r.from);
        step(m_relation);
    }
    void write(const SourceDocument &d)
    {
        bindText(m_source, 1, d.id);
        bindText(m_source, 2, d.title);
        bindText(m_source, 3, d.origin);
        step(m_source);
        for (qsizetype i = 0; i < d.sections.size(); ++i) {
            bindText(m_section, 1, d.id);
            sqlite3_bind_int(m_section, 2, int(i));
            bindText(m_section, 3, d.sections[i].id);
            bindText(m_section, 4, d.sections[i].title);
            bindText(m_section, 5, d.sections[i].text);
            step(m_section);
        }
        Entity e;
        e.id = d.id;
        e.kind = EntityKind::Source;
        e.name = d.title;
        write(e);
    }

private:
    void prepare(sqlite3_stmt **st, const char *sql)
    {
        check(sqlite3_prepare_v2(m_db, sql, -1, st, nullptr), m_db, sql);
    }
    // The five date columns from first (precision, start, end, text, then the notation after the sort key's slot
    // for an entity, or right after for a relation), as EntityWriter stores them.
    void bindDate(sqlite3_stmt *st, int first, const FuzzyDate &d)
    {
        const int edtfAt = st == m_entity ? first + 5 : first + 4;
        if (!d.isValid()) {
            for (int i : { first, first + 1, first + 2, first + 3, edtfAt })
                sqlite3_bind_null(st, i);
            return;
        }
        bindText(st, first, FuzzyDate::precisionId(d.precision()));
        for (const auto &[i, day] : { std::pair { first + 1, d.start() }, std::pair { first + 2, d.end() } }) {
            if (day.isValid())
                bindText(st, i, day.toString(Qt::ISODate));
            else
                sqlite3_bind_null(st, i);
        }
        bindText(st, first + 3, d.text());
        bindText(st, edtfAt, d.edtf());
    }
    void step(sqlite3_stmt *st)
    {
        check(sqlite3_step(st), m_db, "insert");
        sqlite3_reset(st);
    }
    sqlite3 *m_db;
    sqlite3_stmt *m_entity = nullptr, *m_alias = nullptr, *m_source = nullptr, *m_section = nullptr,
                 *m_relation = nullptr;
};

enum class BuildMode { Store, Live, DeferredPerChunk, DeferredAtEnd, StoreDeferred };

// The baseline: the same words as a bare FTS5 query (folded words, last one a prefix, implicit AND), ranked
// by the table's rank (tkb_rank_entity) and cut to 20, on a separate connection to the same file.
class RawFts
{
public:
    explicit RawFts(const QString &path)
    {
        check(sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr), m_db, "open");
        // The same page cache as the store's connections, so that neither side reads pages the other keeps.
        check(sqlite3_exec(m_db, "PRAGMA cache_size=-32768", nullptr, nullptr, nullptr), m_db, "cache_size");
        QString error;
        if (!FoldingTokenizer::registerOn(m_db, &error) || !RankFunction::registerOn(m_db, &error)
            || !SearchFunctions::registerOn(m_db, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            std::exit(1);
        }
        check(sqlite3_prepare_v2(m_db,
                  "SELECT rowid FROM search_entity WHERE search_entity MATCH ?1 ORDER BY rank LIMIT 20", -1, &m_query,
                  nullptr),
            m_db, "prepare");
        // The same result page a reader sees: each hit's name and a highlighted snippet, as FTS5 makes them.
        check(sqlite3_prepare_v2(m_db,
                  "SELECT rowid, name, snippet(search_entity, -1, char(2), char(3), '…', 16) FROM search_entity"
                  " WHERE search_entity MATCH ?1 ORDER BY rank LIMIT 20",
                  -1, &m_page, nullptr),
            m_db, "prepare");
    }
    ~RawFts()
    {
        sqlite3_finalize(m_query);
        sqlite3_finalize(m_page);
        sqlite3_close(m_db);
    }
    static QString expression(const QString &text, bool prefix)
    {
        QStringList terms;
        for (const QString &w : TextFolder::foldWords(text))
            terms << u'"' + w + u'"';
        if (prefix && !terms.isEmpty())
            terms.last() += u'*';
        return terms.join(u' ');
    }
    /// Rowids only, or (page) names and snippets too; the texts are read, as a caller would.
    int run(const QString &expression, bool page = false)
    {
        sqlite3_stmt *st = page ? m_page : m_query;
        bindText(st, 1, expression);
        int rows = 0;
        std::size_t bytes = 0;
        while (sqlite3_step(st) == SQLITE_ROW) {
            ++rows;
            if (page)
                bytes += std::strlen(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)))
                    + std::strlen(reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
        }
        sqlite3_reset(st);
        m_bytes += bytes;
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_query = nullptr;
    sqlite3_stmt *m_page = nullptr;
    std::size_t m_bytes = 0;
};

struct QueryClass
{
    QString name;
    QStringList queries;
    bool typeAhead;
};

// CPU time of this process: the machine may be shared, and wall time then measures the neighbours too.
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void timeClass(const QueryClass &qc, int reps, const SearchIndex &search, RawFts &raw, QTextStream &table)
{
    Samples searchStats, searchCpu, suggestStats, rawStats, pageStats, sameStats, dymStats;
    double hitsTotal = 0, rawTotal = 0, sameTotal = 0;
    // Warm the caches once, as a reader's first keystroke would.
    for (const QString &q : qc.queries) {
        SearchQuery sq;
        sq.text = q;
        search.search(sq);
    }
    // Each query through search() and then as raw FTS5, one right after the other: the machine's speed drifts
    // over seconds, and timing the two in separate windows made their ratio drift with it.
    QElapsedTimer budget;
    budget.start();
    for (int r = 0; r < reps && (budget.nsecsElapsed() < 2 * classBudgetNs || r == 0); ++r) {
        for (const QString &q : qc.queries) {
            SearchQuery sq;
            sq.text = q;
            QElapsedTimer t;
            const double c0 = threadCpuMs();
            t.start();
            const auto hits = search.search(sq);
            searchStats.ms.push_back(msSince(t));
            searchCpu.ms.push_back(threadCpuMs() - c0);
            hitsTotal += double(hits.size());
            t.restart();
            search.suggest(q, 10);
            suggestStats.ms.push_back(msSince(t));
            if (qc.name == QLatin1String("misspelled")) {
                t.restart();
                search.didYouMean(q);
                dymStats.ms.push_back(msSince(t));
            }
            const QString e = RawFts::expression(q, true);
            t.restart();
            rawTotal += raw.run(e);
            rawStats.ms.push_back(msSince(t));
            t.restart();
            raw.run(e, true);
            pageStats.ms.push_back(msSince(t));
            // The same page from the terms search() itself matches (every spelling, sound and completion), as
            // a bare FTS5 query: what search() adds to FTS5 doing the same matching.
            const QString same = search.textExpression(sq);
            t.restart();
            sameTotal += raw.run(same, true);
            sameStats.ms.push_back(msSince(t));
        }
    }
    const double ratio = rawStats.percentile(0.5) > 0 ? searchStats.percentile(0.5) / rawStats.percentile(0.5) : 0;
    const double pageRatio
        = pageStats.percentile(0.5) > 0 ? searchStats.percentile(0.5) / pageStats.percentile(0.5) : 0;
    table << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                 .arg(qc.name)
                 .arg(searchStats.ms.size())
                 .arg(searchStats.percentile(0.5), 0, 'f', 2)
                 .arg(QStringLiteral("%1 (cpu %2)")
                         .arg(searchStats.percentile(0.99), 0, 'f', 2)
                         .arg(searchCpu.percentile(0.99), 0, 'f', 2))
                 .arg(suggestStats.percentile(0.5), 0, 'f', 2)
                 .arg(suggestStats.percentile(0.99), 0, 'f', 2)
                 .arg(rawStats.percentile(0.5), 0, 'f', 2)
                 .arg(rawStats.percentile(0.99), 0, 'f', 2)
                 .arg(ratio, 0, 'f', 2)
          << QStringLiteral(" %1 | %2 | %3 | %4 |")
                 .arg(pageStats.percentile(0.5), 0, 'f', 2)
                 .arg(pageStats.percentile(0.99), 0, 'f', 2)
                 .arg(pageRatio, 0, 'f', 2)
                 .arg(pageStats.percentile(0.99) > 0 ? searchStats.percentile(0.99) / pageStats.percentile(0.99) : 0, 0,
                     'f', 2)
          << QStringLiteral(" %1 / %2 |")
                 .arg(hitsTotal / double(searchStats.ms.size()), 0, 'f', 1)
                 .arg(rawTotal / double(rawStats.ms.size()), 0, 'f', 1)
          << QStringLiteral(" %1 | %2 | %3 |")
                 .arg(sameStats.percentile(0.5), 0, 'f', 2)
                 .arg(sameStats.percentile(0.5) > 0 ? searchStats.percentile(0.5) / sameStats.percentile(0.5) : 0, 0,
                     'f', 2)
                 .arg(sameTotal / double(sameStats.ms.size()), 0, 'f', 1);
    // The ratio query by query (search() and the raw page of the same text, timed back to back), not of the two
    // classes' medians: a class whose raw times spread widely (cheap for most names, dear for a few) has a
    // median raw time that no single query need be compared with.
    Samples perQuery;
    for (std::size_t i = 0; i < std::min(searchStats.ms.size(), pageStats.ms.size()); ++i)
        if (pageStats.ms[i] > 0)
            perQuery.ms.push_back(searchStats.ms[i] / pageStats.ms[i]);
    table << QStringLiteral(" %1 / %2 |")
                 .arg(perQuery.percentile(0.5), 0, 'f', 2)
                 .arg(perQuery.percentile(0.9), 0, 'f', 2);
    if (!dymStats.ms.empty())
        table << QStringLiteral(" did-you-mean p50 %1 ms, p99 %2 ms")
                     .arg(dymStats.percentile(0.5), 0, 'f', 2)
                     .arg(dymStats.percentile(0.99), 0, 'f', 2);
    table << '\n';
    table.flush();
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

int runSize(qint64 size, const QString &dir, int reps, bool keep, bool reuse, BuildMode mode)
{
    const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.tkb").arg(size));
    SyntheticBase gen;
    out << "\n## " << size << " entities\n\n";
    out.flush();
    double buildSeconds = 0;
    if (!(reuse && QFileInfo::exists(path))) {
        for (const QString &f : { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") })
            QFile::remove(f);
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb) {
            std::fprintf(stderr, "%s\n", qPrintable(err.message));
            return 1;
        }
        sqlite3 *db = handleOf(connection(*kb));
        qint64 genNs = 0, writeNs = 0, indexNs = 0, listIndexNs = 0;
        double writeCpu = 0, indexCpu = 0;
        if (mode == BuildMode::Store || mode == BuildMode::StoreDeferred) {
            QSqlDatabase qdb = connection(*kb);
            for (qint64 done = 0; done < size;) {
                QElapsedTimer g;
                g.start();
                KnowledgePack pack;
                const qint64 n = std::min<qint64>(chunkSize, size - done);
                for (qint64 i = 0; i < n; ++i) {
                    pack.entities.append(gen.next());
                    pack.relations.append(gen.relationsOfLast());
                    if ((done + i + 1) % sourceEvery == 0)
                        pack.sources.append(gen.nextSource());
                }
                if (done + n == size) {
                    for (int h = 0; h < hubCount(size); ++h)
                        pack.entities.append(gen.hub(hubMembers, &pack.relations));
                }
                genNs += g.nsecsElapsed();
                QElapsedTimer w;
                w.start();
                const double c0 = cpuSeconds();
                if (mode == BuildMode::StoreDeferred)
                    SearchIndexWriter::setDeferred(qdb, true);
                if (!kb->importPack(pack, &err)) {
                    std::fprintf(stderr, "%s\n", qPrintable(err.message));
                    return 1;
                }
                if (mode == BuildMode::StoreDeferred) {
                    QElapsedTimer it;
                    it.start();
                    const double i0 = cpuSeconds();
                    QString why;
                    exec(db, "BEGIN IMMEDIATE");
                    SearchIndexWriter::indexDeferred(qdb, &why);
                    exec(db, "COMMIT");
                    SearchIndexWriter::setDeferred(qdb, false);
                    indexNs += it.nsecsElapsed();
                    indexCpu += cpuSeconds() - i0;
                }
                writeNs += w.nsecsElapsed();
                writeCpu += cpuSeconds() - c0;
                done += n;
            }
        } else {
            // Deferred indexing: the rows are queued while written and indexed set-wise, at the end of
            // each chunk (like one importPack per chunk) or once at the end (a bulk load).
            Writer writer(db);
            QSqlDatabase qdb = connection(*kb);
            QString why;
            // A bulk load as the store offers it: indexing deferred, and the list indexes built at the end.
            BulkLoad bulk(qdb);
            if (mode == BuildMode::DeferredAtEnd) {
                QElapsedTimer w;
                w.start();
                if (!bulk.begin(true, &why)) {
                    std::fprintf(stderr, "BulkLoad::begin: %s\n", qPrintable(why));
                    return 1;
                }
                writeNs += w.nsecsElapsed();
            } else if (mode != BuildMode::Live) {
                SearchIndexWriter::setDeferred(qdb, true);
            }
            auto indexQueue = [&] {
                const double i0 = cpuSeconds();
                QElapsedTimer it;
                it.start();
                if (!SearchIndexWriter::indexDeferred(qdb, &why)) {
                    std::fprintf(stderr, "indexDeferred: %s\n", qPrintable(why));
                    std::exit(1);
                }
                indexNs += it.nsecsElapsed();
                indexCpu += cpuSeconds() - i0;
            };
            for (qint64 done = 0; done < size;) {
                QElapsedTimer g;
                g.start();
                std::vector<Entity> chunk;
                std::vector<SourceDocument> sources;
                QList<Relation> relations;
                const qint64 n = std::min<qint64>(chunkSize, size - done);
                for (qint64 i = 0; i < n; ++i) {
                    chunk.push_back(gen.next());
                    relations.append(gen.relationsOfLast());
                    if ((done + i + 1) % sourceEvery == 0)
                        sources.push_back(gen.nextSource());
                }
                if (done + n == size) {
                    for (int h = 0; h < hubCount(size); ++h)
                        chunk.push_back(gen.hub(hubMembers, &relations));
                }
                genNs += g.nsecsElapsed();
                QElapsedTimer w;
                w.start();
                const double c0 = cpuSeconds();
                exec(db, "BEGIN IMMEDIATE");
                for (const SourceDocument &d : sources)
                    writer.write(d);
                for (const Entity &e : chunk)
                    writer.write(e);
                for (const Relation &r : std::as_const(relations))
                    writer.write(r);
                if (mode == BuildMode::DeferredPerChunk)
                    indexQueue();
                exec(db, "COMMIT");
                writeNs += w.nsecsElapsed();
                writeCpu += cpuSeconds() - c0;
                done += n;
            }
            if (mode == BuildMode::DeferredAtEnd) {
                QElapsedTimer w;
                w.start();
                const double c0 = cpuSeconds();
                exec(db, "BEGIN IMMEDIATE");
                QElapsedTimer ix;
                ix.start();
                // The list indexes first (one sort each), then the search tables (timed as indexing).
                const bool rebuilt = BulkLoad::rebuildListIndexes(qdb, &why);
                listIndexNs = ix.nsecsElapsed();
                if (!rebuilt) {
                    std::fprintf(stderr, "rebuilding the list indexes: %s\n", qPrintable(why));
                    return 1;
                }
                indexQueue();
                exec(db, "COMMIT");
                writeNs += w.nsecsElapsed();
                writeCpu += cpuSeconds() - c0;
            }
            SearchIndexWriter::setDeferred(qdb, false);
        }
        QElapsedTimer c;
        c.start();
        const double c0 = cpuSeconds();
        exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        writeNs += c.nsecsElapsed();
        writeCpu += cpuSeconds() - c0;
        buildSeconds = double(writeNs) / 1e9;
        static const char *modeNames[] = { "KnowledgeBase::importPack (set-wise indexing from 500 entities on)",
            "base-table inserts, triggers indexing row by row",
            "base-table inserts queued, SearchIndexWriter::indexDeferred() per transaction",
            "BulkLoad: base-table inserts queued, list indexes and search tables built at the end",
            "KnowledgeBase::importPack with indexing deferred, SearchIndexWriter::indexDeferred() after each" };
        out << "- build (" << modeNames[int(mode)] << ", " << chunkSize
            << " entities per transaction): " << QString::number(buildSeconds, 'f', 1) << " s, "
            << QString::number(double(size) / buildSeconds, 'f', 0) << " entities/s; CPU "
            << QString::number(writeCpu, 'f', 1) << " s";
        if (indexNs > 0)
            out << "; of which indexing " << QString::number(double(indexNs) / 1e9, 'f', 1) << " s (CPU "
                << QString::number(indexCpu, 'f', 1) << " s)";
        if (listIndexNs > 0)
            out << "; rebuilding the list indexes " << QString::number(double(listIndexNs) / 1e9, 'f', 1) << " s";
        out << ". Generating the data took another " << QString::number(double(genNs) / 1e9, 'f', 1)
            << " s, not counted.\n";
        out.flush();

        if (noRebuild)
            return 0;
        QElapsedTimer rb;
        rb.start();
        const double r0 = cpuSeconds();
        exec(db, "BEGIN IMMEDIATE");
        QSqlDatabase qdb = connection(*kb);
        QString why;
        if (!SearchIndexWriter::rebuild(qdb, &why)) {
            std::fprintf(stderr, "rebuild: %s\n", qPrintable(why));
            return 1;
        }
        exec(db, "COMMIT");
        exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        const double rebuildSeconds = double(rb.nsecsElapsed()) / 1e9;
        const double rebuildCpu = cpuSeconds() - r0;
        // The FTS5 part alone, to tell it from the name keys and words.
        QElapsedTimer ft;
        ft.start();
        const double f0 = cpuSeconds();
        exec(db, "BEGIN IMMEDIATE");
        exec(db, "INSERT INTO search_entity(search_entity) VALUES('rebuild')");
        exec(db, "COMMIT");
        const double ftsSeconds = double(ft.nsecsElapsed()) / 1e9, ftsCpu = cpuSeconds() - f0;
        out << "- SearchIndexWriter::rebuild() of every search table from the base tables: "
            << QString::number(rebuildSeconds, 'f', 1) << " s, "
            << QString::number(double(size) / rebuildSeconds, 'f', 0) << " entities/s; CPU "
            << QString::number(rebuildCpu, 'f', 1)
            << " s (FTS5 'rebuild' of the entity text alone: " << QString::number(ftsSeconds, 'f', 1) << " s, CPU "
            << QString::number(ftsCpu, 'f', 1) << " s)\n";
    } else {
        // Same generator and seed: replaying it recreates the query mix without writing anything.
        for (qint64 i = 0; i < size; ++i) {
            gen.next();
            if ((i + 1) % sourceEvery == 0)
                gen.nextSource();
        }
        out << "- reusing " << path << "\n";
    }

    StoreError err;
    if (optimize) {
        // FTS5 'optimize' merges every segment into one, so a term is one lookup instead of one per segment.
        auto rw = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        sqlite3 *db = rw ? handleOf(connection(*rw)) : nullptr;
        if (db) {
            QElapsedTimer t;
            t.start();
            const double c0 = cpuSeconds();
            exec(db, "INSERT INTO search_entity(search_entity) VALUES('optimize')");
            exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
            out << "- FTS5 'optimize' (one segment): " << QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 1)
                << " s, CPU " << QString::number(cpuSeconds() - c0, 'f', 1) << " s\n";
        }
    }
    auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
    if (!kb) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message));
        return 1;
    }
    out << "- file size: " << QString::number(double(fileSize(path)) / 1048576.0, 'f', 1) << " MiB";
    {
        QSqlQuery q(connection(*kb));
        if (q.exec(QStringLiteral("SELECT name, sum(pgsize) FROM dbstat GROUP BY 1 ORDER BY 2 DESC"))) {
            QStringList parts;
            qint64 search = 0, total = 0;
            while (q.next()) {
                const qint64 bytes = q.value(1).toLongLong();
                total += bytes;
                if (q.value(0).toString().startsWith(QLatin1String("search_")))
                    search += bytes;
                if (parts.size() < 6)
                    parts
                        << QStringLiteral("%1 %2").arg(q.value(0).toString()).arg(double(bytes) / 1048576.0, 0, 'f', 1);
            }
            out << " (search tables " << QString::number(double(search) / 1048576.0, 'f', 1)
                << " MiB = " << QString::number(100.0 * double(search) / double(std::max<qint64>(total, 1)), 'f', 0)
                << "%; largest: " << parts.join(QStringLiteral(", ")) << ")";
        }
    }
    out << "\n\n";

    if (buildOnly)
        return 0;
    const int perClass = 40;
    const std::vector<QueryClass> classes = {
        { QStringLiteral("rare name"), gen.rareNames(perClass), true },
        { QStringLiteral("full name"), gen.fullNames(perClass), true },
        { QStringLiteral("common word"), gen.commonWords(), false },
        { QStringLiteral("prefix 1"), gen.prefixes(1, perClass), true },
        { QStringLiteral("prefix 2"), gen.prefixes(2, perClass), true },
        { QStringLiteral("prefix 3"), gen.prefixes(3, perClass), true },
        { QStringLiteral("misspelled"), gen.misspellings(perClass), true },
    };
    out << "| query class | samples | search p50 ms | search p99 ms | suggest p50 ms | suggest p99 ms | raw FTS5 p50 "
           "ms |"
           " raw FTS5 p99 ms | search/raw p50 | raw page p50 ms | raw page p99 ms | search/page p50 | search/page p99 |"
           " hits search / raw | same-terms page p50 ms | search/same-terms p50 | hits same-terms | search/page per "
           "query p50 / p90 |\n"
        << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    RawFts raw(path);
    for (const QueryClass &qc : classes) {
        if (onlyClasses.isEmpty() || onlyClasses.contains(qc.name))
            timeClass(qc, reps, kb->search(), raw, out);
    }
    out << "\nexamples: ";
    for (const QueryClass &qc : classes)
        out << qc.name << " = \"" << qc.queries.value(0) << "\"; ";
    out << '\n';
    out.flush();
    kb.reset();
    if (!keep) {
        for (const QString &f : { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") })
            QFile::remove(f);
    }
    return 0;
}

// Search quality on real text: the bundled base and a second article, each with its judged queries (MRR and
// nDCG@10 of SearchIndex::search(), see docs/SEARCH.md), printed before the speed figures.
int runQuality(const QString &dataDir, const QString &packPath, const QString &dir, bool details)
{
    struct Base
    {
        QString name, judgements;
        std::optional<KnowledgePack> pack;
    };
    ImportError importError;
    std::vector<Base> bases;
    bases.push_back({ QStringLiteral("bundled base"), QStringLiteral("bundled.tsv"),
        PackReader::readFile(packPath, &importError) });
    if (!bases.back().pack) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(packPath), qPrintable(importError.message));
        return 1;
    }
    const QString article = QDir(dataDir).filePath(QStringLiteral("talysh-language.txt"));
    bases.push_back({ QStringLiteral("second article (talysh-language.txt)"), QStringLiteral("talysh-language.tsv"),
        ArticleImporter::parseFile(article, &importError) });
    if (!bases.back().pack) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(article), qPrintable(importError.message));
        return 1;
    }
    out << "\n## Quality (judged queries)\n\n| base | queries | MRR | nDCG@10 | no relevant hit in 20 "
           "|\n|---|---|---|---|---|\n";
    QString detailText;
    QTextStream detailStream(&detailText);
    for (const Base &b : bases) {
        const QString path = QDir(dir).filePath(QStringLiteral("quality-%1.tkb").arg(b.judgements.section(u'.', 0, 0)));
        for (const QString &f : { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") })
            QFile::remove(f);
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb || !kb->importPack(*b.pack, &err)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(err.message));
            return 1;
        }
        QualitySet set;
        QString why;
        if (!set.load(QDir(dataDir).filePath(b.judgements), &why)) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
        if (details)
            detailStream << "\n" << b.name << ":\n";
        const QualitySet::Result r = set.evaluate(kb->search(), details ? &detailStream : nullptr);
        out << "| " << b.name << " | " << r.queries << " | " << QString::number(r.mrr, 'f', 3) << " | "
            << QString::number(r.ndcg10, 'f', 3) << " | "
            << (r.misses.isEmpty() ? QStringLiteral("none") : r.misses.join(QStringLiteral(", "))) << " |\n";
        kb.reset();
        for (const QString &f : { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") })
            QFile::remove(f);
    }
    detailStream.flush();
    out << detailText;
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Builds synthetic knowledge bases and times search on them."));
    p.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("Comma-separated entity counts."),
        QStringLiteral("list"), qEnvironmentVariable("TALYSHKB_BENCH_SIZES", QStringLiteral("10000,100000")));
    const QCommandLineOption dirOpt(
        QStringLiteral("dir"), QStringLiteral("Where the files go."), QStringLiteral("dir"), QDir::currentPath());
    const QCommandLineOption repsOpt(QStringLiteral("reps"), QStringLiteral("Times each query is repeated."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("Keep the files."));
    const QCommandLineOption buildOnlyOpt(
        QStringLiteral("build-only"), QStringLiteral("Build, report, and time no queries."));
    const QCommandLineOption optimizeOpt(
        QStringLiteral("optimize"), QStringLiteral("Merge the text index into one segment before timing queries."));
    const QCommandLineOption reuseOpt(
        QStringLiteral("reuse"), QStringLiteral("Reuse a kept file of the same size instead of building."));
    const QCommandLineOption modeOpt(QStringLiteral("build"),
        QStringLiteral(
            "How to build: bulk (queue rows, index once at the end; default), chunked (index the"
            " queue in every transaction), live (triggers index row by row), store (importPack), store-deferred"
            " (importPack between setDeferred and indexDeferred)."),
        QStringLiteral("mode"), QStringLiteral("bulk"));
    const QCommandLineOption noRebuildOpt(
        QStringLiteral("no-rebuild"), QStringLiteral("Build, report, and stop: no rebuild(), no queries."));
    const QCommandLineOption classesOpt(QStringLiteral("classes"),
        QStringLiteral("Comma-separated query classes to time (\"rare name\", \"prefix 1\", ...); default all."),
        QStringLiteral("list"));
    const QCommandLineOption qualityOpt(QStringLiteral("quality"),
        QStringLiteral("Where the judged query sets and the second article are (default: the source tree's)."),
        QStringLiteral("dir"), QStringLiteral(TALYSHKB_QUALITY_DIR));
    const QCommandLineOption packOpt(QStringLiteral("pack"),
        QStringLiteral("The bundled pack the quality is judged on."), QStringLiteral("file"),
        QStringLiteral(TALYSHKB_PACK_FILE));
    const QCommandLineOption noQualityOpt(
        QStringLiteral("no-quality"), QStringLiteral("Time only; no judged queries."));
    const QCommandLineOption qualityDetailsOpt(QStringLiteral("quality-details"),
        QStringLiteral("One line per judged query (first relevant rank, nDCG@10, top hits)."));
    p.addOptions({ sizesOpt, dirOpt, repsOpt, keepOpt, reuseOpt, modeOpt, buildOnlyOpt, optimizeOpt, classesOpt,
        noRebuildOpt, qualityOpt, packOpt, noQualityOpt, qualityDetailsOpt });
    p.process(app);
    buildOnly = p.isSet(buildOnlyOpt);
    noRebuild = p.isSet(noRebuildOpt);
    optimize = p.isSet(optimizeOpt);
    onlyClasses = p.value(classesOpt).split(u',', Qt::SkipEmptyParts);
    out << "# talysh-kb-bench\n\nSQLite " << sqlite3_libversion() << ", Qt " << qVersion() << ", "
        << QThread::idealThreadCount() << " cores. Latencies in ms per call, limit 20 hits (search) / 10 (suggest).\n";
    if (!p.isSet(noQualityOpt)) {
        if (const int rc
            = runQuality(p.value(qualityOpt), p.value(packOpt), p.value(dirOpt), p.isSet(qualityDetailsOpt)))
            return rc;
    }
    for (const QString &s : p.value(sizesOpt).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 size = s.trimmed().toLongLong(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "bad size %s\n", qPrintable(s));
            return 2;
        }
        const QString m = p.value(modeOpt);
        const BuildMode mode = m == QLatin1String("store") ? BuildMode::Store
            : m == QLatin1String("store-deferred")         ? BuildMode::StoreDeferred
            : m == QLatin1String("live")                   ? BuildMode::Live
            : m == QLatin1String("chunked")                ? BuildMode::DeferredPerChunk
                                                           : BuildMode::DeferredAtEnd;
        if (const int rc = runSize(size, p.value(dirOpt), std::max(1, p.value(repsOpt).toInt()), p.isSet(keepOpt),
                p.isSet(reuseOpt), mode))
            return rc;
    }
    return 0;
}
