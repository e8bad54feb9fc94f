// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a real knowledge base (built from the shipped pack into a temporary file): links
// navigate, Ctrl/middle clicks open tabs, history, the sidebar, session restore, closed tabs, refused links,
// type-ahead search, the language switch, a second instance, open errors and import.
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/language/languagemanager.h>
#include <ui/language/languagemenu.h>
#include <ui/pages/linkbrowser.h>
#include <ui/search/searchbar.h>
#include <ui/search/searchresultspage.h>
#include <ui/shell/browsertab.h>
#include <ui/shell/linkpreview.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/navigationhistory.h>
#include <ui/shell/tabbar.h>
#include <ui/shell/tabwidget.h>
#include <ui/sidebar/entitycard.h>
#include <ui/sidebar/sidebardock.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDesktopServices>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>

using tkb::MainWindow;
using tkb::TabPage;

namespace {

QUrl kb(const QString &path)
{
    return QUrl(QStringLiteral("kb:") + path);
}

/// Where the link to href is drawn in a text browser (viewport coordinates), scrolled into view; (-1,-1) if absent.
QPoint anchorPoint(QTextBrowser *browser, const QString &href)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isAnchor() && f.charFormat().anchorHref() == href) {
                QTextCursor c(doc);
                c.setPosition(f.position() + f.length() / 2);
                browser->setTextCursor(c);
                browser->ensureCursorVisible();
                return browser->cursorRect(c).center();
            }
        }
    }
    return { -1, -1 };
}

tkb::LinkBrowser *browserOf(TabPage *page)
{
    return page ? page->findChild<tkb::LinkBrowser *>() : nullptr;
}

/// Translates the window's first menu titles and one kind name, as a real .qm would.
class FakeGerman : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "EntityKind") == 0 && qstrcmp(source, "People") == 0)
            return QStringLiteral("Personen");
        if (qstrcmp(context, "tkb::WindowActions") != 0)
            return {};
        if (qstrcmp(source, "&File") == 0)
            return QStringLiteral("&Datei");
        if (qstrcmp(source, "&View") == 0)
            return QStringLiteral("&Ansicht");
        return {};
    }
    bool isEmpty() const override { return false; }
};

class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsMenusAndTabs();
    void firstRunOpensOverviewAndPeople();
    void clickingANameOpensItsEntity();
    void ctrlAndMiddleClickOpenNewTabs();
    void backAndForwardRestoreAddresses();
    void mouseBackButtonGoesBack();
    void sidebarFollowsCurrentTab();
    void sidebarLinksNavigate();
    void hoverShowsPreviewCard();
    void tabsAreRestoredOnRestart();
    void reopenClosedTab();
    void anotherBaseShowsNoOldPage();
    void tabStripManners();
    void tabContextMenu();
    void keyboardShortcuts();
    void unsafeLinksAreRefused();
    void webLinksOpenOutside();
    void searchSuggestionsOpenEntity();
    void searchBarCompletesFilters();
    void enterOpensSearchResults();
    void searchAddressRoundTrip();
    void snippetHighlightsAreEscaped();
    void zoomAppliesToPages();
    void languageSwitchRetranslatesAndMirrors();
    void secondInstanceIsReadOnly();
    void anotherProcessMakesItReadOnly();
    void damagedFileOffersBundledBase();
    void importCreatesNewBase();
    void importErrorNamesTheLine();
    void navigationHistoryUnit();
    void screenshots();

private:
    QTemporaryDir m_dir;
    QString m_base;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of our own, never the user's: test mode moves the folder, the names make the file ours.
    QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test-mainwindow"));
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("movement.tkb"));
    tkb::StoreError error;
    QVERIFY2(tkb::BundledBase::build(m_base, &error), qPrintable(error.message));
}

void TestMainWindow::init()
{
    QSettings().clear();
    tkb::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
}

void TestMainWindow::cleanup()
{
    QSettings().clear();
}

void TestMainWindow::showsMenusAndTabs()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowTitle(), QStringLiteral("Talysh KB"));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus,
        (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Go"),
            QStringLiteral("&Help") }));
    QVERIFY(w.findChild<QTabWidget *>(QStringLiteral("tabs")) != nullptr);
    QVERIFY(w.baseLabel()->text().contains(QStringLiteral("No knowledge base")));
    QVERIFY(!w.windowIcon().isNull());
    // Without a base, nothing that needs one is offered.
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionNewTab"))->isEnabled());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() > 100);
}

void TestMainWindow::firstRunOpensOverviewAndPeople()
{
    MainWindow w(m_base);
    QVERIFY(w.knowledgeBase());
    QVERIFY(!w.isReadOnly());
    QCOMPARE(w.tabAddresses(), (QList<QUrl> { kb(QStringLiteral("article")), kb(QStringLiteral("list/person")) }));
    QCOMPARE(w.currentTabIndex(), 0);
    QVERIFY(w.baseLabel()->text().contains(QStringLiteral("movement.tkb")));
    QVERIFY(w.windowTitle().contains(QStringLiteral("movement.tkb")));
    QVERIFY(!w.windowTitle().contains(QStringLiteral("read-only")));
}

void TestMainWindow::clickingANameOpensItsEntity()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov"))));
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("person/alikram-hummatov")));
    tkb::LinkBrowser *b = browserOf(w.currentPage());
    QVERIFY(b);
    const QString target = QStringLiteral("kb:organization/talysh-national-movement");
    const QPoint at = anchorPoint(b, target);
    QVERIFY2(at.x() >= 0, "the entity page links its organization");
    const int tabs = w.tabCount();
    QTest::mouseClick(b->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(w.currentAddress(), QUrl(target));
    QCOMPARE(w.tabCount(), tabs);
    QCOMPARE(w.currentPage()->title(), QStringLiteral("Talysh National Movement"));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Talysh National Movement")));
    QCOMPARE(w.tabWidget()->tabToolTip(w.currentTabIndex()), QStringLiteral("Talysh National Movement"));
}

void TestMainWindow::ctrlAndMiddleClickOpenNewTabs()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QUrl start = kb(QStringLiteral("person/alikram-hummatov"));
    QVERIFY(w.openLink(start));
    const int tabs = w.tabCount();
    const int current = w.currentTabIndex();
    tkb::LinkBrowser *b = browserOf(w.currentPage());
    const QString target = QStringLiteral("kb:organization/talysh-national-movement");

    // Ctrl+click: a tab behind, right after this one; this tab stays where it is.
    QTest::mouseClick(b->viewport(), Qt::LeftButton, Qt::ControlModifier, anchorPoint(b, target));
    QTRY_COMPARE(w.tabCount(), tabs + 1);
    QCOMPARE(w.currentTabIndex(), current);
    QCOMPARE(w.currentAddress(), start);
    QCOMPARE(w.pageAt(current + 1)->address(), QUrl(target));

    // Middle click: another new tab.
    QTest::mouseClick(b->viewport(), Qt::MiddleButton, {}, anchorPoint(b, target));
    QTRY_COMPARE(w.tabCount(), tabs + 2);
    QCOMPARE(w.currentAddress(), QUrl(target));
}

void TestMainWindow::backAndForwardRestoreAddresses()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const QUrl a = kb(QStringLiteral("article"));
    const QUrl b = kb(QStringLiteral("person/alikram-hummatov"));
    const QUrl c = kb(QStringLiteral("place/the-hague"));
    QCOMPARE(w.currentAddress(), a);
    QVERIFY(w.openLink(b));
    QVERIFY(w.openLink(c));
    QVERIFY(w.goBack());
    QCOMPARE(w.currentAddress(), b);
    QVERIFY(w.goBack());
    QCOMPARE(w.currentAddress(), a);
    QVERIFY(!w.goBack());
    QVERIFY(w.goForward());
    QCOMPARE(w.currentAddress(), b);

    // Keyboard: Alt+Left / Alt+Right.
    QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w.currentAddress(), c);
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.currentAddress(), b);
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionForward"))->isEnabled());

    // History is per tab: another tab has its own.
    QCOMPARE(w.tabCount(), 2);
    w.tabWidget()->setCurrentIndex(1);
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("list/person")));
    QVERIFY(!w.goBack());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionBack"))->isEnabled());

    // A new visit drops the forward part.
    w.tabWidget()->setCurrentIndex(0);
    QVERIFY(w.openLink(kb(QStringLiteral("place/baku"))));
    QVERIFY(!w.goForward());
}

void TestMainWindow::mouseBackButtonGoesBack()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("place/baku"))));
    tkb::LinkBrowser *b = browserOf(w.currentPage());
    QVERIFY(b);
    QTest::mouseClick(b->viewport(), Qt::BackButton, {}, QPoint(20, 20));
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("article")));
    QTest::mouseClick(browserOf(w.currentPage())->viewport(), Qt::ForwardButton, {}, QPoint(20, 20));
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("place/baku")));
}

void TestMainWindow::sidebarFollowsCurrentTab()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    tkb::SidebarDock *side = w.sidebar();
    QVERIFY(side->isVisible());
    QVERIFY(w.openLink(kb(QStringLiteral("person/fahraddin-abbaszadeh")), TabPage::OpenIn::NewTab));
    QCOMPARE(side->entityId(), QStringLiteral("person/fahraddin-abbaszadeh"));
    // The card shows the entity's relations as links: he was extradited to Azerbaijan, detained by Russia's
    // authorities.
    tkb::EntityCard *card = side->card();
    QVERIFY(card->toPlainText().contains(QStringLiteral("Fahraddin Abbaszadeh")));
    QVERIFY(anchorPoint(card, QStringLiteral("kb:place/azerbaijan")).x() >= 0);
    QVERIFY(anchorPoint(card, QStringLiteral("kb:organization/russian-authorities")).x() >= 0);
    QVERIFY(card->toPlainText().contains(QStringLiteral("Linked to")));
    QVERIFY(card->toPlainText().contains(QStringLiteral("Mentioned in")));

    // Switching tabs switches the card (the new tab opened right after Overview, People is now third).
    QCOMPARE(w.currentTabIndex(), 1);
    w.tabWidget()->setCurrentIndex(2);
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("list/person")));
    QCOMPARE(side->entityId(), w.currentPage()->currentEntityId());
    w.tabWidget()->setCurrentIndex(1);
    QCOMPARE(side->entityId(), QStringLiteral("person/fahraddin-abbaszadeh"));
    // Navigating in the tab moves the card along.
    QVERIFY(w.openLink(kb(QStringLiteral("place/the-hague"))));
    QCOMPARE(side->entityId(), QStringLiteral("place/the-hague"));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionGraph"))->isEnabled());

    // F9 hides and shows it.
    QAction *toggle = w.findChild<QAction *>(QStringLiteral("actionToggleSidebar"));
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F9));
    toggle->trigger();
    QVERIFY(!side->isVisible());
    toggle->trigger();
    QVERIFY(side->isVisible());
}

void TestMainWindow::sidebarLinksNavigate()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov"))));
    tkb::EntityCard *card = w.sidebar()->card();
    const QString target = QStringLiteral("kb:place/netherlands");
    const QPoint at = anchorPoint(card, target);
    QVERIFY(at.x() >= 0);
    const int tabs = w.tabCount();
    QTest::mouseClick(card->viewport(), Qt::LeftButton, Qt::ControlModifier, at);
    QTRY_COMPARE(w.tabCount(), tabs + 1);
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("person/alikram-hummatov")));
    QTest::mouseClick(card->viewport(), Qt::LeftButton, {}, anchorPoint(card, target));
    QTRY_COMPARE(w.currentAddress(), QUrl(target));
    QCOMPARE(w.sidebar()->entityId(), QStringLiteral("place/netherlands"));
    // Alikram Hummatov is linked to the movement four ways: one line, four labels.
    QVERIFY(w.goBack());
    const QStringList lines = card->toPlainText().split(u'\n');
    int linked = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i] == QStringLiteral("Talysh National Movement") && lines[i + 1].count(QStringLiteral(" · ")) >= 3)
            ++linked;
    }
    QVERIFY2(linked == 1, qPrintable(card->toPlainText()));
}

void TestMainWindow::hoverShowsPreviewCard()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov"))));
    Q_EMIT w.currentPage()->linkHovered(kb(QStringLiteral("place/the-hague")));
    QVERIFY(!w.linkPreview()->isVisible()); // only after a short pause
    QTRY_VERIFY(w.linkPreview()->isVisible());
    QCOMPARE(w.linkPreview()->entityId(), QStringLiteral("place/the-hague"));
    QVERIFY(w.linkPreview()->text().contains(QStringLiteral("The Hague")));
    QVERIFY(w.linkPreview()->text().contains(QStringLiteral("Place")));
    Q_EMIT w.currentPage()->linkHovered(QUrl());
    QVERIFY(!w.linkPreview()->isVisible());
    // Leaving the page altogether hides it too.
    Q_EMIT w.currentPage()->linkHovered(kb(QStringLiteral("place/baku")));
    QTRY_VERIFY(w.linkPreview()->isVisible());
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(w.currentPage(), &leave);
    QVERIFY(!w.linkPreview()->isVisible());
    // Not an entity: no card.
    Q_EMIT w.currentPage()->linkHovered(kb(QStringLiteral("list/person")));
    QTest::qWait(700);
    QVERIFY(!w.linkPreview()->isVisible());
    // A web link shows where it leads in the status bar while the mouse is on it.
    Q_EMIT w.currentPage()->linkHovered(QUrl(QStringLiteral("https://unpo.org/")));
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("https://unpo.org/"));
    QVERIFY(!w.linkPreview()->isVisible());
    Q_EMIT w.currentPage()->linkHovered(QUrl());
    QCOMPARE(w.statusBar()->currentMessage(), QString());
}

void TestMainWindow::tabsAreRestoredOnRestart()
{
    QList<QUrl> addresses;
    {
        MainWindow w(m_base);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov")), TabPage::OpenIn::NewTab));
        QVERIFY(w.openLink(kb(QStringLiteral("timeline")), TabPage::OpenIn::NewTab));
        QVERIFY(w.openLink(kb(QStringLiteral("article#History")), TabPage::OpenIn::NewTab));
        w.tabWidget()->setCurrentIndex(2);
        w.setZoom(2);
        w.sidebar()->hide();
        addresses = w.tabAddresses();
        QCOMPARE(addresses.size(), 5);
        w.close();
    }
    // The keys earlier versions wrote: a user's saved session must still restore.
    const QSettings settings;
    for (const char *key : { "window/geometry", "window/state", "window/sidebarVisible", "view/zoom", "session/tabs",
             "session/current", "session/base" })
        QVERIFY2(settings.contains(QLatin1String(key)), key);
    QCOMPARE(settings.value(QStringLiteral("session/tabs")).toStringList().size(), addresses.size());
    QCOMPARE(settings.value(QStringLiteral("view/zoom")).toInt(), 2);
    MainWindow again(m_base);
    QCOMPARE(again.tabAddresses(), addresses);
    QCOMPARE(again.currentTabIndex(), 2);
    QCOMPARE(again.zoom(), 2);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(!again.sidebar()->isVisible());

    // Another file does not inherit these tabs.
    const QString other = m_dir.filePath(QStringLiteral("other.tkb"));
    QVERIFY(QFile::copy(m_base, other));
    MainWindow elsewhere(other);
    QCOMPARE(elsewhere.tabCount(), 2);
}

void TestMainWindow::anotherBaseShowsNoOldPage()
{
    // Opening another file closes every tab: the hidden ones go unseen, and the sidebar shows none of their entities
    // on the way (each had been laid out and put in the sidebar in turn, the old base read for it).
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const QString &id : { QStringLiteral("person/alikram-hummatov"), QStringLiteral("place/baku"),
             QStringLiteral("place/azerbaijan"), QStringLiteral("person/fahraddin-abbaszadeh") })
        QVERIFY(w.openLink(kb(id), TabPage::OpenIn::NewTab));
    w.tabWidget()->setCurrentIndex(2);
    QVERIFY(w.tabCount() >= 5); // hidden pages on both sides of the shown one
    QVERIFY(!w.currentPage()->currentEntityId().isEmpty());
    QCOMPARE(w.sidebar()->entityId(), w.currentPage()->currentEntityId());
    struct ShowCounter : QObject
    {
        int shows = 0;
        bool eventFilter(QObject *, QEvent *e) override
        {
            shows += e->type() == QEvent::Show;
            return false;
        }
    } counter;
    QSet<QString> oldEntities;
    for (int i = 0; i < w.tabCount(); ++i) {
        w.tabWidget()->widget(i)->installEventFilter(&counter);
        if (!w.pageAt(i)->currentEntityId().isEmpty())
            oldEntities << w.pageAt(i)->currentEntityId();
    }
    QStringList sidebarShown;
    connect(w.sidebar()->card(), &QTextEdit::textChanged, &counter, [&] { sidebarShown << w.sidebar()->entityId(); });
    const QString other = m_dir.filePath(QStringLiteral("another-base.tkb"));
    QVERIFY(QFile::copy(m_base, other));
    QVERIFY(w.openKnowledgeBase(other));
    QCOMPARE(counter.shows, 0);
    for (const QString &id : std::as_const(sidebarShown))
        QVERIFY2(id.isEmpty() || !oldEntities.contains(id) || w.currentPage()->currentEntityId() == id, qPrintable(id));
}

void TestMainWindow::reopenClosedTab()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov")), TabPage::OpenIn::NewTab));
    QVERIFY(w.openLink(kb(QStringLiteral("place/baku"))));
    QCOMPARE(w.tabCount(), 3);
    QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(w.tabCount(), 2);
    QVERIFY(!w.tabAddresses().contains(kb(QStringLiteral("place/baku"))));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.tabCount(), 3);
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("place/baku")));
    // Its history came back with it.
    QVERIFY(w.goBack());
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("person/alikram-hummatov")));
    QVERIFY(!w.reopenClosedTab());
    // Ctrl+T: a new Overview tab.
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(w.tabCount(), 4);
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("article")));
}

void TestMainWindow::tabStripManners()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("organization/tmar-government-in-exile")), TabPage::OpenIn::NewTab));
    const int index = w.currentTabIndex();
    // A long title is shortened on the tab and whole in its tooltip.
    const QString full = w.currentPage()->title();
    QVERIFY(full.size() > 40);
    QVERIFY(w.tabWidget()->tabText(index).size() < full.size());
    QCOMPARE(w.tabWidget()->tabToolTip(index), full);
    QVERIFY(w.tabWidget()->isMovable());

    // Duplicate keeps the address, middle click closes.
    QCOMPARE(w.duplicateTab(index), index + 1);
    QCOMPARE(w.pageAt(index + 1)->address(), w.pageAt(index)->address());
    QCOMPARE(w.tabCount(), 4);
    tkb::TabBar *bar = w.tabWidget()->browserTabBar();
    QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(0).center());
    QCOMPARE(w.tabCount(), 3);
    QCOMPARE(w.closedTabCount(), 1);
    w.closeOtherTabs(0);
    QCOMPARE(w.tabCount(), 1);
    QCOMPARE(w.closedTabCount(), 3);
}

void TestMainWindow::tabContextMenu()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    tkb::TabBar *bar = w.tabWidget()->browserTabBar();
    const auto chooseFromMenu = [this](const QString &text) {
        QTimer::singleShot(0, this, [text] {
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QCOMPARE(menu->objectName(), QStringLiteral("tabContextMenu"));
            for (QAction *a : menu->actions()) {
                if (a->text() == text) {
                    menu->hide();
                    a->trigger();
                    return;
                }
            }
            menu->hide();
            QFAIL(qPrintable(QStringLiteral("no menu entry ") + text));
        });
    };
    chooseFromMenu(QStringLiteral("&Duplicate"));
    Q_EMIT bar->contextMenuRequested(1, bar->mapToGlobal(bar->tabRect(1).center()));
    QCOMPARE(w.tabCount(), 3);
    QCOMPARE(w.tabAddresses().at(2), kb(QStringLiteral("list/person")));
    QCOMPARE(w.currentTabIndex(), 2);
    chooseFromMenu(QStringLiteral("Close &Others"));
    Q_EMIT bar->contextMenuRequested(0, bar->mapToGlobal(bar->tabRect(0).center()));
    QCOMPARE(w.tabAddresses(), QList<QUrl> { kb(QStringLiteral("article")) });
    chooseFromMenu(QStringLiteral("&Close"));
    Q_EMIT bar->contextMenuRequested(0, bar->mapToGlobal(bar->tabRect(0).center()));
    QCOMPARE(w.tabCount(), 0);
    QCOMPARE(w.sidebar()->entityId(), QString());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionExportPdf"))->isEnabled());
    QVERIFY(w.reopenClosedTab());
    QVERIFY(w.findChild<QAction *>(QStringLiteral("actionExportPdf"))->isEnabled());
}

void TestMainWindow::keyboardShortcuts()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.currentTabIndex(), 0);
    QTest::keyClick(&w, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(w.currentTabIndex(), 1);
    QTest::keyClick(&w, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(w.currentTabIndex(), 0);
    QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(w.currentTabIndex(), 1);
    QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(w.currentTabIndex(), 0);
    QTest::keyClick(&w, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.currentTabIndex(), 1);

    // Views open or focus their tab.
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("article")));
    QCOMPARE(w.tabCount(), 2);
    QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(w.currentAddress(), kb(QStringLiteral("timeline")));
    QCOMPARE(w.tabCount(), 3);

    // Ctrl+K puts the cursor in the search field; Escape gives it back to the page.
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.searchBar()->hasFocus());
    QVERIFY(!w.searchBar()->accessibleName().isEmpty());
    QTest::keyClick(w.searchBar(), Qt::Key_Escape);
    QTRY_VERIFY(w.currentPage()->isAncestorOf(QApplication::focusWidget()) || w.currentPage()->hasFocus());
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.searchBar()->hasFocus());
    // F6 moves on to the page.
    QTest::keyClick(&w, Qt::Key_F6);
    QTRY_VERIFY(w.currentPage()->isAncestorOf(QApplication::focusWidget()) || w.currentPage()->hasFocus());

    // Zoom keys.
    QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(w.zoom(), 1);
    QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(w.zoom(), -1);
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.zoom(), 0);
}

void TestMainWindow::unsafeLinksAreRefused()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov"))));
    const QUrl before = w.currentAddress();
    const int tabs = w.tabCount();
    UrlRecorder recorder;
    for (const char *scheme : { "file", "javascript", "data", "ftp", "mailto" })
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &recorder, "open");
    const QList<QUrl> bad = { QUrl(QStringLiteral("javascript:alert(1)")), QUrl(QStringLiteral("file:///etc/passwd")),
        QUrl(QStringLiteral("data:text/html,<b>x</b>")), QUrl(QStringLiteral("ftp://example.org/x")),
        QUrl(QStringLiteral("mailto:someone@example.org")) };
    for (const QUrl &url : bad) {
        for (TabPage::OpenIn where : { TabPage::OpenIn::CurrentTab, TabPage::OpenIn::NewTab }) {
            Q_EMIT w.currentPage()->linkActivated(url, where);
            QCOMPARE(w.currentAddress(), before);
            QCOMPARE(w.tabCount(), tabs);
            QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Refused")),
                qPrintable(w.statusBar()->currentMessage()));
        }
    }
    QVERIFY(recorder.urls.isEmpty());
    // A kb: address no page shows leaves the tab where it was.
    QVERIFY(!w.openLink(kb(QStringLiteral("person/nobody-at-all"))));
    QCOMPARE(w.currentAddress(), before);
    for (const char *scheme : { "file", "javascript", "data", "ftp", "mailto" })
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
}

void TestMainWindow::webLinksOpenOutside()
{
    MainWindow w(m_base);
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &recorder, "open");
    const QUrl before = w.currentAddress();
    Q_EMIT w.currentPage()->linkActivated(
        QUrl(QStringLiteral("https://unpo.org/members")), TabPage::OpenIn::CurrentTab);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(recorder.urls, QList<QUrl> { QUrl(QStringLiteral("https://unpo.org/members")) });
    QCOMPARE(w.currentAddress(), before);
}

void TestMainWindow::searchSuggestionsOpenEntity()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    tkb::SearchBar *bar = w.searchBar();
    bar->setFocus();
    QTRY_VERIFY(bar->hasFocus());
    QTest::keyClicks(bar, QStringLiteral("Humm"));
    QAbstractItemView *popup = bar->completer()->popup();
    QStandardItemModel *model = bar->suggestionModel();
    const auto findRow = [model](const QString &name) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->item(r)->data(tkb::SearchBar::NameRole).toString() == name)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible() && findRow(QStringLiteral("Alikram Hummatov")) >= 0, 5000);
    // Typing went on while the suggestions were computed elsewhere: the text is intact.
    QCOMPARE(bar->text(), QStringLiteral("Humm"));
    const int row = findRow(QStringLiteral("Alikram Hummatov"));
    QCOMPARE(model->item(row)->data(tkb::SearchBar::IdRole).toString(), QStringLiteral("person/alikram-hummatov"));
    QVERIFY(!model->item(row)->data(tkb::SearchBar::KindRole).toString().isEmpty());
    // Nothing is preselected: Enter would search the text.
    QVERIFY(!popup->currentIndex().isValid());
    for (int i = 0; i <= row; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), row);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(w.currentAddress(), kb(QStringLiteral("person/alikram-hummatov")));
    QVERIFY(!popup->isVisible());
}

void TestMainWindow::searchBarCompletesFilters()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    tkb::SearchBar *bar = w.searchBar();
    bar->setFocus();
    QTRY_VERIFY(bar->hasFocus());
    QTest::keyClicks(bar, QStringLiteral("pardoned in:Hi"));
    QAbstractItemView *popup = bar->completer()->popup();
    QStandardItemModel *model = bar->suggestionModel();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible() && model->rowCount() == 1, 5000);
    QCOMPARE(model->item(0)->data(tkb::SearchBar::NameRole).toString(), QStringLiteral("in:History"));
    QVERIFY(model->item(0)->data(tkb::SearchBar::IdRole).toString().isEmpty());
    QVERIFY(!model->item(0)->data(tkb::SearchBar::KindRole).toString().isEmpty());
    // Choosing it completes the text, opens nothing, and typing goes on.
    const QUrl before = w.currentAddress();
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(bar->text(), QStringLiteral("pardoned in:History "));
    QCOMPARE(w.currentAddress(), before);
    QTest::keyClick(bar, Qt::Key_Return);
    auto *page = qobject_cast<tkb::SearchResultsPage *>(w.currentPage());
    QVERIFY(page);
    QVERIFY2(page->hitCount() > 0, "the History section says he was pardoned");
}

void TestMainWindow::enterOpensSearchResults()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    tkb::SearchBar *bar = w.searchBar();
    bar->setFocus();
    QTRY_VERIFY(bar->hasFocus());
    const int tabs = w.tabCount();
    bar->setText(QStringLiteral("Hummatov"));
    QTest::keyClick(bar, Qt::Key_Return);
    QCOMPARE(w.tabCount(), tabs + 1);
    auto *page = qobject_cast<tkb::SearchResultsPage *>(w.currentPage());
    QVERIFY(page);
    QCOMPARE(page->query(), QStringLiteral("Hummatov"));
    QCOMPARE(w.currentAddress(), tkb::SearchResultsPage::addressFor(QStringLiteral("Hummatov")));
    QVERIFY(page->title().contains(QStringLiteral("Hummatov")));
    QVERIFY2(page->hitCount() > 0, "Hummatov is in the knowledge base");
    tkb::LinkBrowser *results = page->resultsView();
    QVERIFY(anchorPoint(results, QStringLiteral("kb:person/alikram-hummatov")).x() >= 0);
    // Matches are bold (from the engine's marks), nothing else became markup.
    QVERIFY(results->toHtml().contains(QStringLiteral("font-weight")));
    // Clicking a hit opens it in the same tab; Back returns to the results.
    QTest::mouseClick(
        results->viewport(), Qt::LeftButton, {}, anchorPoint(results, QStringLiteral("kb:person/alikram-hummatov")));
    QTRY_COMPARE(w.currentAddress(), kb(QStringLiteral("person/alikram-hummatov")));
    QVERIFY(w.goBack());
    page = qobject_cast<tkb::SearchResultsPage *>(w.currentPage());
    QVERIFY(page);

    // The kind filter narrows and becomes part of the address.
    page->setKindFilter(tkb::EntityKind::Event);
    QCOMPARE(
        w.currentAddress(), tkb::SearchResultsPage::addressFor(QStringLiteral("Hummatov"), tkb::EntityKind::Event));
    QVERIFY(page->hitCount() > 0);
    QVERIFY(anchorPoint(page->resultsView(), QStringLiteral("kb:person/alikram-hummatov")).x() < 0);

    // A search from a results tab reuses it.
    bar->setFocus();
    bar->setText(QStringLiteral("Abbaszadeh"));
    const int now = w.tabCount();
    QTest::keyClick(bar, Qt::Key_Return);
    QCOMPARE(w.tabCount(), now);
    QCOMPARE(qobject_cast<tkb::SearchResultsPage *>(w.currentPage())->query(), QStringLiteral("Abbaszadeh"));

    // A misspelling offers a correction.
    QVERIFY(w.openLink(tkb::SearchResultsPage::addressFor(QStringLiteral("Hummatv"))));
    page = qobject_cast<tkb::SearchResultsPage *>(w.currentPage());
    QVERIFY(page);
    if (page->hitCount() < 3) {
        QVERIFY2(!page->suggestions().isEmpty(), "a near miss gets a Did you mean line");
        QVERIFY(page->resultsView()->toPlainText().contains(QStringLiteral("Did you mean")));
    }
}

void TestMainWindow::searchAddressRoundTrip()
{
    const QString text = QStringLiteral("Talış-Tolış & \"A=B\" #1 + 50% Гумматов");
    const QUrl url = tkb::SearchResultsPage::addressFor(text, tkb::EntityKind::Person);
    QVERIFY(tkb::SearchResultsPage::isSearchAddress(url));
    tkb::SearchResultsPage page(QUrl(url.toString(QUrl::FullyEncoded)), nullptr);
    QCOMPARE(page.query(), text);
    QCOMPARE(page.kindFilter(), std::optional<tkb::EntityKind>(tkb::EntityKind::Person));
    QCOMPARE(page.address(), url);
    QCOMPARE(page.hitCount(), 0);
}

void TestMainWindow::snippetHighlightsAreEscaped()
{
    const QString snippet = QStringLiteral("<script>x</script> \x02Hümmətov\x03 & \x02Gummatov\x03 \x03stray \x02open");
    const QString html = tkb::SearchResultsPage::snippetHtml(snippet);
    QCOMPARE(
        html, QStringLiteral("&lt;script&gt;x&lt;/script&gt; <b>Hümmətov</b> &amp; <b>Gummatov</b> stray <b>open</b>"));
}

void TestMainWindow::zoomAppliesToPages()
{
    MainWindow w(m_base);
    tkb::LinkBrowser *b = browserOf(w.currentPage());
    QVERIFY(b);
    const qreal before = b->font().pointSizeF();
    w.setZoom(3);
    QVERIFY(browserOf(w.currentPage())->font().pointSizeF() > before);
    // New pages come at the same zoom.
    QVERIFY(w.openLink(kb(QStringLiteral("place/baku"))));
    QCOMPARE(browserOf(w.currentPage())->zoom(), 3);
    w.setZoom(99);
    QCOMPARE(w.zoom(), MainWindow::maxZoom);
}

void TestMainWindow::languageSwitchRetranslatesAndMirrors()
{
    MainWindow w(m_base);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    tkb::LanguageManager *lm = tkb::LanguageManager::instance();

    // The menu lists every language by its own name, and System default; after them the choice of script.
    auto *menu = w.findChild<tkb::LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QStringList names;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator() && a->objectName() != u"actionReaderNames")
            names << a->text();
    }
    QCOMPARE(menu->actions().last()->objectName(), QStringLiteral("actionReaderNames"));
    QCOMPARE(names,
        (QStringList { QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Русский"),
            QStringLiteral("Azərbaycanca"), QStringLiteral("فارسی"), QStringLiteral("Nederlands"),
            QStringLiteral("Deutsch"), QStringLiteral("Türkçe") }));

    // Persian lays the window out right to left; choosing it in the menu remembers it.
    const auto sidebarIsRight
        = [&w] { return w.sidebar()->geometry().center().x() > w.centralWidget()->geometry().center().x(); };
    QVERIFY(sidebarIsRight());
    menu->actionFor(QStringLiteral("fa"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(!sidebarIsRight());
    // Qt's own close buttons on the tabs follow the switch too.
    QWidget *close = w.tabWidget()->tabBar()->tabButton(0, QTabBar::RightSide);
    if (!close)
        close = w.tabWidget()->tabBar()->tabButton(0, QTabBar::LeftSide);
    QVERIFY(close);
    QVERIFY(!close->toolTip().isEmpty());
    QCOMPARE(QLocale().language(), QLocale::Persian);
    QCOMPARE(lm->effective(), QStringLiteral("fa"));
    QCOMPARE(QSettings().value(tkb::LanguageManager::settingsKey).toString(), QStringLiteral("fa"));
    QVERIFY(menu->actionFor(QStringLiteral("fa"))->isChecked());
    // The language names stay in their own languages whatever the UI speaks.
    QCOMPARE(menu->actionFor(QStringLiteral("de"))->text(), QStringLiteral("Deutsch"));

    lm->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(w.layoutDirection(), Qt::LeftToRight);
    QTRY_VERIFY(sidebarIsRight());
    QCOMPARE(close->toolTip(), QStringLiteral("Close Tab"));
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));

    // A --lang on the command line wins over the remembered choice and is not remembered itself.
    QVERIFY(lm->initialize(QStringLiteral("nl")));
    QCOMPARE(lm->effective(), QStringLiteral("nl"));
    QCOMPARE(QSettings().value(tkb::LanguageManager::settingsKey).toString(), QStringLiteral("en"));
    QVERIFY(!lm->initialize(QStringLiteral("xx")));
    QCOMPARE(lm->effective(), QStringLiteral("en"));

    // Installing a translator retranslates the menus, tab titles included, with no restart.
    FakeGerman german;
    QCoreApplication::installTranslator(&german);
    QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(w.menuBar()->actions().at(2)->text(), QStringLiteral("&Ansicht"));
    QCOMPARE(w.tabAddresses().at(1), kb(QStringLiteral("list/person")));
    QTRY_COMPARE(w.tabWidget()->tabText(1), QStringLiteral("Personen"));
    QCOMPARE(w.tabWidget()->tabToolTip(1), QStringLiteral("Personen"));
    QCoreApplication::removeTranslator(&german);
    QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QTRY_COMPARE(w.tabWidget()->tabText(1), QStringLiteral("People"));
    lm->setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
}

void TestMainWindow::secondInstanceIsReadOnly()
{
    MainWindow first(m_base);
    QVERIFY(first.knowledgeBase());
    QVERIFY(!first.isReadOnly());
    MainWindow second(m_base);
    QVERIFY(second.knowledgeBase());
    QVERIFY(second.isReadOnly());
    QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(second.baseLabel()->text().contains(QStringLiteral("read-only")));
    QVERIFY(!first.windowTitle().contains(QStringLiteral("read-only")));
    // Writes are refused by the store, and said so.
    QSignalSpy done(&second, &MainWindow::importFinished);
    second.startImport(QStringLiteral(TALYSHKB_SEED_DIR "/talysh-national-movement.txt"), m_base, false);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(
        done.first().at(1).toString().contains(QStringLiteral("read-only")), qPrintable(done.first().at(1).toString()));
    auto *box = second.findChild<QMessageBox *>(QStringLiteral("importErrorBox"));
    QVERIFY(box);
    box->close();
}

void TestMainWindow::anotherProcessMakesItReadOnly()
{
    // The real program in another process holds the file; this window then opens it read-only.
    const QString path = m_dir.filePath(QStringLiteral("shared.tkb"));
    QVERIFY(QFile::copy(m_base, path));
    QTemporaryDir home;
    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    other.setProcessEnvironment(env);
    other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    other.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb"), { path });
    QVERIFY2(other.waitForStarted(), qPrintable(other.errorString()));
    const QString lock = path + QStringLiteral(".lock");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 15000);
    {
        MainWindow w(path);
        QVERIFY(w.knowledgeBase());
        QVERIFY(w.isReadOnly());
        QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Another Talysh KB window")));
    }
    other.kill();
    other.waitForFinished();
    // Its lock is left behind by the kill; a new window sees the holder is gone and writes again.
    MainWindow after(path);
    QVERIFY(after.knowledgeBase());
    QVERIFY(!after.isReadOnly());
}

void TestMainWindow::damagedFileOffersBundledBase()
{
    const QString junk = m_dir.filePath(QStringLiteral("junk.tkb"));
    QByteArray bytes("This is not a knowledge base at all, just some text that is long enough to be read.\n");
    bytes = bytes.repeated(4);
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString informative;
    bool clicked = false;
    QTimer::singleShot(0, this, [&] {
        // The box is modal: find it once it is up, read it, take the offer.
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("openErrorBox"));
        informative = box->informativeText();
        auto *button = box->findChild<QPushButton *>(QStringLiteral("openBundledButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Open the bundled knowledge base instead"));
        button->click();
        clicked = true;
    });
    QVERIFY(!w.openKnowledgeBase(junk));
    QVERIFY(clicked);
    QVERIFY2(informative.contains(QStringLiteral("not a knowledge base")), qPrintable(informative));
    QVERIFY(w.knowledgeBase());
    QVERIFY(w.isBundled());
    QCOMPARE(w.knowledgeBase()->path(), QFileInfo(tkb::BundledBase::defaultPath()).absoluteFilePath());
    QCOMPARE(w.tabCount(), 2);
    // The file that failed was not touched.
    QFile f(junk);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestMainWindow::importCreatesNewBase()
{
    const QString target = m_dir.filePath(QStringLiteral("imported.tkb"));
    MainWindow w(m_base);
    QSignalSpy done(&w, &MainWindow::importFinished);
    w.startImport(QStringLiteral(TALYSHKB_SEED_DIR "/talysh-national-movement.txt"), target, true);
    QVERIFY(w.isImporting());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    QVERIFY(done.wait(30000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(!w.isImporting());
    // The window moved to the new file.
    QCOMPARE(QFileInfo(w.knowledgeBase()->path()).fileName(), QStringLiteral("imported.tkb"));
    QVERIFY(w.knowledgeBase()->count(std::nullopt) > 0);
    QCOMPARE(w.tabCount(), 2);
}

void TestMainWindow::importErrorNamesTheLine()
{
    const QString bad = m_dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"format\": \"talysh-kb-pack\",\n  \"entities\": [\n    { \"id\": \n");
    }
    const QString target = m_dir.filePath(QStringLiteral("never-made.tkb"));
    MainWindow w(m_base);
    const qint64 before = w.knowledgeBase()->count(std::nullopt);
    QSignalSpy done(&w, &MainWindow::importFinished);
    w.startImport(bad, target, true);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().at(0).toBool(), false);
    const QString error = done.first().at(1).toString();
    QVERIFY2(
        error.contains(QStringLiteral("broken.json")) && error.contains(QStringLiteral("line")), qPrintable(error));
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("importErrorBox"));
    QVERIFY(box);
    QCOMPARE(box->informativeText(), error);
    box->close();
    // Nothing was created, nothing changed.
    QVERIFY(!QFile::exists(target));
    QCOMPARE(w.knowledgeBase()->count(std::nullopt), before);
    QCOMPARE(QFileInfo(w.knowledgeBase()->path()).fileName(), QStringLiteral("movement.tkb"));
}

void TestMainWindow::navigationHistoryUnit()
{
    tkb::NavigationHistory h;
    QVERIFY(!h.canGoBack());
    h.visit(kb(QStringLiteral("a")));
    h.visit(kb(QStringLiteral("b")));
    h.visit(kb(QStringLiteral("b")));
    QCOMPARE(h.backList(), QList<QUrl> { kb(QStringLiteral("a")) });
    QCOMPARE(h.back(), kb(QStringLiteral("a")));
    QVERIFY(h.canGoForward());
    h.undoBack();
    QCOMPARE(h.current(), kb(QStringLiteral("b")));
    h.back();
    h.visit(kb(QStringLiteral("c")));
    QVERIFY(!h.canGoForward());
    for (int i = 0; i < tkb::NavigationHistory::maxBack + 10; ++i)
        h.visit(kb(QStringLiteral("n%1").arg(i)));
    QCOMPARE(h.backList().size(), tkb::NavigationHistory::maxBack);
}

void TestMainWindow::screenshots()
{
    // Set TALYSHKB_SCREENSHOTS to a folder to write the documentation's window pictures there.
    const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOTS");
    MainWindow w { QString() }; // the bundled base, as a reader first sees it
    QVERIFY(w.isBundled());
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLink(kb(QStringLiteral("person/alikram-hummatov"))));
    QVERIFY(w.openLink(kb(QStringLiteral("organization/talysh-national-movement")), TabPage::OpenIn::NewBackgroundTab));
    QTest::qWait(100);
    const QImage main = w.grab().toImage();
    QCOMPARE(main.size(), QSize(1200, 800) * main.devicePixelRatio());
    if (!dir.isEmpty())
        QVERIFY(main.save(dir + QStringLiteral("/window-main.png")));

    w.searchBar()->setText(QStringLiteral("Talysh language"));
    QTest::keyClick(w.searchBar(), Qt::Key_Return);
    QVERIFY(qobject_cast<tkb::SearchResultsPage *>(w.currentPage()));
    QTest::qWait(100);
    const QImage search = w.grab().toImage();
    QVERIFY(!search.isNull());
    if (!dir.isEmpty())
        QVERIFY(search.save(dir + QStringLiteral("/window-search.png")));

    // The floating parts are windows of their own: looked at separately, not published.
    if (!qEnvironmentVariableIsEmpty("TALYSHKB_SCREENSHOTS_EXTRA") && !dir.isEmpty()) {
        w.searchBar()->setFocus();
        w.searchBar()->clear();
        // QTest types ASCII only; Cyrillic comes as an input method would send it.
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("Гумм"));
        QCoreApplication::sendEvent(w.searchBar(), &typed);
        QTRY_VERIFY(w.searchBar()->completer()->popup()->isVisible());
        w.searchBar()->completer()->popup()->grab().save(dir + QStringLiteral("/extra-suggestions.png"));
        QTest::keyClick(w.searchBar()->completer()->popup(), Qt::Key_Escape);
        Q_EMIT w.currentPage()->linkHovered(kb(QStringLiteral("person/fahraddin-abbaszadeh")));
        QTRY_VERIFY(w.linkPreview()->isVisible());
        w.linkPreview()->grab().save(dir + QStringLiteral("/extra-preview.png"));
        tkb::LanguageManager::instance()->setLanguage(QStringLiteral("fa"), false);
        QCoreApplication::processEvents();
        QTest::qWait(100);
        w.grab().save(dir + QStringLiteral("/extra-persian-search.png"));
        w.tabWidget()->setCurrentIndex(0);
        QTest::qWait(100);
        w.grab().save(dir + QStringLiteral("/extra-persian.png"));
        tkb::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QCoreApplication::processEvents();
    }
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
