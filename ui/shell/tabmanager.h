// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's tabs: opens, closes, duplicates and reopens them (a stack of the last closed ones), routes
// every link (kb: into a tab, http(s) to the web browser, anything else refused), moves each tab back,
// forward and home, and keeps the tab titles and the tab context menu.
#include <ui/shell/tabpage.h>

#include <QList>
#include <QObject>
#include <QUrl>

class QAction;
class QMainWindow;
class QPoint;

namespace tkb {

class BrowserTab;
class EditSession;
class KnowledgeBase;
class NavigationHistory;
class TabWidget;

class TabManager : public QObject
{
    Q_OBJECT
public:
    /// Manages the tabs of tabs, a widget of window (whose status bar tells what could not be opened).
    TabManager(TabWidget *tabs, QMainWindow *window);

    /// The base new pages read; closeAll() first when it changes: pages keep the old one's pointer.
    void setKnowledgeBase(KnowledgeBase *kb) { m_kb = kb; }
    /// Where pages send their edits (set once, before any tab opens).
    void setEditSession(EditSession *edits) { m_edits = edits; }
    /// The actions the tab context menu offers besides its own: a new tab and reopening a closed one.
    void setMenuActions(QAction *newTab, QAction *reopenTab);
    void setZoom(int steps);

    TabWidget *widget() const { return m_tabs; }
    int count() const;
    int currentIndex() const;
    /// Shows the tab at index and tells so even when it was already current.
    void activate(int index);
    /// The next (or previous) tab, round the end.
    void cycle(bool forward);
    TabPage *currentPage() const;
    TabPage *pageAt(int index) const;
    BrowserTab *currentTab() const;
    QUrl currentAddress() const;
    QList<QUrl> addresses() const;
    const NavigationHistory *historyAt(int index) const;

    /// Follows a link as a click would; returns whether it was followed.
    bool openLink(const QUrl &url, TabPage::OpenIn where = TabPage::OpenIn::CurrentTab);
    /// Opens address in a new tab and returns its index, or -1 when no page shows it.
    int openTab(const QUrl &address, bool activate = true);
    /// Shows the tab already on address, or opens one.
    void openOrFocus(const QUrl &address);
    void closeTab(int index);
    void closeOtherTabs(int index);
    /// Closes every tab at once, remembering none of them; the pages go now, not later.
    void closeAll();
    int duplicateTab(int index);
    bool reopenClosedTab();
    int closedTabCount() const { return int(m_closed.size()); }
    void forgetClosedTabs() { m_closed.clear(); }
    bool goBack();
    bool goForward();
    void goHome();
    /// Makes every page again from the knowledge base (after an import into it).
    void reloadAll();
    void refreshTitles();

Q_SIGNALS:
    /// What the window's actions follow changed: the tabs, the current one's history or page.
    void stateChanged();
    void currentChanged();
    void currentTitleChanged();
    void currentEntityChanged(const QString &id);
    void lastTabClosed();
    /// A page went away or was replaced: a link preview over it is stale.
    void pageLeft();
    void linkHovered(const QUrl &url);

private:
    /// What reopening brings back: the address and the tab's history around it.
    struct ClosedTab
    {
        QUrl address;
        QList<QUrl> back;
        QList<QUrl> forward;
    };

    TabPage *createPage(const QUrl &address, QWidget *parent);
    BrowserTab *tabAt(int index) const;
    BrowserTab *newTab();
    int insertTab(BrowserTab *tab, int position, bool activate);
    void onTabTitleChanged(BrowserTab *tab);
    void showContextMenu(int index, const QPoint &globalPos);
    void nothingAt(const QUrl &url);
    void refuse(const QUrl &url);

    TabWidget *m_tabs = nullptr;
    QMainWindow *m_window = nullptr;
    KnowledgeBase *m_kb = nullptr;
    EditSession *m_edits = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_reopenTab = nullptr;
    int m_zoom = 0;
    QList<ClosedTab> m_closed;
};

} // namespace tkb
