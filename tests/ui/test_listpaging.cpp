// SPDX-License-Identifier: GPL-3.0-or-later
// The list page on a base of 20,000 people: the model loads page by page as the view needs rows, never the
// whole base, in either name order, and the filter counts in the store.
#include <core/store/knowledgebase.h>
#include <ui/pages/entitylistmodel.h>
#include <ui/pages/listpage.h>

#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

class TestListPaging : public QObject
{
    Q_OBJECT
    static constexpr int count = 20000;
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        KnowledgePack pack;
        pack.id = QStringLiteral("synthetic");
        pack.title = QStringLiteral("Synthetic");
        for (int i = 0; i < count; ++i) {
            Entity e;
            e.id = QStringLiteral("person/p%1").arg(i, 5, 10, QLatin1Char('0'));
            e.kind = EntityKind::Person;
            e.name = QStringLiteral("Person %1").arg(i, 5, 10, QLatin1Char('0'));
            e.summary = QStringLiteral("Synthetic person number %1.").arg(i);
            pack.entities.append(e);
        }
        StoreError err;
        m_kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("big.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
        QVERIFY2(m_kb->importPack(pack, &err), qPrintable(err.message));
    }

    void modelFetchesPageByPage()
    {
        EntityListModel model(m_kb.get(), EntityKind::Person);
        QCOMPARE(model.totalCount(), count);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), EntityListModel::pageSize);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Person 00000"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * EntityListModel::pageSize);
        QCOMPARE(model.index(EntityListModel::pageSize, 0).data().toString(),
            QStringLiteral("Person %1").arg(EntityListModel::pageSize, 5, 10, QLatin1Char('0')));

        model.sort(EntityListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * EntityListModel::pageSize);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Person 19999"));
        QCOMPARE(model.index(EntityListModel::pageSize, 0).data().toString(),
            QStringLiteral("Person %1").arg(count - 1 - EntityListModel::pageSize));

        // The filter counts in the store; only the one page of matches is fetched.
        model.setFilter(QStringLiteral("1234"));
        QCOMPARE(model.totalCount(), 12); // 01234, 11234 and 12340..12349
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!model.canFetchMore({}));
    }

    void viewLoadsOnlyWhatItShows()
    {
        ListPage page(m_kb.get(), EntityKind::Person);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(100);
        EntityListModel *model = page.model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY2(model->rowCount() <= 2 * EntityListModel::pageSize, qPrintable(QString::number(model->rowCount())));
        // Scrolling to the end of what is loaded asks for the next page, and only that.
        const int before = model->rowCount();
        page.view()->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > before);
        QVERIFY(model->rowCount() <= before + 2 * EntityListModel::pageSize);
        QVERIFY(model->rowCount() < count / 10);
    }
};

QTEST_MAIN(TestListPaging)
#include "test_listpaging.moc"
