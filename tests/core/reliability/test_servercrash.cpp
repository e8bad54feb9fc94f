// SPDX-License-Identifier: GPL-3.0-or-later
// A client of a PostgreSQL server killed with SIGKILL in the middle of its writes loses nothing it committed: a
// worker applies change documents to a base on a throwaway cluster and is killed at random moments. After every
// kill the base passes check(), every change set the worker reported as committed is there with its revision and is
// found by its new alias, the one in flight is there whole or not at all, and the next client writes at once (the
// killed one's lock went with its connection). Then the same under load: eight clients editing and eight searching,
// each on its own connection, for a bounded time while the worker is killed again and again; afterwards every
// acknowledged change is there exactly once, each entity's revisions follow on one from another, no search failed,
// check() is clean on the server and on an offline copy pulled from it.
#include <core/export/packwriter.h>
#include <core/import/importrun.h>
#include <core/search/searchindex.h>
#include <core/search/searchquery.h>
#include <core/store/knowledgebase.h>

#include <QDeadlineTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "testcluster.h"
#include "workerprocess.h"
#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

using namespace tkb;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");

bool found(const KnowledgeBase &kb, const QString &word, const QString &id = hummatov)
{
    SearchQuery q;
    q.text = word;
    q.prefix = false;
    q.includeSections = false;
    for (const SearchHit &h : kb.search().search(q)) {
        if (h.id == id)
            return true;
    }
    return false;
}

quint32 seedFromEnvironment()
{
    const quint32 seed = qEnvironmentVariableIsSet("TKB_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("TKB_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    return seed;
}

/// A change an editor was told had been committed.
struct Ack
{
    QString id;
    qint64 changeset = 0;
    QString token; ///< in the summary it wrote, or the name of the entity it made
    bool created = false;
};

} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT
    tkbtest::TestCluster m_cluster;

    QString database(const QString &name)
    {
        QString why;
        if (!m_cluster.createDatabase(name, &why))
            qFatal("createdb %s: %s", qPrintable(name), qPrintable(why));
        StoreError err;
        auto kb = KnowledgeBase::open(m_cluster.url(name), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb || !kb->importPack(tkbtest::smallPack(), &err))
            qFatal("import: %s", qPrintable(err.message));
        return m_cluster.url(name);
    }

    // One round: the worker applies change sets from *next on, is killed, and a fresh client checks what it said.
    // *next becomes the first number not committed. alone: no other client writes, so the history holds the
    // worker's change sets only.
    void killRound(const QString &path, QRandomGenerator &rng, int *next, int *inFlightKills, bool alone)
    {
        WorkerProcess worker({ QStringLiteral("apply"), path, QString::number(*next) });
        QVERIFY(worker.started());
        QVERIFY2(!worker.waitForLine(QStringLiteral("ready"), 30000).isEmpty(), qPrintable(worker.transcript()));
        // A commit to a server takes a few round trips: longer rounds than the file's, so some land even on a busy
        // machine, and longer still when eight other writers queue for the write lock.
        worker.pump(alone ? 100 + int(rng.bounded(500)) : 300 + int(rng.bounded(900)));
        QVERIFY2(worker.kill(), qPrintable(QStringLiteral("the worker stopped:\n") + worker.transcript()));
        int committed = *next - 1;
        int begun = *next - 1;
        for (const QString &l : worker.lines()) {
            QVERIFY2(!l.startsWith(QLatin1String("error")), qPrintable(worker.transcript()));
            if (l.startsWith(QLatin1String("committed ")))
                committed = l.section(u' ', 1, 1).toInt();
            else if (l.startsWith(QLatin1String("begin ")))
                begun = l.section(u' ', 1, 1).toInt();
        }
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY(!kb->isReadOnly());
        const IntegrityReport report = kb->check();
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        for (int i = *next; i <= committed; ++i) {
            QVERIFY2(kb->contains(QStringLiteral("topic/applied-%1").arg(i)), qPrintable(QString::number(i)));
            QCOMPARE(kb->history(QStringLiteral("topic/applied-%1").arg(i)).size(), 1);
            QVERIFY(found(*kb, QStringLiteral("Crashalias%1").arg(i)));
        }
        // The change set in flight: whole (topic, alias and revisions) or not at all.
        if (begun > committed) {
            ++*inFlightKills;
            const bool topic = kb->contains(QStringLiteral("topic/applied-%1").arg(begun));
            QCOMPARE(found(*kb, QStringLiteral("Crashalias%1").arg(begun)), topic);
            QCOMPARE(kb->history(QStringLiteral("topic/applied-%1").arg(begun)).size(), topic ? 1 : 0);
            if (topic)
                committed = begun;
        }
        QVERIFY(!kb->contains(QStringLiteral("topic/applied-%1").arg(committed + 1)));
        if (alone)
            QCOMPARE(kb->allChanges().size(), qsizetype(committed + 1));
        *next = committed + 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
    }

    void killedClientsLoseNothing()
    {
        const QString path = database(QStringLiteral("crash"));
        QRandomGenerator rng(seedFromEnvironment());
        int next = 0, inFlightKills = 0;
        for (int round = 0; round < 8; ++round) {
            killRound(path, rng, &next, &inFlightKills, true);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(next > 4, qPrintable(QStringLiteral("only %1 change sets applied").arg(next)));
        qInfo("%d change sets applied, %d kills with one in flight", next, inFlightKills);
    }

    void underLoadNothingIsLostOrDoubled()
    {
        const QString path = database(QStringLiteral("load"));
        const quint32 seed = seedFromEnvironment();
        QRandomGenerator rng(seed);
        constexpr int editors = 8, searchers = 8;
        const int seconds
            = qEnvironmentVariableIsSet("TKB_LOAD_SECONDS") ? qEnvironmentVariableIntValue("TKB_LOAD_SECONDS") : 16;
        // Entities the editors share (the worker writes Hummatov and its own topics, so they leave those alone).
        const QStringList shared { QStringLiteral("person/fahraddin-abbaszadeh"), QStringLiteral("organization/tnm"),
            QStringLiteral("place/the-hague"), QStringLiteral("event/joined-unpo"), QStringLiteral("event/repression"),
            QStringLiteral("event/undated") };
        std::vector<QList<Ack>> acks(editors);
        std::atomic<bool> stop = false;
        std::atomic<int> stale = 0, searches = 0;
        QStringList failures;
        std::mutex failuresMutex;
        const auto failure = [&](const QString &what) {
            const std::lock_guard lock(failuresMutex);
            failures << what;
        };
        std::vector<std::thread> threads;
        for (int w = 0; w < editors; ++w) {
            threads.emplace_back([&, w] {
                StoreError e;
                auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &e);
                if (!kb)
                    return failure(e.message);
                QRandomGenerator mine(seed + quint32(w) + 1);
                for (int n = 0; !stop; ++n) {
                    Ack ack;
                    ack.token = QStringLiteral("Loadtopic%1x%2").arg(w).arg(n);
                    ChangeSetInfo info;
                    info.comment = ack.token;
                    DocumentChange change;
                    if (n % 5 == 4) { // now and then a new entity
                        EntityDocument fresh;
                        fresh.entity.id = QStringLiteral("topic/load-%1-%2").arg(w).arg(n);
                        fresh.entity.kind = EntityKind::Topic;
                        fresh.entity.name = ack.token;
                        change = DocumentChange { fresh.entity.id, QStringLiteral("create"), {}, std::nullopt, fresh };
                        ack.created = true;
                    } else {
                        const QString id = shared[mine.bounded(int(shared.size()))];
                        const auto before = kb->document(id);
                        auto after = before;
                        after->entity.summary = QStringLiteral("Edited under load: %1.").arg(ack.token);
                        change = DocumentChange { id, QStringLiteral("edit"), {}, before, after };
                    }
                    ack.id = change.id;
                    if (kb->commit(info, { change }, &e, &ack.changeset))
                        acks[size_t(w)] << ack;
                    else if (e.code == StoreError::Code::Invalid)
                        ++stale; // made on a copy another editor had just changed: refused whole
                    else
                        return failure(QStringLiteral("editor %1: %2").arg(w).arg(e.message));
                }
            });
        }
        for (int s = 0; s < searchers; ++s) {
            threads.emplace_back([&, s] {
                StoreError e;
                auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &e);
                if (!kb)
                    return failure(e.message);
                const QStringList spellings { QStringLiteral("Hummatov"), QStringLiteral("Гумматов"),
                    QStringLiteral("Hümmətov") };
                for (int n = 0; !stop; ++n) {
                    const QString word = spellings[(n + s) % spellings.size()];
                    if (!found(*kb, word))
                        return failure(QStringLiteral("searcher %1: %2 not found (found again at once: %3)")
                                .arg(s)
                                .arg(word)
                                .arg(found(*kb, word)));
                    const QList<Suggestion> suggestions = kb->search().suggest(word.left(4));
                    if (std::none_of(suggestions.begin(), suggestions.end(),
                            [](const Suggestion &g) { return g.id == hummatov; }))
                        return failure(QStringLiteral("searcher %1: no suggestion for %2").arg(s).arg(word.left(4)));
                    ++searches;
                }
            });
        }
        // Meanwhile a ninth writer, a child process, is killed mid-write again and again.
        int next = 0, inFlightKills = 0, rounds = 0;
        const QDeadlineTimer deadline { std::chrono::seconds(seconds) };
        while (!deadline.hasExpired() && !QTest::currentTestFailed()) {
            killRound(path, rng, &next, &inFlightKills, false);
            ++rounds;
        }
        stop = true;
        for (std::thread &t : threads)
            t.join();
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(kb, qPrintable(err.message));
        // Every acknowledged change is there once, in its own change set, with what it wrote.
        QHash<QString, int> perEntity;
        QSet<qint64> changesets;
        qsizetype total = 0;
        for (const QList<Ack> &list : acks) {
            for (const Ack &a : list) {
                ++total;
                ++perEntity[a.id];
                changesets.insert(a.changeset);
                const QList<Revision> revs = kb->revisionsOf(a.changeset);
                QVERIFY2(revs.size() == 1 && revs.first().entity == a.id, qPrintable(a.token));
                QVERIFY2(revs.first().after.contains(a.token), qPrintable(a.token));
                QCOMPARE(kb->changeSet(a.changeset)->comment, a.token);
                if (a.created)
                    QCOMPARE(kb->name(a.id), a.token);
            }
        }
        QCOMPARE(changesets.size(), total);
        QVERIFY2(total >= editors, qPrintable(QString::number(total)));
        // Each shared entity's history is the edits acknowledged for it, each beginning where the one before ended.
        for (const QString &id : shared) {
            const QList<Revision> history = kb->history(id);
            QCOMPARE(history.size(), qsizetype(perEntity.value(id)));
            for (qsizetype i = 1; i < history.size(); ++i)
                QCOMPARE(history[i].before, history[i - 1].after);
            if (!history.isEmpty())
                QCOMPARE(kb->document(id)->toText(), history.last().after);
        }
        // Nothing else was written: the editors' change sets and the worker's (the pack's import records none).
        QCOMPARE(kb->allChanges().size(), total + next);
        const IntegrityReport report = kb->check();
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        // New entities are found by their names.
        for (const QList<Ack> &list : acks) {
            for (const Ack &a : list) {
                if (a.created) {
                    QVERIFY2(found(*kb, a.token, a.id), qPrintable(a.token));
                    break;
                }
            }
        }
        // An offline copy pulled from the server is whole too.
        QTemporaryDir dir;
        const ImportRun::Result copy = ImportRun::importData(PackWriter::write(*kb), QStringLiteral("pack.json"),
            dir.filePath(QStringLiteral("copy.tkb")), KnowledgeBase::OpenMode::CreateOrOpen);
        QVERIFY2(copy.ok(), qPrintable(copy.error));
        const IntegrityReport copyReport = copy.base->check();
        QVERIFY2(copyReport.ok, qPrintable(copyReport.problems.join(u'\n')));
        QCOMPARE(copy.base->allChanges().size(), kb->allChanges().size());
        QCOMPARE(copy.base->history(shared.first()).size(), kb->history(shared.first()).size());
        QVERIFY(searches.load() > 0);
        QVERIFY2(rounds >= 3, qPrintable(QString::number(rounds)));
        qInfo("%d s: %lld edits acknowledged (%d stale ones refused), %d searches, %d worker change sets, %d kills "
              "(%d in flight)",
            seconds, qlonglong(total), stale.load(), searches.load(), next, rounds, inFlightKills);
    }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "test_servercrash.moc"
