// SPDX-License-Identifier: GPL-3.0-or-later
// Another process on the same file: while it holds the write lock our reads go on, our write waits the busy
// timeout and then fails with Code::Locked and a clear message, leaving nothing half-written; a short lock is
// simply waited out; a killed lock holder leaves no stale lock; and two processes writing at once lose nothing.
#include <core/store/knowledgebase.h>

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "workerprocess.h"

using namespace tkb;

class TestConcurrentAccess : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb || !kb->importPack(tkbtest::smallPack(), &err))
            qFatal("cannot make a test base: %s", qPrintable(err.message));
        return path;
    }

    static Entity edited(const KnowledgeBase &kb, const QString &summary)
    {
        Entity e = *kb.entity(QStringLiteral("place/the-hague"));
        e.summary = summary;
        return e;
    }

    static QString workerMeta(const QString &path)
    {
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        return kb ? kb->meta(QStringLiteral("worker")) : QStringLiteral("cannot open: ") + err.message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(WorkerProcess::program()), qPrintable(WorkerProcess::program()));
    }

    void heldLockFailsClearlyAfterTheBusyTimeout()
    {
        const QString path = freshBase(QStringLiteral("held.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        WorkerProcess holder({ QStringLiteral("lock"), path, QStringLiteral("60000"), QStringLiteral("immediate") });
        QVERIFY2(!holder.waitForLine(QStringLiteral("locked"), 30000).isEmpty(), qPrintable(holder.transcript()));

        // Readers are not blocked by a writer (WAL).
        QCOMPARE(kb->name(QStringLiteral("person/alikram-hummatov")), QStringLiteral("Alikram Hummatov"));
        QCOMPARE(kb->count(std::nullopt), 8);

        QElapsedTimer t;
        t.start();
        QVERIFY(!kb->upsertEntity(edited(*kb, QStringLiteral("never stored")), &err));
        const qint64 waited = t.elapsed();
        QCOMPARE(err.code, StoreError::Code::Locked);
        QVERIFY2(waited >= 4500, qPrintable(QStringLiteral("gave up after %1 ms instead of waiting").arg(waited)));
        QVERIFY2(err.message.contains(QDir::toNativeSeparators(path))
                && err.message.contains(QStringLiteral("another program")),
            qPrintable(err.message));

        // A whole import is refused the same way, and nothing of it is stored.
        KnowledgePack pack;
        Entity e;
        e.id = QStringLiteral("topic/while-locked");
        e.kind = EntityKind::Topic;
        e.name = QStringLiteral("While locked");
        pack.entities << e;
        QVERIFY(!kb->importPack(pack, &err));
        QCOMPARE(err.code, StoreError::Code::Locked);
        QVERIFY(!kb->contains(e.id));
        QVERIFY(kb->entity(QStringLiteral("place/the-hague"))->summary.isEmpty());

        // Once the other program is gone, writing works on the same open base.
        QVERIFY(holder.kill());
        QVERIFY2(kb->upsertEntity(edited(*kb, QStringLiteral("after the lock")), &err), qPrintable(err.message));
        QVERIFY2(kb->importPack(pack, &err), qPrintable(err.message));
        QCOMPARE(kb->entity(QStringLiteral("place/the-hague"))->summary, QStringLiteral("after the lock"));
        const IntegrityReport r = kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
    }

    void shortLockIsWaitedOutAndBothWritesKept()
    {
        const QString path = freshBase(QStringLiteral("short.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        WorkerProcess holder({ QStringLiteral("lock"), path, QStringLiteral("1500"), QStringLiteral("immediate"),
            QStringLiteral("from the worker") });
        QVERIFY2(!holder.waitForLine(QStringLiteral("locked"), 30000).isEmpty(), qPrintable(holder.transcript()));
        QElapsedTimer t;
        t.start();
        QVERIFY2(kb->upsertEntity(edited(*kb, QStringLiteral("from the test")), &err), qPrintable(err.message));
        QVERIFY2(t.elapsed() >= 500, "the write did not wait for the lock holder");
        QVERIFY2(holder.finish(30000) == 0, qPrintable(holder.transcript()));
        QVERIFY(holder.lines().contains(QStringLiteral("committed")));
        // Neither write lost the other.
        QCOMPARE(kb->meta(QStringLiteral("worker")), QStringLiteral("from the worker"));
        QCOMPARE(kb->entity(QStringLiteral("place/the-hague"))->summary, QStringLiteral("from the test"));
    }

    void killedLockHolderLeavesNoStaleLock()
    {
        const QString path = freshBase(QStringLiteral("stale.tkb"));
        {
            WorkerProcess holder({ QStringLiteral("lock"), path, QStringLiteral("60000"), QStringLiteral("immediate"),
                QStringLiteral("never committed") });
            QVERIFY2(!holder.waitForLine(QStringLiteral("locked"), 30000).isEmpty(), qPrintable(holder.transcript()));
            QVERIFY(holder.kill());
        }
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QElapsedTimer t;
        t.start();
        QVERIFY2(kb->upsertEntity(edited(*kb, QStringLiteral("no stale lock")), &err), qPrintable(err.message));
        QVERIFY2(t.elapsed() < 2000, "waited for a lock whose holder is dead");
        QVERIFY(kb->meta(QStringLiteral("worker")).isEmpty()); // its uncommitted write is gone
        const IntegrityReport r = kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
    }

    void exclusivelyLockedFileGivesAClearError()
    {
        const QString path = freshBase(QStringLiteral("exclusive.tkb"));
        WorkerProcess holder({ QStringLiteral("lock"), path, QStringLiteral("60000"), QStringLiteral("exclusive") });
        QVERIFY2(!holder.waitForLine(QStringLiteral("locked"), 30000).isEmpty(), qPrintable(holder.transcript()));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        // Not even a reader gets in while another program holds an exclusive lock: say so, do not crash or hang.
        QVERIFY(!kb);
        QCOMPARE(err.code, StoreError::Code::Locked);
        QVERIFY2(err.message.contains(QDir::toNativeSeparators(path))
                && err.message.contains(QStringLiteral("another program")),
            qPrintable(err.message));
        QVERIFY(holder.kill());
        kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY(kb->check().ok);
    }

    void twoWritersAtOnceLoseNothing()
    {
        const QString path = freshBase(QStringLiteral("two.tkb"));
        const int each = 40;
        WorkerProcess a({ QStringLiteral("edit"), path, QStringLiteral("wa"), QString::number(each) });
        WorkerProcess b({ QStringLiteral("edit"), path, QStringLiteral("wb"), QString::number(each) });
        // And this process edits too, in between.
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        for (int i = 0; i < 20; ++i) {
            QVERIFY2(kb->upsertEntity(edited(*kb, QStringLiteral("test %1").arg(i)), &err), qPrintable(err.message));
            a.pump(5);
            b.pump(5);
        }
        QVERIFY2(a.finish(120000) == 0, qPrintable(a.transcript()));
        QVERIFY2(b.finish(120000) == 0, qPrintable(b.transcript()));
        QCOMPARE(a.lines().filter(QStringLiteral("committed ")).size(), each);
        QCOMPARE(b.lines().filter(QStringLiteral("committed ")).size(), each);
        for (const QString &prefix : { QStringLiteral("wa"), QStringLiteral("wb") }) {
            for (int i = 0; i < each; ++i)
                QVERIFY2(kb->contains(QStringLiteral("person/%1-%2").arg(prefix).arg(i)),
                    qPrintable(prefix + QString::number(i)));
        }
        QCOMPARE(kb->count(EntityKind::Person), 2 + 2 * each);
        QCOMPARE(kb->entity(QStringLiteral("place/the-hague"))->summary, QStringLiteral("test 19"));
        const IntegrityReport r = kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
        QCOMPARE(workerMeta(path), QString());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentAccess)
#include "test_concurrentaccess.moc"
