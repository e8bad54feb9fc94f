// SPDX-License-Identifier: GPL-3.0-or-later
// A client of a PostgreSQL server killed with SIGKILL in the middle of its writes loses nothing it committed: a
// worker applies change documents to a base on a throwaway cluster and is killed at random moments. After every
// kill the base passes check(), every change set the worker reported as committed is there with its revision and is
// found by its new alias, the one in flight is there whole or not at all, and the next client writes at once (the
// killed one's lock went with its connection).
#include <core/search/searchindex.h>
#include <core/search/searchquery.h>
#include <core/store/knowledgebase.h>

#include <QRandomGenerator>
#include <QTest>

#include "../testpack.h"
#include "testcluster.h"
#include "workerprocess.h"

using namespace tkb;

namespace {

bool found(const KnowledgeBase &kb, const QString &word)
{
    SearchQuery q;
    q.text = word;
    q.prefix = false;
    q.includeSections = false;
    for (const SearchHit &h : kb.search().search(q)) {
        if (h.id == QLatin1String("person/alikram-hummatov"))
            return true;
    }
    return false;
}

} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedClientsLoseNothing()
    {
        tkbtest::TestCluster cluster;
        QString why;
        QVERIFY2(cluster.start(&why) && cluster.createDatabase(QStringLiteral("crash"), &why), qPrintable(why));
        const QString path = cluster.url(QStringLiteral("crash"));
        {
            StoreError err;
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY(kb && kb->importPack(tkbtest::smallPack(), &err));
        }
        const quint32 seed = qEnvironmentVariableIsSet("TKB_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("TKB_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        int next = 0, inFlightKills = 0;
        for (int round = 0; round < 8; ++round) {
            WorkerProcess worker({ QStringLiteral("apply"), path, QString::number(next) });
            QVERIFY(worker.started());
            QVERIFY2(!worker.waitForLine(QStringLiteral("ready"), 30000).isEmpty(), qPrintable(worker.transcript()));
            // A commit to a server takes a few round trips: longer rounds than the file's, so some land even on a busy
            // machine.
            worker.pump(100 + int(rng.bounded(500)));
            QVERIFY2(worker.kill(), qPrintable(QStringLiteral("the worker stopped:\n") + worker.transcript()));
            int committed = next - 1;
            int begun = next - 1;
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
            for (int i = next; i <= committed; ++i) {
                QVERIFY2(kb->contains(QStringLiteral("topic/applied-%1").arg(i)), qPrintable(QString::number(i)));
                QCOMPARE(kb->history(QStringLiteral("topic/applied-%1").arg(i)).size(), 1);
                QVERIFY(found(*kb, QStringLiteral("Crashalias%1").arg(i)));
            }
            // The change set in flight: whole (topic, alias and revisions) or not at all.
            if (begun > committed) {
                ++inFlightKills;
                const bool topic = kb->contains(QStringLiteral("topic/applied-%1").arg(begun));
                QCOMPARE(found(*kb, QStringLiteral("Crashalias%1").arg(begun)), topic);
                QCOMPARE(kb->history(QStringLiteral("topic/applied-%1").arg(begun)).size(), topic ? 1 : 0);
                if (topic)
                    committed = begun;
            }
            QVERIFY(!kb->contains(QStringLiteral("topic/applied-%1").arg(committed + 1)));
            QCOMPARE(kb->allChanges().size(), qsizetype(committed + 1));
            next = committed + 1;
        }
        QVERIFY2(next > 4, qPrintable(QStringLiteral("only %1 change sets applied").arg(next)));
        qInfo("%d change sets applied, %d kills with one in flight", next, inFlightKills);
    }
};

QTEST_GUILESS_MAIN(TestServerCrash)
#include "test_servercrash.moc"
