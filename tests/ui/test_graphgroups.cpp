// SPDX-License-Identifier: GPL-3.0-or-later
// The graph of an entity with hundreds of relations: one node per kind of relation with its count (the counts add
// up to its relations), a group opened and paged through by keyboard, and an entity in it opened.
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/graph/graphnodeitem.h>
#include <ui/graph/graphpage.h>

#include <QDir>
#include <QGraphicsView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

class TestGraphGroups : public QObject
{
    Q_OBJECT
    static constexpr int members = 260;
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    const QString m_hub = QStringLiteral("organization/hub");

    static int currentIndex(const GraphPage &page)
    {
        const QList<GraphNodeItem *> nodes = page.nodes();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (nodes[i]->isCurrent())
                return int(i);
        }
        return -1;
    }

    static int count(const GraphPage &page, GraphNodeItem::Look look)
    {
        int n = 0;
        for (GraphNodeItem *node : page.nodes())
            n += node->look() == look ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        KnowledgePack pack;
        Entity hub;
        hub.id = m_hub;
        hub.kind = EntityKind::Organization;
        hub.name = QStringLiteral("The Hub");
        pack.entities.append(hub);
        for (int i = 0; i < members; ++i) {
            Entity p;
            p.id = QStringLiteral("person/m%1").arg(i, 4, 10, QLatin1Char('0'));
            p.kind = EntityKind::Person;
            p.name = QStringLiteral("Member %1").arg(i, 4, 10, QLatin1Char('0'));
            pack.entities.append(p);
            // Most are members, a few founded it, one heads it; one member-of is claimed twice (two sources).
            const QString predicate = i < 4 ? QStringLiteral("founded")
                : i == 4                    ? QStringLiteral("heads")
                                            : QStringLiteral("member-of");
            pack.relations.append(Relation { p.id, predicate, m_hub });
            if (i == 10)
                pack.relations.append(Relation { p.id, predicate, m_hub });
        }
        for (int i = 0; i < 3; ++i) {
            Entity place;
            place.id = QStringLiteral("place/p%1").arg(i);
            place.kind = EntityKind::Place;
            place.name = QStringLiteral("Place %1").arg(i);
            pack.entities.append(place);
            pack.relations.append(Relation { m_hub, QStringLiteral("based-in"), place.id });
        }
        StoreError err;
        m_kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("hub.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
        QVERIFY2(m_kb->importPack(pack, &err), qPrintable(err.message));
    }

    void groupsAddUpToTheRelations()
    {
        GraphPage page(m_kb.get(), m_hub);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isGrouped());
        // Distinct neighbours per kind of relation, read independently from the relations.
        QSet<QString> links;
        for (const Relation &r : m_kb->relations(m_hub))
            links.insert(
                r.predicate + (r.subject == m_hub ? QStringLiteral(">") + r.object : QStringLiteral("<") + r.subject));
        QCOMPARE(links.size(), members + 3);
        int sum = 0;
        for (const NeighbourQuery::Group &g : page.groups())
            sum += g.count;
        QCOMPARE(sum, links.size());
        QCOMPARE(page.groups().size(), 4); // based-in; founded, heads, member-of (as read from the hub)
        // One node per group besides the centre, and no entity drawn before a group is opened.
        QCOMPARE(count(page, GraphNodeItem::Look::Group), 4);
        QCOMPARE(page.nodes().size(), 5);
        for (const NeighbourQuery::Group &g : page.groups()) {
            if (g.predicate == QLatin1String("member-of"))
                QCOMPARE(g.count, members - 5);
        }
    }

    void openAGroupByKeyboard()
    {
        GraphPage page(m_kb.get(), m_hub);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QGraphicsView *view = page.view();
        view->setFocus();
        // Arrows to the members' group, Enter opens it: a page of its entities and "show more".
        int guard = 0;
        while (guard++ < 10) {
            QTest::keyClick(view, Qt::Key_Right);
            const int at = currentIndex(page);
            QVERIFY(at >= 0);
            if (page.nodes()[at]->look() == GraphNodeItem::Look::Group
                && page.nodes()[at]->name().contains(QStringLiteral("member")))
                break;
        }
        const int groupAt = currentIndex(page);
        QVERIFY(page.nodes()[groupAt]->name().contains(QLocale().toString(members - 5)));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(count(page, GraphNodeItem::Look::Entity), 1 + GraphPage::pageSize);
        QCOMPARE(count(page, GraphNodeItem::Look::More), 1);
        QCOMPARE(currentIndex(page), groupAt); // the keyboard stays on the group
        // No two nodes overlap.
        const QList<GraphNodeItem *> nodes = page.nodes();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            for (qsizetype j = i + 1; j < nodes.size(); ++j)
                QVERIFY(!nodes[i]->sceneBoundingRect().intersects(nodes[j]->sceneBoundingRect()));
        }
        // Down to "show more", Enter: another page, the keyboard on its first entity.
        int moreAt = -1;
        for (qsizetype i = 0; i < nodes.size(); ++i)
            moreAt = nodes[i]->look() == GraphNodeItem::Look::More ? int(i) : moreAt;
        while (currentIndex(page) != moreAt)
            QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(count(page, GraphNodeItem::Look::Entity), 1 + 2 * GraphPage::pageSize);
        const int first = currentIndex(page);
        QCOMPARE(first, moreAt);
        GraphNodeItem *entity = page.nodes()[first];
        QCOMPARE(entity->look(), GraphNodeItem::Look::Entity);
        QVERIFY(entity->id().startsWith(QStringLiteral("person/")));
        QCOMPARE(page.currentEntityId(), entity->id());
        // Enter on an entity opens it.
        QSignalSpy spy(&page, &TabPage::linkActivated);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toUrl(), KbAddress::entity(entity->id()));
        // Back on the group, Enter closes it again.
        while (currentIndex(page) != groupAt)
            QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(page.nodes().size(), 5);
        if (const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::keyClick(view, Qt::Key_Return);
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("graph-hub.png"))));
        }
    }

    void fewRelationsAreNotGrouped()
    {
        GraphPage page(m_kb.get(), QStringLiteral("person/m0000"));
        QVERIFY(!page.isGrouped());
        QCOMPARE(page.nodes().size(), 2);
    }
};

QTEST_MAIN(TestGraphGroups)
#include "test_graphgroups.moc"
