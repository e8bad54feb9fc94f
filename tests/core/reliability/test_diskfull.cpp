// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk: a write that does not fit fails with a clear StoreError and changes nothing; the base stays
// whole and readable with everything committed before, and writes work again once there is space. Three
// disks: a SQLite VFS with a quota (portable, in this process), a file size limit (setrlimit, in a worker
// process), and a real tiny tmpfs (only as root, in a private mount namespace).
#include <core/store/knowledgebase.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "quotavfs.h"
#include "workerprocess.h"
#include <unistd.h>

using namespace tkb;

namespace {

Entity bigEntity(const QString &id, int bytes)
{
    Entity e;
    e.id = id;
    e.kind = EntityKind::Topic;
    e.name = QStringLiteral("Big %1").arg(id);
    QString body;
    while (body.size() < bytes)
        body += QStringLiteral("Talysh Tolysh Talış Толыш autonomy movement %1. ").arg(body.size());
    e.body = body;
    return e;
}

// What the fill worker reported, line by line.
struct FillReport
{
    int committed = 0;
    int code = -1;
    QString message;
    int readCount = -1;
    bool smallCommitted = false;
    bool reopenedOk = false;
    int reopenedCount = -1;
    QString reopenedSummary;
    QStringList rest;
};

FillReport parseFill(const QStringList &lines)
{
    FillReport r;
    static const QRegularExpression full(QStringLiteral("^full (\\d+) (.*)$"));
    static const QRegularExpression read(QStringLiteral("^read (\\d+) "));
    static const QRegularExpression reopened(QStringLiteral("^reopened (ok|damaged) (\\d+) (.*)$"));
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1String("committed "))) {
            ++r.committed;
        } else if (const auto m = full.match(l); m.hasMatch()) {
            r.code = m.captured(1).toInt();
            r.message = m.captured(2);
        } else if (const auto m = read.match(l); m.hasMatch()) {
            r.readCount = m.captured(1).toInt();
        } else if (l == QLatin1String("small committed")) {
            r.smallCommitted = true;
        } else if (const auto m = reopened.match(l); m.hasMatch()) {
            r.reopenedOk = m.captured(1) == QLatin1String("ok");
            r.reopenedCount = m.captured(2).toInt();
            r.reopenedSummary = m.captured(3);
        } else {
            r.rest << l;
        }
    }
    return r;
}

// unshare's propagation for a mount at dir: "private" when the mount dir is on shares its mounts with another
// namespace (so ours cannot leak out); "unchanged" when it is private already, as in a chroot like the project's
// build root, where "/" is no mount point and unshare cannot change its propagation.
QString propagationFor(const QString &dir)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("private");
    QString best;
    bool shared = true;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 7)
            continue;
        const QString point = QString::fromUtf8(fields[4]);
        if ((dir == point || dir.startsWith(point == QLatin1String("/") ? point : point + u'/'))
            && point.size() >= best.size()) {
            best = point;
            shared = line.contains(" shared:");
        }
    }
    return shared ? QStringLiteral("private") : QStringLiteral("unchanged");
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The same promises whichever way the disk ran out, checked on the worker's report.
    void verifyFill(const FillReport &r, const QString &path, const QString &transcript, bool mustBeDiskFull)
    {
        QVERIFY2(r.code >= 0, qPrintable(transcript));
        if (mustBeDiskFull)
            QCOMPARE(StoreError::Code(r.code), StoreError::Code::DiskFull);
        else
            QVERIFY2(StoreError::Code(r.code) == StoreError::Code::DiskFull
                    || StoreError::Code(r.code) == StoreError::Code::Io,
                qPrintable(transcript));
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(path)), qPrintable(r.message)); // names the file
        QVERIFY2(r.message.contains(QStringLiteral("nothing was changed"))
                || r.message.contains(QStringLiteral("Could not read or write")),
            qPrintable(r.message));
        QVERIFY2(r.committed >= 1, qPrintable(transcript)); // the disk ran out part-way, not at once
        const int base = int(tkbtest::smallPack().entities.size()) + 1; // + the source document's entity
        QCOMPARE(r.readCount, base + r.committed); // readable while full
        QVERIFY2(r.reopenedOk, qPrintable(transcript));
        QCOMPARE(r.reopenedCount, base + r.committed); // every commit there, the refused write not
        QCOMPARE(r.reopenedSummary, r.smallCommitted ? QStringLiteral("a small edit on a full disk") : QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void quotaDiskRefusesWritesAndKeepsTheBase()
    {
        const QString path = m_dir.filePath(QStringLiteral("quota.tkb"));
        {
            StoreError err;
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        }
        const Entity big = bigEntity(QStringLiteral("topic/big"), 1 << 20);
        KnowledgePack pack;
        for (int i = 0; i < 20; ++i)
            pack.entities << bigEntity(QStringLiteral("topic/pack-%1").arg(i), 50000);
        {
            QuotaVfs disk(0);
            QVERIFY(disk.isRegistered());
            StoreError err;
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
            QVERIFY2(kb, qPrintable(err.message));
            QVERIFY(!kb->isReadOnly());

            QVERIFY(!kb->upsertEntity(big, &err));
            QVERIFY(disk.refusedWrites() > 0); // the quota really was what stopped it
            QCOMPARE(err.code, StoreError::Code::DiskFull);
            QVERIFY2(err.message.contains(QDir::toNativeSeparators(path)), qPrintable(err.message));
            QVERIFY2(err.message.contains(QStringLiteral("full"))
                    && err.message.contains(QStringLiteral("nothing was changed")),
                qPrintable(err.message));
            QVERIFY(!kb->contains(big.id));

            // A whole import does not fit either: none of it is stored.
            QVERIFY(!kb->importPack(pack, &err));
            QCOMPARE(err.code, StoreError::Code::DiskFull);
            QCOMPARE(kb->count(std::nullopt, QStringLiteral("Big topic/pack")), 0);

            // Reading goes on as before, and the file is whole.
            const auto pack0 = tkbtest::smallPack();
            QCOMPARE(*kb->entity(pack0.entities[0].id), pack0.entities[0]);
            IntegrityReport r = kb->check();
            QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));

            // Space freed: the same open base writes again, no restart needed.
            disk.setFreeBytes(qint64(64) << 20);
            QVERIFY2(kb->upsertEntity(big, &err), qPrintable(err.message));
            QVERIFY(kb->contains(big.id));
            kb.reset();
        }
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(kb, qPrintable(err.message));
        const IntegrityReport r = kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
        for (const Entity &e : tkbtest::smallPack().entities)
            QCOMPARE(*kb->entity(e.id), e);
        QCOMPARE(kb->entity(big.id)->body, big.body);
        QVERIFY(!kb->contains(QStringLiteral("topic/pack-0")));
    }

    void fileSizeLimitRefusesWritesAndKeepsTheBase()
    {
        const QString path = m_dir.filePath(QStringLiteral("rlimit.tkb"));
        WorkerProcess worker({ QStringLiteral("fill"), path, QStringLiteral("rlimit"), QString::number(2 << 20) });
        QVERIFY(worker.started());
        QVERIFY2(worker.finish(120000) == 0, qPrintable(worker.transcript()));
        verifyFill(parseFill(worker.lines()), path, worker.transcript(), false);
    }

    void tinyFileSystemRefusesWritesAndKeepsTheBase()
    {
        if (geteuid() != 0)
            QSKIP("mounting a tmpfs needs root (the build root runs the tests as root)");
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("no unshare(1)");
        const QString mnt = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mnt));
        const QString path = mnt + QStringLiteral("/base.tkb");
        // A private mount namespace: the tmpfs vanishes with the worker, whatever happens to it.
        WorkerProcess worker(unshare,
            { QStringLiteral("--mount"), QStringLiteral("--propagation"), propagationFor(mnt), QStringLiteral("sh"),
                QStringLiteral("-c"),
                QStringLiteral("mount -t tmpfs -o size=3m tkb-full \"$0\" && exec \"$1\" fill \"$0/base.tkb\" disk"),
                mnt, WorkerProcess::program() });
        QVERIFY(worker.started());
        const int rc = worker.finish(120000);
        if (rc != 0 && worker.lines().isEmpty() && worker.errorOutput().contains(QStringLiteral("mount")))
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") + worker.errorOutput()));
        QVERIFY2(rc == 0, qPrintable(worker.transcript()));
        const FillReport r = parseFill(worker.lines());
        verifyFill(r, path, worker.transcript(), true);
        // With not one byte left, the base still opens and reads, and a write says clearly why it cannot be made.
        const QString opened = r.rest.filter(QRegularExpression(QStringLiteral("^exhausted (opened|error)"))).value(0);
        QVERIFY2(opened.startsWith(QLatin1String("exhausted opened")), qPrintable(worker.transcript()));
        QVERIFY2(opened.endsWith(QLatin1String("Alikram Hummatov")), qPrintable(opened));
        const QString write = r.rest.filter(QRegularExpression(QStringLiteral("^exhausted write"))).value(0);
        QVERIFY2(!write.isEmpty(), qPrintable(worker.transcript()));
        if (write.startsWith(QLatin1String("exhausted write refused"))) {
            QVERIFY2(write.contains(path), qPrintable(write));
        }
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_diskfull.moc"
