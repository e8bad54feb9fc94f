// SPDX-License-Identifier: GPL-3.0-or-later
// Applying change sets survives SIGKILL: a worker applies change documents one after another and is killed at
// random moments, many times. After every kill the file passes PRAGMA integrity_check and the FTS5 check, every
// change set the worker reported as committed is there with its revisions and is found by search, and the one in
// flight is there whole or not at all.
#include <core/search/searchindex.h>
#include <core/search/searchquery.h>
#include <core/store/knowledgebase.h>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
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

class TestApplyCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAppliesLoseNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("apply.tkb"));
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
        for (int round = 0; round < 15; ++round) {
            WorkerProcess worker({ QStringLiteral("apply"), path, QString::number(next) });
            QVERIFY(worker.started());
            QVERIFY2(!worker.waitForLine(QStringLiteral("ready"), 30000).isEmpty(), qPrintable(worker.transcript()));
            worker.pump(20 + int(rng.bounded(300)));
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
        QVERIFY2(next > 15, qPrintable(QStringLiteral("only %1 change sets applied").arg(next)));
        qInfo("%d change sets applied, %d kills with one in flight", next, inFlightKills);
    }
};

QTEST_GUILESS_MAIN(TestApplyCrash)
#include "test_applycrash.moc"
