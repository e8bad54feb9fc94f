// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged files, in every open mode: truncated at many points, pages zeroed, wrong magic, a broken header, a newer
// schema, another program's database, random bytes flipped, a garbage WAL or shared-memory file beside a good
// base. Each either opens whole (when SQLite can prove nothing committed is lost) or is refused with a clear
// message naming the file; none crashes, and none is ever written to.
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"

using namespace tkb;

namespace {

constexpr int pageSize = 4096;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

using Code = StoreError::Code;

} // namespace

class TestDamagedFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pristine;
    QByteArray m_bytes;
    int m_entities = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // A base of some size, so there are pages of every kind (tables, indexes, overflow, FTS) to damage.
        m_pristine = m_dir.filePath(QStringLiteral("pristine.tkb"));
        StoreError err;
        {
            auto kb = KnowledgeBase::open(m_pristine, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
            KnowledgePack more;
            for (int i = 0; i < 60; ++i) {
                Entity e;
                e.id = QStringLiteral("topic/filler-%1").arg(i);
                e.kind = EntityKind::Topic;
                e.name = QStringLiteral("Filler %1 Talysh").arg(i);
                e.body = QStringLiteral("Talysh Tolysh Hümmətov Гумматов autonomy %1. ").arg(i).repeated(40 + i * 10);
                more.entities << e;
            }
            QVERIFY2(kb->importPack(more, &err), qPrintable(err.message));
            m_entities = int(kb->count(std::nullopt));
        }
        // Closing the last connection checkpointed the WAL into the file: the file alone is the base.
        QVERIFY(!QFile::exists(m_pristine + QStringLiteral("-wal")));
        m_bytes = readAll(m_pristine);
        QVERIFY(m_bytes.size() > 40 * pageSize);
        QCOMPARE(m_bytes.size() % pageSize, 0);
    }

    void damagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<int>>("codes"); // what the refusal may say; empty: it may also open
        const QByteArray good = m_bytes;
        const int pages = int(good.size() / pageSize);
        const QList<int> damaged { int(Code::Damaged), int(Code::NotADatabase) };

        auto zeroPages = [&](int from, int count) {
            QByteArray b = good;
            b.replace(from * pageSize, count * pageSize, QByteArray(count * pageSize, '\0'));
            return b;
        };
        QTest::newRow("all pages but the first zeroed") << zeroPages(1, pages - 1) << damaged;
        QTest::newRow("page 2 zeroed") << zeroPages(1, 1) << damaged;
        // One page elsewhere may hold nothing SQLite can check (a free page, the end of an overflow chain): the
        // file may open, but must not crash or be written.
        QTest::newRow("a middle page zeroed") << zeroPages(pages / 2, 1) << QList<int> {};
        QTest::newRow("the last page zeroed") << zeroPages(pages - 1, 1) << QList<int> {};
        QTest::newRow("every other page zeroed") << [&] {
            QByteArray b = good;
            for (int p = 1; p < pages; p += 2)
                b.replace(p * pageSize, pageSize, QByteArray(pageSize, '\0'));
            return b;
        }() << damaged;
        QTest::newRow("first page zeroed") << zeroPages(0, 1) << QList<int> { int(Code::NotADatabase) };
        QTest::newRow("schema page body zeroed") << [&] {
            QByteArray b = good;
            b.replace(100, pageSize - 100, QByteArray(pageSize - 100, '\0'));
            return b;
        }() << damaged;
        for (int keep : { 1, 2, pages / 4, pages / 2, pages - 1 })
            QTest::addRow("truncated to %d of %d pages", keep, pages) << good.left(keep * pageSize) << damaged;
        QTest::newRow("truncated mid-page") << good.left(good.size() - pageSize / 2) << damaged;
        QTest::newRow("truncated to the header") << good.left(100) << damaged;
        QTest::newRow("truncated inside the header") << good.left(50) << QList<int> { int(Code::NotADatabase) };
        QTest::newRow("wrong magic") << QByteArray("SQLite format 2\0", 16) + good.mid(16)
                                     << QList<int> { int(Code::NotADatabase) };
        QTest::newRow("magic of another format")
            << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 16) + good.mid(16) << QList<int> { int(Code::NotADatabase) };
        QTest::newRow("impossible page size") << [&] {
            QByteArray b = good;
            b[16] = char(0x12);
            b[17] = char(0x34);
            return b;
        }() << damaged;
        QTest::newRow("newer schema") << [&] {
            QByteArray b = good;
            b[60 + 3] = char(KnowledgeBase::schemaVersion + 7); // PRAGMA user_version, big-endian at offset 60
            return b;
        }() << QList<int> { int(Code::NewerSchema) };
        QTest::newRow("another program's file") << [&] {
            QByteArray b = good;
            b.replace(68, 4, QByteArray("\0\0\0\x2a", 4)); // PRAGMA application_id at offset 68
            return b;
        }() << QList<int> { int(Code::NotADatabase) };
        // Bytes flipped at random: some land in text (which SQLite cannot notice), some in structure. Opening
        // may succeed or be refused, but must never crash or write.
        QRandomGenerator rng(20240611);
        for (int n : { 1, 8, 64, 512 }) {
            QByteArray b = good;
            for (int i = 0; i < n; ++i)
                b[int(100 + rng.bounded(int(b.size() - 100)))] ^= char(1 + rng.bounded(255));
            QTest::addRow("%d random bytes flipped", n) << b << QList<int> {};
        }
    }
    void damagedFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, codes);
        const QString path = m_dir.filePath(QStringLiteral("damaged.tkb"));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        QVERIFY(writeAll(path, bytes));
        const QByteArray before = digest(path);
        for (auto mode : { KnowledgeBase::OpenMode::ReadOnly, KnowledgeBase::OpenMode::ReadWrite,
                 KnowledgeBase::OpenMode::CreateOrOpen }) {
            StoreError err;
            auto kb = KnowledgeBase::open(path, mode, &err);
            if (kb) {
                QVERIFY2(codes.isEmpty(), "a damaged file opened as if it were fine");
                // Opened: whatever it holds can be read and checked without a crash.
                kb->entities(std::nullopt);
                kb->events();
                kb->sources();
                kb->check();
                SearchQuery q;
                q.text = QStringLiteral("Talysh");
                kb->search().search(q);
            } else {
                QVERIFY(err.isError());
                if (!codes.isEmpty())
                    QVERIFY2(codes.contains(int(err.code)),
                        qPrintable(QStringLiteral("code %1: %2").arg(int(err.code)).arg(err.message)));
                QVERIFY2(err.message.contains(QDir::toNativeSeparators(path)), qPrintable(err.message));
                if (err.code == Code::Damaged || err.code == Code::NewerSchema)
                    QVERIFY2(err.message.contains(QStringLiteral("not changed")), qPrintable(err.message));
            }
            kb.reset();
            QCOMPARE(digest(path), before); // never written, not even by a refused or a read-only open
        }
    }

    // The window opens a file with a cheap check and runs the full one on a worker: whatever the cheap check lets
    // through, the full check finds, and nothing is written before it has passed, nor after it has failed.
    void deferredCheckHoldsWritesUntilPassed_data() { damagedFilesAreRefusedUntouched_data(); }
    void deferredCheckHoldsWritesUntilPassed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<int>, codes);
        const QString path = m_dir.filePath(QStringLiteral("deferred.tkb"));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        QVERIFY(writeAll(path, bytes));
        const QByteArray before = digest(path);
        StoreError err;
        auto kb = KnowledgeBase::open(
            path, KnowledgeBase::OpenMode::ReadWrite, &err, KnowledgeBase::Verification::Deferred);
        if (!kb) {
            QVERIFY(err.isError());
            if (!codes.isEmpty())
                QVERIFY2(codes.contains(int(err.code)), qPrintable(err.message));
            QVERIFY2(err.message.contains(QDir::toNativeSeparators(path)), qPrintable(err.message));
            QCOMPARE(digest(path), before);
            return;
        }
        Entity e;
        e.id = QStringLiteral("topic/written-too-early");
        e.kind = EntityKind::Topic;
        e.name = QStringLiteral("Too early");
        if (!kb->isVerified()) {
            QVERIFY(!kb->upsertEntity(e, &err));
            QCOMPARE(err.code, Code::Unverified);
            const IntegrityReport report = kb->checkFile();
            if (!codes.isEmpty())
                QVERIFY2(!report.ok, "the full check missed damage that a full open refuses");
            kb->setVerified(report);
            if (!report.ok) {
                QVERIFY(!kb->upsertEntity(e, &err));
                QCOMPARE(err.code, Code::Damaged);
                QVERIFY2(err.message.contains(QDir::toNativeSeparators(path)), qPrintable(err.message));
            }
        }
        kb.reset();
        QCOMPARE(digest(path), before);
    }

    void deferredCheckOfASoundFileLetsWritesThrough()
    {
        const QString path = m_dir.filePath(QStringLiteral("sound.tkb"));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        QVERIFY(writeAll(path, m_bytes));
        StoreError err;
        auto kb = KnowledgeBase::open(
            path, KnowledgeBase::OpenMode::ReadWrite, &err, KnowledgeBase::Verification::Deferred);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY(!kb->isVerified());
        QCOMPARE(kb->count(std::nullopt), m_entities); // readable at once
        Entity e;
        e.id = QStringLiteral("topic/after-the-check");
        e.kind = EntityKind::Topic;
        e.name = QStringLiteral("After the check");
        QVERIFY(!kb->upsertEntity(e, &err));
        QCOMPARE(err.code, Code::Unverified);
        QVERIFY2(err.message.contains(QStringLiteral("being checked")), qPrintable(err.message));
        QVERIFY(!kb->contains(e.id));
        const IntegrityReport report = kb->checkFile();
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        kb->setVerified(report);
        QVERIFY(kb->isVerified());
        QVERIFY2(kb->upsertEntity(e, &err), qPrintable(err.message));
        QVERIFY(kb->contains(e.id));
        // A full open is verified from the start.
        kb.reset();
        kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY(kb && kb->isVerified());
    }

    void garbageWalAndShmAreIgnored_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("wal") << QStringLiteral("-wal");
        QTest::newRow("shm") << QStringLiteral("-shm");
    }
    void garbageWalAndShmAreIgnored()
    {
        // A stray -wal or -shm (from a copy, a crash, another machine) holds no valid frame of this base: SQLite's
        // checksums reject it and the base opens with everything in it.
        QFETCH(QString, suffix);
        const QString path = m_dir.filePath(QStringLiteral("sidecar.tkb"));
        for (const QString &s : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + s);
        QVERIFY(writeAll(path, m_bytes));
        QByteArray junk(64 * 1024, '\0');
        QRandomGenerator rng(7);
        for (char &c : junk)
            c = char(rng.bounded(256));
        QVERIFY(writeAll(path + suffix, junk));
        for (auto mode : { KnowledgeBase::OpenMode::ReadOnly, KnowledgeBase::OpenMode::ReadWrite }) {
            StoreError err;
            auto kb = KnowledgeBase::open(path, mode, &err);
            QVERIFY2(kb, qPrintable(err.message));
            QCOMPARE(kb->count(std::nullopt), m_entities);
            QCOMPARE(kb->entity(QStringLiteral("person/alikram-hummatov"))->name, QStringLiteral("Alikram Hummatov"));
            const IntegrityReport r = kb->check();
            QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
        }
        QCOMPARE(readAll(path), m_bytes);
    }

    void directoryAndSpecialPathsAreRefused()
    {
        StoreError err;
        QVERIFY(!KnowledgeBase::open(m_dir.path(), KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(err.code, Code::NotADatabase);
        QVERIFY(!KnowledgeBase::open(QStringLiteral("/dev/null"), KnowledgeBase::OpenMode::ReadWrite, &err));
        QVERIFY(err.isError());
        QVERIFY(!err.message.isEmpty());
        QVERIFY(!KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("missing/none.tkb")), KnowledgeBase::OpenMode::ReadOnly, &err));
        QCOMPARE(err.code, Code::NotFound);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "test_damagedfiles.moc"
