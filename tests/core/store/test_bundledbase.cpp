// SPDX-License-Identifier: GPL-3.0-or-later
// The default knowledge base is built from the shipped pack on first run, reused while the pack is the
// same, rebuilt when it changes, and a file the program did not make is never replaced.
#include <core/store/bundledbase.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace tkb;

class TestBundledBase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("talysh-kb-test-bundled"));
        const QString path = BundledBase::defaultPath();
        for (const QString &s : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + s);
    }

    void buildsOnFirstRunAndReuses()
    {
        StoreError err;
        QVERIFY(!QFile::exists(BundledBase::defaultPath()));
        {
            auto kb = BundledBase::open(KnowledgeBase::OpenMode::ReadOnly, &err);
            QVERIFY2(kb, qPrintable(err.message));
            QCOMPARE(kb->name(QStringLiteral("person/alikram-hummatov")), QStringLiteral("Alikram Hummatov"));
            QCOMPARE(kb->meta(QStringLiteral("pack_sha256")), BundledBase::packDigest());
            QVERIFY(kb->check().ok);
        }
        const QDateTime built = QFileInfo(BundledBase::defaultPath()).lastModified();
        QTest::qWait(1100);
        {
            auto kb = BundledBase::open(KnowledgeBase::OpenMode::ReadOnly, &err);
            QVERIFY(kb);
        }
        QCOMPARE(QFileInfo(BundledBase::defaultPath()).lastModified(), built);
    }

    void rebuildsWhenThePackChanges()
    {
        StoreError err;
        {
            auto kb = KnowledgeBase::open(BundledBase::defaultPath(), KnowledgeBase::OpenMode::ReadWrite, &err);
            QVERIFY(kb);
            QVERIFY(kb->setMeta(QStringLiteral("pack_sha256"), QStringLiteral("an older pack"), &err));
            QVERIFY(kb->removeEntity(QStringLiteral("person/alikram-hummatov"), &err));
        }
        auto kb = BundledBase::open(KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QCOMPARE(kb->meta(QStringLiteral("pack_sha256")), BundledBase::packDigest());
        QVERIFY(kb->contains(QStringLiteral("person/alikram-hummatov")));
    }

    void neverReplacesAUsersFile()
    {
        StoreError err;
        const QString path = BundledBase::defaultPath();
        for (const QString &s : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + s);
        {
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY(kb);
            Entity e;
            e.id = QStringLiteral("topic/mine");
            e.kind = EntityKind::Topic;
            e.name = QStringLiteral("My own notes");
            QVERIFY(kb->upsertEntity(e, &err));
        }
        auto kb = BundledBase::open(KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY(kb);
        QVERIFY(kb->contains(QStringLiteral("topic/mine")));
        QVERIFY(!kb->contains(QStringLiteral("person/alikram-hummatov")));
    }
};

QTEST_GUILESS_MAIN(TestBundledBase)
#include "test_bundledbase.moc"
