// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk loads: a large import is searchable and listed in order when it returns, a failed one changes
// nothing, and one that died half-way is finished at the next open (indexes back, queued rows indexed).
#include <core/search/searchindex.h>
#include <core/store/bulkload_p.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"

using namespace tkb;

namespace {

// Enough entities to take importPack's bulk path, each with a Latin name and a Cyrillic alias.
KnowledgePack largePack(int count, const QString &prefix)
{
    static const QStringList latin { QStringLiteral("Hummatov"), QStringLiteral("Abbaszadeh"),
        QStringLiteral("Mammadov"), QStringLiteral("Aliyev") };
    static const QStringList cyrillic { QStringLiteral("Гумматов"), QStringLiteral("Аббасзаде"),
        QStringLiteral("Мамедов"), QStringLiteral("Алиев") };
    KnowledgePack pack;
    for (int i = 0; i < count; ++i) {
        Entity e;
        e.kind = EntityKind::Person;
        e.id = QStringLiteral("person/%1-%2").arg(prefix.toLower()).arg(i);
        e.name = QStringLiteral("%1 %2 %3").arg(prefix).arg(i).arg(latin[i % 4]);
        e.aliases = { Alias { QStringLiteral("%1 %2 %3").arg(prefix).arg(i).arg(cyrillic[i % 4]), QStringLiteral("ru"),
            QStringLiteral("Cyrl") } };
        e.summary = QStringLiteral("A member of the movement, number %1.").arg(i);
        pack.entities.append(e);
    }
    return pack;
}

QStringList entityIndexes(const KnowledgeBase &kb)
{
    QSqlQuery q(connection(kb));
    q.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type='index' AND tbl_name='entity' AND sql IS NOT NULL ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

qint64 scalar(const KnowledgeBase &kb, const QString &sql)
{
    QSqlQuery q(connection(kb));
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString text(const KnowledgeBase &kb, const QString &sql)
{
    QSqlQuery q(connection(kb));
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

bool finds(const KnowledgeBase &kb, const QString &text, const QString &id)
{
    SearchQuery query;
    query.text = text;
    query.prefix = false;
    for (const SearchHit &hit : kb.search().search(query))
        if (hit.id == id)
            return true;
    return false;
}

// What every finished bulk load leaves behind: the list indexes back, nothing queued or pending, a file that
// passes the check, and the connection's settings as they were before.
void verifySettled(const KnowledgeBase &kb, const QStringList &indexes, qint64 cacheSize)
{
    QCOMPARE(entityIndexes(kb), indexes);
    QCOMPARE(scalar(kb, QStringLiteral("SELECT count(*) FROM search_queue")), 0);
    QCOMPARE(
        scalar(kb,
            QStringLiteral("SELECT count(*) FROM meta WHERE key='%1'").arg(QLatin1String(BulkLoad::pendingIndexesKey))),
        0);
    const IntegrityReport report = kb.check();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    QCOMPARE(scalar(kb, QStringLiteral("PRAGMA synchronous")), 2);
    QCOMPARE(scalar(kb, QStringLiteral("PRAGMA cache_size")), cacheSize);
    QCOMPARE(text(kb, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestBulkLoad : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_indexes; // the entity table's indexes in a new base

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("plain.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        m_indexes = entityIndexes(*kb);
        QVERIFY(m_indexes.size() >= 3); // the list orders; a bulk load must give every one of them back
    }

    void largeImportIsSearchableAndListed()
    {
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("large.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        const qint64 cacheSize = scalar(*kb, QStringLiteral("PRAGMA cache_size"));
        const KnowledgePack pack = largePack(1500, QStringLiteral("Bulk"));
        QVERIFY2(kb->importPack(pack, &err), qPrintable(err.message));

        QCOMPARE(kb->count(EntityKind::Person), 1500);
        verifySettled(*kb, m_indexes, cacheSize);
        if (QTest::currentTestFailed())
            return;
        // In name order, through the rebuilt index.
        const auto first = kb->entities(EntityKind::Person, {}, 0, 3);
        QCOMPARE(first.size(), 3);
        QCOMPARE(first[0].name, QStringLiteral("Bulk 0 Hummatov"));
        QCOMPARE(first[1].name, QStringLiteral("Bulk 1 Abbaszadeh"));
        QCOMPARE(first[2].name, QStringLiteral("Bulk 10 Mammadov"));
        // Found by the name and by the alias in another script.
        QVERIFY(finds(*kb, QStringLiteral("Bulk 1234 Hummatov"), QStringLiteral("person/bulk-1234"))
            == false); // 1234 % 4 == 2
        QVERIFY(finds(*kb, QStringLiteral("Bulk 1234 Mammadov"), QStringLiteral("person/bulk-1234")));
        QVERIFY(finds(*kb, QStringLiteral("Bulk 1233 Аббасзаде"), QStringLiteral("person/bulk-1233")));

        // A second import, smaller than what is stored, keeps the indexes and is searchable too.
        QVERIFY2(kb->importPack(largePack(600, QStringLiteral("More")), &err), qPrintable(err.message));
        QCOMPARE(kb->count(EntityKind::Person), 2100);
        verifySettled(*kb, m_indexes, cacheSize);
        QVERIFY(finds(*kb, QStringLiteral("More 599 Гумматов"), QStringLiteral("person/more-599"))
            == false); // 599 % 4 == 3
        QVERIFY(finds(*kb, QStringLiteral("More 599 Алиев"), QStringLiteral("person/more-599")));
    }

    void rollbackJournalOnlyWhenAlone()
    {
        // Begun outside a transaction on a file no one else has open, a bulk load writes through a rollback
        // journal (each page once) and puts the write-ahead log back when it ends.
        const QString path = m_dir.filePath(QStringLiteral("alone.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        const qint64 cacheSize = scalar(*kb, QStringLiteral("PRAGMA cache_size"));
        QCOMPARE(text(*kb, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        // A load of count entities named prefix, written one transaction each as an editor would, and finished.
        auto load = [&](int count, const QString &prefix, const QString &journalDuringLoad) {
            BulkLoad bulk(connection(*kb));
            QString why;
            QVERIFY2(bulk.begin(true, &why), qPrintable(why));
            QCOMPARE(text(*kb, QStringLiteral("PRAGMA journal_mode")), journalDuringLoad);
            QCOMPARE(
                scalar(*kb, QStringLiteral("PRAGMA synchronous")), journalDuringLoad == QLatin1String("wal") ? 1 : 2);
            for (const Entity &e : largePack(count, prefix).entities)
                QVERIFY2(kb->upsertEntity(e, &err), qPrintable(err.message));
            QSqlQuery q(connection(*kb));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY2(bulk.finish(&why), qPrintable(why));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        };
        load(40, QStringLiteral("Alone"), QStringLiteral("delete")); // synchronous=FULL: as safe as the log
        if (QTest::currentTestFailed())
            return;
        verifySettled(*kb, m_indexes, cacheSize);
        QVERIFY(finds(*kb, QStringLiteral("Alone 17 Аббасзаде"), QStringLiteral("person/alone-17")));

        // With a second connection on the file the log stays, and that reader sees the load when it is done.
        auto reader = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(reader, qPrintable(err.message));
        load(30, QStringLiteral("Shared"), QStringLiteral("wal"));
        if (QTest::currentTestFailed())
            return;
        verifySettled(*kb, m_indexes, cacheSize);
        QVERIFY(finds(*reader, QStringLiteral("Shared 21 Abbaszadeh"), QStringLiteral("person/shared-21")));
    }

    void failedLargeImportChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("failed.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY2(kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        const qint64 cacheSize = scalar(*kb, QStringLiteral("PRAGMA cache_size"));
        const qint64 before = kb->count(std::nullopt);
        const QString someone = kb->entities(EntityKind::Person, {}, 0, 1).value(0).id;
        QVERIFY(!someone.isEmpty());

        KnowledgePack pack = largePack(1500, QStringLiteral("Doomed"));
        Relation dangling;
        dangling.subject = QStringLiteral("person/doomed-1");
        dangling.predicate = QStringLiteral("member-of");
        dangling.object = QStringLiteral("organization/nowhere");
        pack.relations.append(dangling);
        QVERIFY(!kb->importPack(pack, &err));
        QCOMPARE(err.code, StoreError::Code::Invalid);
        QVERIFY2(err.message.contains(QLatin1String("organization/nowhere")), qPrintable(err.message));

        QCOMPARE(kb->count(std::nullopt), before);
        verifySettled(*kb, m_indexes, cacheSize);
        QVERIFY(!finds(*kb, QStringLiteral("Doomed 7 Aliyev"), QStringLiteral("person/doomed-7")));
    }

    void interruptedBulkLoadIsFinishedAtNextOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("interrupted.tkb"));
        StoreError err;
        {
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY2(kb, qPrintable(err.message));
            QVERIFY2(kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
            BulkLoad bulk(connection(*kb));
            QString why;
            QVERIFY2(bulk.begin(true, &why), qPrintable(why));
            QVERIFY(entityIndexes(*kb).isEmpty());
            // Committed while deferred, and then the process "dies": finish() never runs.
            const KnowledgePack pack = largePack(40, QStringLiteral("Orphan"));
            for (const Entity &e : pack.entities)
                QVERIFY2(kb->upsertEntity(e, &err), qPrintable(err.message));
            QCOMPARE(scalar(*kb, QStringLiteral("SELECT count(*) FROM search_queue")), 40);
            QVERIFY(!finds(*kb, QStringLiteral("Orphan 17 Abbaszadeh"), QStringLiteral("person/orphan-17")));
        }
        {
            // Read-only: left as it is, and says so.
            const QByteArray bytes = digest(path);
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
            QVERIFY2(kb, qPrintable(err.message));
            QVERIFY(entityIndexes(*kb).isEmpty());
            QVERIFY(!kb->check().ok);
            kb.reset();
            QCOMPARE(digest(path), bytes);
        }
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        verifySettled(*kb, m_indexes, scalar(*kb, QStringLiteral("PRAGMA cache_size")));
        QVERIFY(finds(*kb, QStringLiteral("Orphan 17 Abbaszadeh"), QStringLiteral("person/orphan-17")));
        QVERIFY(finds(*kb, QStringLiteral("Orphan 17 Аббасзаде"), QStringLiteral("person/orphan-17")));
    }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "test_bulkload.moc"
