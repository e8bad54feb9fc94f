// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a worker process imports, edits and removes entities and is killed with SIGKILL at random
// moments, again and again. After every kill the file must open, pass PRAGMA integrity_check and the FTS5
// integrity check, hold every change the worker reported as committed, and show the one write in flight at
// the kill either whole or not at all.
#include <core/import/articleimporter.h>
#include <core/search/searchindex.h>
#include <core/store/bulkload_p.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "workerprocess.h"

using namespace tkb;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QString seedArticle()
{
    return QStringLiteral(TALYSHKB_SEED_DIR "/talysh-national-movement.txt");
}

// What the file must hold, from the worker's own reports.
struct Model
{
    QHash<QString, QString> upserted; ///< person id -> summary of its last committed version
    QSet<QString> removed; ///< person ids whose last committed change removed them
    QStringList packEntities; ///< topics of committed packs (never edited or removed)
    bool article = false; ///< the seed article has been imported at least once
};

struct Pending
{
    QStringList words; ///< the "begin ..." line, split; empty when nothing was in flight
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_articleIds;

    static QStringList packIds(const QString &tag, int n)
    {
        QStringList ids;
        for (int j = 0; j < n; ++j)
            ids << QStringLiteral("topic/%1-e%2").arg(tag).arg(j);
        return ids;
    }

    // Applies the worker's transcript to the model; returns the write that was in flight at the kill.
    static Pending apply(const QStringList &lines, Model &m, int *commits)
    {
        Pending p;
        for (const QString &line : lines) {
            const QStringList w = line.split(u' ');
            if (w.first() == QLatin1String("begin")) {
                p.words = w;
            } else if (w.first() == QLatin1String("committed")) {
                ++*commits;
                p.words.clear();
                if (w.value(1) == QLatin1String("import")) {
                    m.packEntities << packIds(w.value(2), w.value(3).toInt());
                } else if (w.value(1) == QLatin1String("article")) {
                    m.article = true;
                } else if (w.value(1) == QLatin1String("upsert")) {
                    m.upserted[w.value(2)] = w.value(3);
                    m.removed.remove(w.value(2));
                } else if (w.value(1) == QLatin1String("remove")) {
                    m.upserted.remove(w.value(2));
                    m.removed.insert(w.value(2));
                }
            }
        }
        return p;
    }

    // Settles the in-flight write by looking at the file: it must be all there or not there at all.
    static bool resolve(
        const Pending &p, const KnowledgeBase &kb, Model &m, const QStringList &articleIds, QString *why)
    {
        if (p.words.isEmpty())
            return true;
        const QString op = p.words.value(1);
        if (op == QLatin1String("import") || op == QLatin1String("article")) {
            const QStringList ids
                = op == QLatin1String("import") ? packIds(p.words.value(2), p.words.value(3).toInt()) : articleIds;
            int present = 0;
            for (const QString &id : ids)
                present += kb.contains(id) ? 1 : 0;
            if (op == QLatin1String("article") && m.article)
                return true; // a re-import replaces rows that were already whole
            if (present != 0 && present != ids.size()) {
                *why = QStringLiteral("half an import survived the kill: %1 of %2 entities of %3")
                           .arg(present)
                           .arg(ids.size())
                           .arg(p.words.join(u' '));
                return false;
            }
            if (present != 0 && op == QLatin1String("import"))
                m.packEntities << ids;
            if (present != 0 && op == QLatin1String("article"))
                m.article = true;
        } else if (op == QLatin1String("upsert")) {
            const QString id = p.words.value(2);
            const auto e = kb.entity(id);
            const QString before = m.upserted.value(id);
            if (e && e->summary == p.words.value(3)) {
                m.upserted[id] = e->summary;
                m.removed.remove(id);
            } else if (!(e ? e->summary == before && m.upserted.contains(id) : !m.upserted.contains(id))) {
                *why = QStringLiteral("%1 is neither its committed version nor the one being written (%2)")
                           .arg(id, e ? e->summary : QStringLiteral("missing"));
                return false;
            }
        } else if (op == QLatin1String("remove")) {
            const QString id = p.words.value(2);
            if (!kb.contains(id)) {
                m.upserted.remove(id);
                m.removed.insert(id);
            }
        }
        return true;
    }

    static QString verify(const KnowledgeBase &kb, const Model &m, const QStringList &articleIds)
    {
        for (auto it = m.upserted.cbegin(); it != m.upserted.cend(); ++it) {
            const auto e = kb.entity(it.key());
            if (!e)
                return QStringLiteral("committed %1 is missing").arg(it.key());
            if (e->summary != it.value())
                return QStringLiteral("%1 has version %2, but %3 was committed").arg(it.key(), e->summary, it.value());
        }
        for (const QString &id : m.removed) {
            if (kb.contains(id))
                return QStringLiteral("removed %1 is back").arg(id);
        }
        for (const QString &id : m.packEntities) {
            if (!kb.contains(id))
                return QStringLiteral("committed import lost %1").arg(id);
        }
        if (m.article) {
            for (const QString &id : articleIds) {
                if (!kb.contains(id))
                    return QStringLiteral("the committed article lost %1").arg(id);
            }
        }
        // Nothing the worker did not report (or that was not resolved as in flight) may be there.
        QSet<QString> expected(m.packEntities.cbegin(), m.packEntities.cend());
        for (auto it = m.upserted.cbegin(); it != m.upserted.cend(); ++it)
            expected.insert(it.key());
        for (const EntityRef &r : kb.entities(std::nullopt)) {
            const bool ours = r.id.startsWith(QLatin1String("person/r")) || r.id.startsWith(QLatin1String("topic/r"));
            if (ours && !expected.contains(r.id))
                return QStringLiteral("%1 is there but was never committed").arg(r.id);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(WorkerProcess::program()), qPrintable(WorkerProcess::program()));
        ImportError ie;
        const auto article = ArticleImporter::parseFile(seedArticle(), &ie);
        QVERIFY2(article, qPrintable(ie.toString(seedArticle())));
        for (const Entity &e : article->entities)
            m_articleIds << e.id;
        QVERIFY(!m_articleIds.isEmpty());
    }

    void killedWritesLoseNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.tkb"));
        {
            StoreError err;
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY2(kb, qPrintable(err.message));
        }
        // A fixed seed makes a failure reproducible: TKB_CRASH_SEED=<seed from the log>.
        const quint32 seed = qEnvironmentVariableIsSet("TKB_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("TKB_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        Model model;
        int commits = 0, inFlight = 0, rounds = 0;
        QElapsedTimer clock;
        clock.start();
        // 30 rounds, but stop early (after at least 10) if a slow machine or a sanitizer build would take too long.
        for (; rounds < 30 && (rounds < 10 || clock.elapsed() < 40000); ++rounds) {
            WorkerProcess worker({ QStringLiteral("crash"), path, QString::number(rng.generate()),
                QString::number(rounds), seedArticle() });
            QVERIFY(worker.started());
            if (rng.bounded(6) == 0) {
                // Now and then kill it while it opens the file (WAL recovery), before it writes anything.
                worker.pump(rng.bounded(60));
            } else {
                QVERIFY2(
                    !worker.waitForLine(QStringLiteral("ready"), 30000).isEmpty(), qPrintable(worker.transcript()));
                worker.pump(20 + rng.bounded(400));
            }
            for (const QString &l : worker.lines())
                QVERIFY2(!l.startsWith(QLatin1String("error")), qPrintable(worker.transcript()));
            QVERIFY2(
                worker.kill(), qPrintable(QStringLiteral("the worker stopped by itself:\n") + worker.transcript()));

            const Pending pending = apply(worker.lines(), model, &commits);
            inFlight += pending.words.isEmpty() ? 0 : 1;
            // Alternate the mode of the reopen: a read-only reader must cope with a crashed writer's WAL too.
            const auto mode = rounds % 2 ? KnowledgeBase::OpenMode::ReadOnly : KnowledgeBase::OpenMode::ReadWrite;
            StoreError err;
            auto kb = KnowledgeBase::open(path, mode, &err);
            QVERIFY2(kb, qPrintable(QStringLiteral("round %1: %2").arg(rounds).arg(err.message)));
            const IntegrityReport report = kb->check();
            QVERIFY2(
                report.ok, qPrintable(QStringLiteral("round %1: %2").arg(rounds).arg(report.problems.join(u'\n'))));
            QVERIFY(report.checks.contains(QStringLiteral("integrity_check")));
            QVERIFY(report.checks.contains(QStringLiteral("fts5 integrity-check")));
            QString why;
            QVERIFY2(resolve(pending, *kb, model, m_articleIds, &why),
                qPrintable(QStringLiteral("round %1: %2").arg(rounds).arg(why)));
            why = verify(*kb, model, m_articleIds);
            QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(rounds).arg(why)));
        }
        qInfo("%d rounds, %d commits, %d kills inside a write, %lld ms", rounds, commits, inFlight,
            qint64(clock.elapsed()));
        // The test only proves something if the worker got work done and was often killed mid-write.
        QVERIFY2(
            commits >= rounds, qPrintable(QStringLiteral("only %1 commits in %2 rounds").arg(commits).arg(rounds)));
        QVERIFY2(inFlight >= rounds / 3,
            qPrintable(QStringLiteral("only %1 of %2 kills hit a write").arg(inFlight).arg(rounds)));
        QVERIFY(model.upserted.size() + model.removed.size() > 0);
        QVERIFY(!model.packEntities.isEmpty());
    }

    void hotJournalWaitsForAWriter()
    {
        // A file caught in the middle of a write made with a rollback journal (what a killed bulk load leaves
        // when the kill comes as pages reach the file): copied with its journal while a transaction is
        // spilling pages, it holds a "hot" journal. Read-only, it is refused with a message that says what to
        // do, and not changed; opened for writing, the unfinished write is undone and the base is whole.
        const QString path = m_dir.filePath(QStringLiteral("spill.tkb"));
        const QString copy = m_dir.filePath(QStringLiteral("spill-copy.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY2(kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        const qint64 entities = kb->count(std::nullopt);
        {
            BulkLoad load(connection(*kb));
            QString why;
            QVERIFY2(load.begin(false, &why), qPrintable(why));
            QSqlQuery q(connection(*kb));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size=10"))); // spill early: pages reach the file before COMMIT
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE entity SET body = body || printf('%.*c', 200000, 'x')")),
                qPrintable(q.lastError().text()));
            QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
            for (const QString &suffix : { QString(), QStringLiteral("-journal") })
                QVERIFY(QFile::copy(path + suffix, copy + suffix));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        kb.reset();

        const QByteArray bytes = digest(copy);
        QVERIFY(!KnowledgeBase::open(copy, KnowledgeBase::OpenMode::ReadOnly, &err));
        QCOMPARE(err.code, StoreError::Code::ReadOnly);
        QVERIFY2(err.message.contains(QLatin1String("Open it once for writing")), qPrintable(err.message));
        QCOMPARE(digest(copy), bytes);

        auto repaired = KnowledgeBase::open(copy, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(repaired, qPrintable(err.message));
        QCOMPARE(repaired->count(std::nullopt), entities);
        const IntegrityReport report = repaired->check();
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        repaired.reset();
        QVERIFY2(KnowledgeBase::open(copy, KnowledgeBase::OpenMode::ReadOnly, &err), qPrintable(err.message));
    }

    void killedBulkLoadLosesNothing()
    {
        // A bulk load on a file of its own writes through a rollback journal, not the write-ahead log. Killed
        // mid-write, it may leave a hot journal, which only a connection that may write can roll back: a
        // read-only open then refuses with a message that says what to do, and changes nothing. The next
        // read-write open rolls back the unfinished write, keeps every commit, finishes the load's indexing and
        // puts the log back.
        const QString path = m_dir.filePath(QStringLiteral("bulk.tkb"));
        StoreError err;
        {
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY2(kb, qPrintable(err.message));
            QVERIFY2(kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        }
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int hotJournals = 0, refusals = 0;
        // Six kills, and more (up to twenty) until one has come in the middle of a write.
        int round = 0;
        for (; round < 20 && (round < 6 || hotJournals == 0); ++round) {
            WorkerProcess worker({ QStringLiteral("bulk"), path, QString::number(round) });
            QVERIFY(worker.started());
            const QString journal = worker.waitForLine(QStringLiteral("journal"), 30000);
            QVERIFY2(journal == QLatin1String("journal delete"), qPrintable(worker.transcript()));
            worker.pump(50 + rng.bounded(400));
            QVERIFY2(worker.kill(), qPrintable(worker.transcript()));
            int committed = 0;
            for (const QString &l : worker.lines()) {
                QVERIFY2(!l.startsWith(QLatin1String("error")), qPrintable(worker.transcript()));
                if (l.startsWith(QLatin1String("committed")))
                    ++committed;
            }

            const bool hot = QFile::exists(path + QStringLiteral("-journal"));
            hotJournals += hot ? 1 : 0;
            bool readOnly = round % 2 == 0;
            if (readOnly && hot) {
                // A journal whose header reached the disk is hot; one cut off before that is ignored.
                const QByteArray bytes = digest(path);
                if (!KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err)) {
                    QCOMPARE(err.code, StoreError::Code::ReadOnly);
                    QVERIFY2(err.message.contains(QLatin1String("Open it once for writing")), qPrintable(err.message));
                    QCOMPARE(digest(path), bytes);
                    ++refusals;
                    readOnly = false;
                }
            }
            auto kb = KnowledgeBase::open(
                path, readOnly ? KnowledgeBase::OpenMode::ReadOnly : KnowledgeBase::OpenMode::ReadWrite, &err);
            QVERIFY2(kb, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(err.message)));
            QSqlQuery q(connection(*kb));
            QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();
            // Every committed pack is there, and the one being written when the kill came whole or not at all.
            int found = 0;
            for (const EntityRef &r : kb->entities(EntityKind::Person)) {
                if (r.id.startsWith(QStringLiteral("person/bulk-r%1-").arg(round)))
                    ++found;
            }
            QVERIFY2(found == 50 * committed || found == 50 * (committed + 1),
                qPrintable(QStringLiteral("round %1: %2 packs of 50 committed, %3 entities found")
                        .arg(round)
                        .arg(committed)
                        .arg(found)));
            if (readOnly)
                continue;
            const IntegrityReport report = kb->check();
            QVERIFY2(report.ok, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(report.problems.join(u'\n'))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            q.finish();
            if (committed > 0) {
                SearchQuery sq;
                sq.text = QStringLiteral("Балклоад Гумматов 0 1");
                sq.prefix = false;
                bool hit = false;
                for (const SearchHit &h : kb->search().search(sq))
                    hit = hit || h.id == QStringLiteral("person/bulk-r%1-0-1").arg(round);
                QVERIFY2(hit,
                    qPrintable(QStringLiteral("round %1: the first committed entity is not searchable").arg(round)));
            }
        }
        qInfo("%d of %d kills left a journal; %d read-only opens refused", hotJournals, round, refusals);
        QVERIFY2(hotJournals > 0, "no kill came in the middle of a write: the test proved nothing");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
