// SPDX-License-Identifier: GPL-3.0-or-later
// The one write-transaction guard: what is not committed is rolled back when the guard goes, a commit keeps it,
// a nested begin fails without ending the outer transaction, a second writer is told the file is locked, and a
// read-only base is refused before SQLite is asked.
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

namespace {

QString meta(const KnowledgeBase &kb, const QString &key)
{
    QSqlQuery q(connection(kb));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool put(const KnowledgeBase &kb, const QString &key, const QString &value)
{
    QSqlQuery q(connection(kb));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace

class TestWriteTransaction : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        m_kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("tx.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
    }

    void rollsBackWhenItGoesUncommitted()
    {
        {
            WriteTransaction t(connection(*m_kb));
            QString why;
            QVERIFY2(t.begin(&why), qPrintable(why));
            QVERIFY(t.isActive());
            QVERIFY(WriteTransaction::isOpenOn(connection(*m_kb)));
            QVERIFY(put(*m_kb, QStringLiteral("guard"), QStringLiteral("lost")));
            QCOMPARE(meta(*m_kb, QStringLiteral("guard")), QStringLiteral("lost"));
        }
        QVERIFY(!WriteTransaction::isOpenOn(connection(*m_kb)));
        QVERIFY(meta(*m_kb, QStringLiteral("guard")).isEmpty());
    }

    void commitKeepsTheWrite()
    {
        const SqlErrorMapper errors(m_kb->path(), false);
        StoreError err;
        {
            WriteTransaction t(connection(*m_kb));
            QVERIFY2(t.begin(errors, &err), qPrintable(err.message));
            QVERIFY(put(*m_kb, QStringLiteral("guard"), QStringLiteral("kept")));
            QVERIFY2(t.commit(errors, &err), qPrintable(err.message));
            QVERIFY(!t.isActive());
        }
        QCOMPARE(meta(*m_kb, QStringLiteral("guard")), QStringLiteral("kept"));
    }

    void nestedBeginFails()
    {
        WriteTransaction outer(connection(*m_kb));
        QVERIFY(outer.begin());
        WriteTransaction inner(connection(*m_kb));
        QString why;
        QVERIFY(!inner.begin(&why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!inner.isActive());
        QVERIFY(outer.isActive()); // the failed inner guard does not end the outer transaction
        QVERIFY(WriteTransaction::isOpenOn(connection(*m_kb)));
    }

    void secondWriterIsLocked()
    {
        StoreError err;
        auto other = KnowledgeBase::open(m_kb->path(), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(other, qPrintable(err.message));
        QSqlQuery(connection(*other)).exec(QStringLiteral("PRAGMA busy_timeout=50"));
        WriteTransaction first(connection(*m_kb));
        QVERIFY(first.begin());
        const SqlErrorMapper errors(other->path(), false);
        WriteTransaction second(connection(*other));
        QVERIFY(!second.begin(errors, &err));
        QCOMPARE(err.code, StoreError::Code::Locked);
    }

    void readOnlyIsRefused()
    {
        StoreError err;
        auto reader = KnowledgeBase::open(m_kb->path(), KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(reader, qPrintable(err.message));
        const SqlErrorMapper errors(reader->path(), true);
        WriteTransaction t(connection(*reader));
        QVERIFY(!t.begin(errors, &err));
        QCOMPARE(err.code, StoreError::Code::ReadOnly);
        QVERIFY2(
            err.message.contains(QLatin1String("is open read-only; nothing was changed.")), qPrintable(err.message));
        QVERIFY(!WriteTransaction::isOpenOn(connection(*reader)));
    }

    void cleanupTestCase() { m_kb.reset(); }
};

QTEST_GUILESS_MAIN(TestWriteTransaction)
#include "test_writetransaction.moc"
