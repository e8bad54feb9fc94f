// SPDX-License-Identifier: GPL-3.0-or-later
// The program by keys alone and as assistive technology sees it, on a real knowledge base (built from the shipped
// pack): a tour that searches, opens a result, follows a link with Tab and Enter, switches tabs, moves through the
// graph and the timeline with the arrows and opens what it lands on, and uses both table alternatives; then the
// accessible names, roles, descriptions, actions and focus events of graph nodes, timeline events and tables.
#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/accessibility/entitytable.h>
#include <ui/accessibility/tableswitch.h>
#include <ui/graph/graphnodeitem.h>
#include <ui/graph/graphpage.h>
#include <ui/graph/graphtable.h>
#include <ui/language/languagemanager.h>
#include <ui/pages/linkbrowser.h>
#include <ui/search/searchbar.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/tabwidget.h>
#include <ui/timeline/timelinepage.h>
#include <ui/timeline/timelineview.h>

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QGraphicsView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace tkb;

namespace {

QUrl kb(const QString &path)
{
    return QUrl(QStringLiteral("kb:") + path);
}

/// A key as a user presses it: to whatever has the focus.
void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : window, Qt::Key(key), modifiers);
}

/// The link the keyboard is on in a page, if any.
QString focusedLink(QTextBrowser *browser)
{
    const QTextCursor c = browser->textCursor();
    return c.hasSelection() && c.charFormat().isAnchor() ? c.charFormat().anchorHref() : QString();
}

/// Tabs through the page's links until the one to href is reached; false if the links ran out first.
bool tabToLink(QWidget *window, QTextBrowser *browser, const QString &href)
{
    for (int i = 0; i < 400 && browser->hasFocus(); ++i) {
        press(window, Qt::Key_Tab);
        if (focusedLink(browser) == href)
            return true;
    }
    return false;
}

/// With TALYSHKB_SCREENSHOTS set to a folder, a picture of the window there, to look at.
void saveShot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOTS");
    QTest::qWait(50);
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    if (!dir.isEmpty())
        QVERIFY(shot.save(dir + u'/' + name));
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void keyboardTour();
    void tableAlternativesByKeys();
    void graphNodesAreAccessible();
    void timelineItemsAreAccessible();
    void pagesAndControlsAreNamed();

private:
    QTemporaryDir m_dir;
    QString m_base;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test-accessibility"));
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("movement.tkb"));
    StoreError error;
    QVERIFY2(BundledBase::build(m_base, &error), qPrintable(error.message));
}

void TestAccessibility::init()
{
    QSettings().clear();
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
}

void TestAccessibility::keyboardTour()
{
    MainWindow w(m_base);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // Search: Ctrl+K, a name, Enter: the results open in a tab of their own, with the keyboard in them.
    press(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.searchBar()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Hummatov"));
    press(&w, Qt::Key_Return);
    QTRY_VERIFY(w.currentAddress().path().startsWith(QStringLiteral("search")));
    auto *results = qobject_cast<LinkBrowser *>(QApplication::focusWidget());
    QVERIFY2(results, "the results have the keyboard");

    // Tab to the result, Enter opens it in the same tab.
    const QString hummatov = QStringLiteral("kb:person/alikram-hummatov");
    QVERIFY2(tabToLink(&w, results, hummatov), "Tab reaches the result");
    press(&w, Qt::Key_Return);
    QTRY_COMPARE(w.currentAddress(), QUrl(hummatov));

    // On his page, Tab to a link and Enter follows it.
    QTRY_VERIFY(qobject_cast<LinkBrowser *>(QApplication::focusWidget()));
    auto *page = qobject_cast<LinkBrowser *>(QApplication::focusWidget());
    const QString movement = QStringLiteral("kb:organization/talysh-national-movement");
    QVERIFY2(tabToLink(&w, page, movement), "Tab reaches the link to the movement");
    press(&w, Qt::Key_Return);
    QTRY_COMPARE(w.currentAddress(), QUrl(movement));
    press(&w, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(w.currentAddress(), QUrl(hummatov));

    // Switch tabs and back.
    const int tab = w.currentTabIndex();
    press(&w, Qt::Key_Tab, Qt::ControlModifier);
    QTRY_VERIFY(w.currentTabIndex() != tab);
    press(&w, Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(w.currentTabIndex(), tab);

    // Ctrl+G: his graph, the keyboard on it; the arrows move between the nodes, Enter opens the one reached.
    press(&w, Qt::Key_G, Qt::ControlModifier);
    QTRY_COMPARE(w.currentAddress(), KbAddress::graph(QStringLiteral("person/alikram-hummatov")));
    auto *graph = qobject_cast<GraphPage *>(w.currentPage());
    QVERIFY(graph);
    QTRY_VERIFY(graph->view()->hasFocus());
    QVERIFY(graph->nodes().size() > 2);
    QCOMPARE(graph->currentNode(), 0); // the keyboard arrives on the centre
    press(&w, Qt::Key_Right);
    press(&w, Qt::Key_Right);
    QCOMPARE(graph->currentNode(), 2);
    press(&w, Qt::Key_Left);
    QCOMPARE(graph->currentNode(), 1);
    press(&w, Qt::Key_Right);
    QCOMPARE(graph->currentNode(), 2);
    const QString neighbour = graph->nodes().at(2)->id();
    press(&w, Qt::Key_Return);
    QTRY_COMPARE(w.currentAddress(), KbAddress::entity(neighbour));

    // Ctrl+5: the timeline; the arrows move between its events, Enter opens one.
    press(&w, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(w.currentAddress(), kb(QStringLiteral("timeline")));
    auto *timeline = qobject_cast<TimelinePage *>(w.currentPage());
    QVERIFY(timeline);
    QTRY_VERIFY(timeline->timeline()->hasFocus());
    QVERIFY(timeline->timeline()->eventCount() > 3);
    QCOMPARE(timeline->timeline()->currentIndex(), 0); // the keyboard arrives on the first event
    press(&w, Qt::Key_Right);
    press(&w, Qt::Key_Right);
    QCOMPARE(timeline->timeline()->currentIndex(), 2);
    const QString event = timeline->timeline()->currentId();
    press(&w, Qt::Key_Return);
    QTRY_COMPARE(w.currentAddress(), KbAddress::entity(event));
}

void TestAccessibility::tableAlternativesByKeys()
{
    MainWindow w(m_base);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // The graph: Alt+T shows the table with the keyboard in it; Down, Enter opens the second row's entry.
    QVERIFY(w.openLink(KbAddress::graph(QStringLiteral("person/alikram-hummatov"))));
    auto *graph = qobject_cast<GraphPage *>(w.currentPage());
    QVERIFY(graph);
    w.currentPage()->setFocus(Qt::ShortcutFocusReason);
    QTRY_VERIFY(graph->view()->hasFocus());
    press(&w, Qt::Key_Right);
    saveShot(w, QStringLiteral("graph-keyboard.png"));
    press(&w, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(graph->table()->isVisible());
    QVERIFY(graph->tableSwitch()->isTableShown());
    saveShot(w, QStringLiteral("graph-table.png"));
    QTRY_VERIFY(graph->table()->hasFocus());
    // One row per relation with the same related entries the drawing shows.
    QSet<QString> drawn;
    for (int i = 1; i < graph->nodes().size(); ++i)
        drawn << graph->nodes().at(i)->id();
    QSet<QString> listed;
    for (int row = 0; row < graph->table()->rowCount(); ++row)
        listed << graph->table()->entityAt(row);
    QCOMPARE(listed, drawn);
    QCOMPARE(graph->table()->model()->columnCount(), 3);
    QCOMPARE(graph->table()->model()->headerData(GraphTable::RelationColumn, Qt::Horizontal).toString(),
        QStringLiteral("Relation"));
    press(&w, Qt::Key_Down);
    const QString second = graph->table()->entityAt(1);
    QCOMPARE(graph->table()->currentIndex().row(), 1);
    press(&w, Qt::Key_Return);
    QTRY_COMPARE(w.currentAddress(), KbAddress::entity(second));

    // The timeline: the table takes the place of the axis and the list; its rows are the list's events.
    press(&w, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(w.currentAddress(), kb(QStringLiteral("timeline")));
    auto *timeline = qobject_cast<TimelinePage *>(w.currentPage());
    QVERIFY(timeline);
    w.currentPage()->setFocus(Qt::ShortcutFocusReason);
    press(&w, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(timeline->table()->isVisible());
    QVERIFY(!timeline->timeline()->isVisible());
    QTRY_VERIFY(timeline->table()->hasFocus());
    saveShot(w, QStringLiteral("timeline-table.png"));
    QCOMPARE(timeline->table()->rowCount(), timeline->list()->topLevelItemCount());
    QCOMPARE(timeline->table()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Date"));
    QCOMPARE(timeline->table()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Event"));
    for (int row = 0; row < timeline->table()->rowCount(); ++row) {
        QCOMPARE(
            timeline->table()->entityAt(row), timeline->list()->topLevelItem(row)->data(0, Qt::UserRole).toString());
    }
    press(&w, Qt::Key_End, Qt::ControlModifier);
    const int last = timeline->table()->rowCount() - 1;
    QTRY_COMPARE(timeline->table()->currentIndex().row(), last);
    const QString event = timeline->table()->entityAt(last);
    press(&w, Qt::Key_Return);
    QTRY_COMPARE(w.currentAddress(), KbAddress::entity(event));
    // Back on the timeline, the switch is still on; Alt+T again gives the drawing back with the keyboard on it.
    press(&w, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(w.currentAddress(), kb(QStringLiteral("timeline")));
    timeline = qobject_cast<TimelinePage *>(w.currentPage());
    QVERIFY(timeline);
}

void TestAccessibility::graphNodesAreAccessible()
{
    StoreError error;
    const std::unique_ptr<KnowledgeBase> base = KnowledgeBase::open(m_base, KnowledgeBase::OpenMode::ReadOnly, &error);
    QVERIFY2(base, qPrintable(error.message));
    GraphPage page(base.get(), QStringLiteral("person/alikram-hummatov"));
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(page.view());
    QVERIFY(view);
    QCOMPARE(view->role(), QAccessible::List);
    QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Relations of Alikram Hummatov"));
    QVERIFY(view->text(QAccessible::Description).contains(QStringLiteral("Arrow keys")));
    QCOMPARE(view->childCount(), int(page.nodes().size()));
    for (int i = 0; i < view->childCount(); ++i) {
        QAccessibleInterface *node = view->child(i);
        QVERIFY(node);
        QCOMPARE(node->role(), QAccessible::ListItem);
        QCOMPARE(node->text(QAccessible::Name), page.nodes().at(i)->name());
        QVERIFY2(!node->text(QAccessible::Description).isEmpty(), qPrintable(node->text(QAccessible::Name)));
        QCOMPARE(node->parent(), view);
        QCOMPARE(view->indexOfChild(node), i);
        QVERIFY(node->rect().isValid());
        QCOMPARE(view->childAt(node->rect().center().x(), node->rect().center().y()), node);
    }
    QVERIFY(view->child(0)->text(QAccessible::Description).contains(QStringLiteral("centre")));
    // A neighbour is described by its kind and its relation to the centre.
    QVERIFY(view->child(1)->text(QAccessible::Description).contains(QStringLiteral("Alikram Hummatov")));

    // The keyboard arrives on the centre, the arrow keys move the focus from node to node (the focus events that
    // tell a screen reader are checked over AT-SPI by tests/a11y/atspi_tour.py).
    page.view()->setFocus();
    QTRY_VERIFY(page.view()->hasFocus());
    QCOMPARE(view->focusChild(), view->child(0));
    QTest::keyClick(page.view(), Qt::Key_Right);
    QCOMPARE(view->focusChild(), view->child(1));
    QVERIFY(view->child(1)->state().focused);
    QVERIFY(view->child(1)->state().selected);
    QVERIFY(!view->child(2)->state().selected);

    // The press action opens the node as Enter does.
    QAccessibleActionInterface *actions = view->child(2)->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    QList<QUrl> opened;
    connect(&page, &TabPage::linkActivated, this, [&opened](const QUrl &url) { opened << url; });
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(opened, QList<QUrl> { KbAddress::entity(page.nodes().at(2)->id()) });
}

void TestAccessibility::timelineItemsAreAccessible()
{
    StoreError error;
    const std::unique_ptr<KnowledgeBase> base = KnowledgeBase::open(m_base, KnowledgeBase::OpenMode::ReadOnly, &error);
    QVERIFY2(base, qPrintable(error.message));
    TimelinePage page(base.get());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TimelineView *axis = page.timeline();
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(axis);
    QVERIFY(view);
    QCOMPARE(view->role(), QAccessible::List);
    QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Timeline of events"));
    QCOMPARE(view->childCount(), axis->eventCount());
    QVERIFY(view->childCount() > 3);
    for (int i = 0; i < view->childCount(); ++i) {
        QAccessibleInterface *item = view->child(i);
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->text(QAccessible::Name), axis->eventAt(i).name);
        // The description starts with the date as the axis writes it.
        QVERIFY(item->text(QAccessible::Description).startsWith(axis->dateTextAt(i)));
        QVERIFY(!axis->dateTextAt(i).isEmpty());
    }
    axis->setFocus();
    QTRY_VERIFY(axis->hasFocus());
    QCOMPARE(view->focusChild(), view->child(0));
    QTest::keyClick(axis, Qt::Key_Right);
    QCOMPARE(axis->currentIndex(), 1);
    QCOMPARE(view->focusChild(), view->child(1));
    QVERIFY(view->child(1)->state().focused);
    QVERIFY(!view->child(0)->state().selected);
    QList<QUrl> opened;
    connect(&page, &TabPage::linkActivated, this, [&opened](const QUrl &url) { opened << url; });
    view->child(3)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(opened, QList<QUrl> { KbAddress::entity(axis->eventAt(3).id) });
    QCOMPARE(axis->currentIndex(), 3);
}

void TestAccessibility::pagesAndControlsAreNamed()
{
    MainWindow w(m_base);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(KbAddress::graph(QStringLiteral("person/alikram-hummatov")), TabPage::OpenIn::NewTab));
    QVERIFY(w.openLink(kb(QStringLiteral("timeline")), TabPage::OpenIn::NewTab));
    QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov")), TabPage::OpenIn::NewTab));
    // Every tab's page, shown in turn: each control that takes the keyboard has a name (its own, its text or its
    // label's), and the switch to the table says what it does.
    for (int t = 0; t < w.tabCount(); ++t) {
        w.tabWidget()->setCurrentIndex(t);
        QCoreApplication::processEvents();
        for (QWidget *child : w.currentPage()->findChildren<QWidget *>()) {
            if (!child->isVisible() || child->focusPolicy() == Qt::NoFocus
                || qobject_cast<QAbstractScrollArea *>(child->parentWidget()))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(child);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(),
                qPrintable(QStringLiteral("%1 on %2 has no accessible name")
                        .arg(QString::fromLatin1(child->metaObject()->className()), w.currentAddress().toString())));
        }
    }
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
