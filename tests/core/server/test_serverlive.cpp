// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates on a PostgreSQL server, against a throwaway cluster this test starts: a commit by one client reaches
// another client's ChangeNotifier at once, through the event loop and no timer; a client hears nothing of its own
// writes, nor of a write that was refused or rolled back; a change set is one notification however much it changed;
// a file is not live. A push that fails midway leaves the database without a row of it.
#include <core/import/importrun.h>
#include <core/server/serverschema.h>
#include <core/store/changenotifier.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/writetransaction_p.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "testcluster.h"

using namespace tkb;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");

bool editSummary(KnowledgeBase &kb, const QString &id, const QString &summary, StoreError *err)
{
    const auto before = kb.document(id);
    auto after = before;
    after->entity.summary = summary;
    return kb.commit({}, { DocumentChange { id, QStringLiteral("edit"), {}, before, after } }, err);
}

} // namespace

class TestServerLive : public QObject
{
    Q_OBJECT
    tkbtest::TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_url;

    // Lets the event loop run for ms, so anything on its way has arrived.
    static void settle(int ms = 300) { QTest::qWait(ms); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("live"), &why), qPrintable(why));
        m_url = m_cluster.url(QStringLiteral("live"));
        StoreError err;
        auto kb = KnowledgeBase::open(m_url, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
    }

    void anotherClientsCommitArrivesAtOnce()
    {
        StoreError err;
        auto writer = KnowledgeBase::open(m_url, KnowledgeBase::OpenMode::ReadWrite, &err);
        auto reader = KnowledgeBase::open(m_url, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(writer && reader, qPrintable(err.message));
        ChangeNotifier heard(*reader);
        ChangeNotifier own(*writer);
        QVERIFY(heard.isLive());
        QVERIFY(own.isLive());
        // A second notifier on one connection listens too (one LISTEN for both).
        ChangeNotifier again(*reader);
        QVERIFY(again.isLive());
        QSignalSpy heardSpy(&heard, &ChangeNotifier::changed);
        QSignalSpy againSpy(&again, &ChangeNotifier::changed);
        QSignalSpy ownSpy(&own, &ChangeNotifier::changed);

        QList<qint64> latencies;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY2(
                editSummary(*writer, hummatov, QStringLiteral("Live edit %1.").arg(i), &err), qPrintable(err.message));
            // Waits on the event loop alone: the notification comes in on the reader's socket.
            QVERIFY(heardSpy.wait(5000));
            latencies << t.elapsed();
            QCOMPARE(heardSpy.size(), i + 1);
            QCOMPARE(reader->entity(hummatov)->summary, QStringLiteral("Live edit %1.").arg(i));
        }
        std::sort(latencies.begin(), latencies.end());
        qInfo("commit to notification: median %lld ms, slowest %lld ms", latencies[2], latencies.last());
        QVERIFY2(latencies.last() < 2000, qPrintable(QString::number(latencies.last())));
        settle();
        QCOMPARE(againSpy.size(), heardSpy.size());
        // A client hears nothing of its own writes.
        QCOMPARE(ownSpy.size(), 0);

        // The other way round, and a change set of several entities is one notification.
        const auto a = reader->document(hummatov);
        const auto b = reader->document(QStringLiteral("organization/tnm"));
        auto a2 = a;
        auto b2 = b;
        a2->entity.summary = QStringLiteral("Both at once.");
        b2->entity.summary = QStringLiteral("Both at once.");
        QVERIFY2(reader->commit({},
                     { DocumentChange { hummatov, QStringLiteral("edit"), {}, a, a2 },
                         DocumentChange { b->entity.id, QStringLiteral("edit"), {}, b, b2 } },
                     &err),
            qPrintable(err.message));
        QVERIFY(ownSpy.wait(5000));
        settle();
        QCOMPARE(ownSpy.size(), 1);
        QCOMPARE(heardSpy.size(), 5); // the reader's own commit
    }

    void nothingIsToldOfWhatWasNotWritten()
    {
        StoreError err;
        auto writer = KnowledgeBase::open(m_url, KnowledgeBase::OpenMode::ReadWrite, &err);
        auto reader = KnowledgeBase::open(m_url, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(writer && reader, qPrintable(err.message));
        ChangeNotifier heard(*reader);
        QSignalSpy spy(&heard, &ChangeNotifier::changed);

        // A stale edit is refused: nothing written, nothing said.
        const auto stale = writer->document(hummatov);
        QVERIFY2(editSummary(*reader, hummatov, QStringLiteral("Newer."), &err), qPrintable(err.message));
        auto after = stale;
        after->entity.summary = QStringLiteral("On an old copy.");
        QVERIFY(!writer->commit({}, { DocumentChange { hummatov, QStringLiteral("edit"), {}, stale, after } }, &err));
        QCOMPARE(err.code, StoreError::Code::Invalid);
        // A write rolled back, and a transaction that changed nothing.
        {
            WriteTransaction t(connection(*writer));
            QVERIFY(t.begin());
            QVERIFY(QSqlQuery(connection(*writer)).exec(QStringLiteral("UPDATE entity SET summary = 'gone'")));
        }
        {
            WriteTransaction t(connection(*writer));
            QVERIFY(t.begin());
            QVERIFY(t.commit());
        }
        settle(500);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(reader->entity(hummatov)->summary, QStringLiteral("Newer."));
    }

    void aFileIsNotLive()
    {
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("file.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY(!ChangeNotifier(*kb).isLive());
    }

    void aFailedImportLeavesNoRow()
    {
        // The server refuses the import's last write, the pack's name (as a full disk or a lost connection might): the
        // sources, entities, relations, history and type-ahead keys written before it in the same import go with it.
        QString why;
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("halfway"), &why), qPrintable(why));
        const QString url = m_cluster.url(QStringLiteral("halfway"));
        StoreError err;
        QVERIFY2(KnowledgeBase::open(url, KnowledgeBase::OpenMode::CreateOrOpen, &err), qPrintable(err.message));
        QVERIFY(m_cluster.psql(QStringLiteral("halfway"),
            QStringLiteral("ALTER TABLE meta ADD CONSTRAINT refused CHECK (key <> 'pack_id')")));
        QFile pack(QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"));
        QVERIFY(pack.open(QIODevice::ReadOnly));
        const ImportRun::Result r = ImportRun::importData(
            pack.readAll(), QStringLiteral("pack.json"), url, KnowledgeBase::OpenMode::ReadWrite);
        QVERIFY(!r.ok());
        QCOMPARE(r.status, ImportRun::Status::ImportFailed);
        QVERIFY2(r.error.contains(QLatin1String("refused")), qPrintable(r.error));
        QString rows;
        QVERIFY(m_cluster.psql(QStringLiteral("halfway"),
            QStringLiteral("SELECT (SELECT count(*) FROM entity) + (SELECT count(*) FROM source_document)"
                           " + (SELECT count(*) FROM changeset) + (SELECT count(*) FROM revision)"
                           " + (SELECT count(*) FROM search_name) + (SELECT count(*) FROM relation)"
                           " + (SELECT count(*) FROM meta WHERE key LIKE 'pack%')"),
            &rows));
        QCOMPARE(rows.trimmed(), QStringLiteral("0"));
        // Once the server takes it, the same import goes in whole.
        QVERIFY(m_cluster.psql(QStringLiteral("halfway"), QStringLiteral("ALTER TABLE meta DROP CONSTRAINT refused")));
        QFile again(pack.fileName());
        QVERIFY(again.open(QIODevice::ReadOnly));
        const ImportRun::Result ok = ImportRun::importData(
            again.readAll(), QStringLiteral("pack.json"), url, KnowledgeBase::OpenMode::ReadWrite);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QVERIFY(ok.base->contains(hummatov));
        QCOMPARE(ok.base->meta(QStringLiteral("pack_id")), QStringLiteral("talysh-national-movement"));
        QVERIFY(ok.base->check().ok);
    }
};

QTEST_GUILESS_MAIN(TestServerLive)
#include "test_serverlive.moc"
