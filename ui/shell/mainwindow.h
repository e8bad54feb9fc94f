// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The program's main window: puts together the tabs, the menus and toolbar, the search bar, the
// linked-entity sidebar, link previews and the status bar, and wires them to each other. Its parts do the
// work: TabManager (tabs and where links go), BaseOpener (the open knowledge base and imports),
// WindowActions (commands), SessionStore (what is remembered between runs), PreviewController.
#include <ui/shell/baseopener.h>
#include <ui/shell/previewcontroller.h>
#include <ui/shell/sessionstore.h>
#include <ui/shell/tabmanager.h>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QLabel;
class QProgressBar;

namespace tkb {

class ChangeBanner;
class EditActions;
class EditSession;
class KnowledgeBase;
class LinkPreview;
class NavigationHistory;
class SearchBar;
class SidebarDock;
class TabWidget;
class UndoHistoryDock;
class WindowActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// A window without a knowledge base; call openKnowledgeBase().
    explicit MainWindow(QWidget *parent = nullptr);
    /// A window on the knowledge base at kbPath (the bundled one when empty), as openKnowledgeBase() does.
    explicit MainWindow(const QString &kbPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the knowledge base at path (the bundled one when empty) in place of the current one and shows
    /// its tabs: the last session's for the same file on the first open, else Overview and People. A file
    /// another Talysh KB holds is opened read-only. On failure explains why and offers the bundled base;
    /// returns whether the requested file is now open.
    bool openKnowledgeBase(const QString &path = {}) { return m_base->open(path); }
    KnowledgeBase *knowledgeBase() const { return m_base->knowledgeBase(); }
    bool isReadOnly() const { return m_base->isReadOnly(); }
    bool isBundled() const { return m_base->isBundled(); }

    // ---- tabs (see TabManager) ----
    TabManager *tabs() const { return m_tabs; }
    int tabCount() const { return m_tabs->count(); }
    int currentTabIndex() const { return m_tabs->currentIndex(); }
    TabPage *currentPage() const { return m_tabs->currentPage(); }
    TabPage *pageAt(int index) const { return m_tabs->pageAt(index); }
    QUrl currentAddress() const { return m_tabs->currentAddress(); }
    QList<QUrl> tabAddresses() const { return m_tabs->addresses(); }
    const NavigationHistory *historyAt(int index) const { return m_tabs->historyAt(index); }
    /// Follows a link as a click would: kb: addresses in the tab where says, http(s) in the web browser,
    /// every other scheme refused with a status message. Returns whether the link was followed.
    bool openLink(const QUrl &url, tkb::TabPage::OpenIn where = TabPage::OpenIn::CurrentTab)
    {
        return m_tabs->openLink(url, where);
    }
    /// Opens address in a new tab and returns its index, or -1 when no page shows it.
    int openTab(const QUrl &address, bool activate = true) { return m_tabs->openTab(address, activate); }
    /// Shows the tab already on address, or opens one.
    void openOrFocus(const QUrl &address) { m_tabs->openOrFocus(address); }
    void closeTab(int index) { m_tabs->closeTab(index); }
    void closeOtherTabs(int index) { m_tabs->closeOtherTabs(index); }
    int duplicateTab(int index) { return m_tabs->duplicateTab(index); }
    bool reopenClosedTab() { return m_tabs->reopenClosedTab(); }
    int closedTabCount() const { return m_tabs->closedTabCount(); }
    bool goBack() { return m_tabs->goBack(); }
    bool goForward() { return m_tabs->goForward(); }
    void goHome() { m_tabs->goHome(); }

    // ---- view ----
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    static constexpr int minZoom = -5;
    static constexpr int maxZoom = 10;

    /// Imports an article or pack into target (created when create) on a worker thread.
    void startImport(const QString &inputPath, const QString &target, bool create)
    {
        m_base->startImport(inputPath, target, create);
    }
    bool isImporting() const { return m_base->isImporting(); }

    /// Writes geometry, layout, tabs, sidebar and zoom to the settings (also done on close).
    void saveSession() const;

    SidebarDock *sidebar() const { return m_sidebar; }
    SearchBar *searchBar() const { return m_search; }
    TabWidget *tabWidget() const { return m_tabs->widget(); }
    LinkPreview *linkPreview() const { return m_previews->preview(); }
    QLabel *baseLabel() const { return m_baseLabel; }
    // ---- editing (ui/editing) ----
    EditSession *edits() const { return m_edits; }
    EditActions *editActions() const { return m_editActions; }
    UndoHistoryDock *undoHistory() const { return m_undoDock; }
    ChangeBanner *changeBanner() const { return m_banner; }
    /// Makes every open page, the sidebar and the lists again from the base (after an edit here or elsewhere).
    void refreshAll();

Q_SIGNALS:
    void knowledgeBaseChanged();
    void importFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectActions();
    /// Opens or shows the tab on address and puts the keyboard into its page (a view, the graph, a history).
    void openFocused(const QUrl &address);
    void connectSearch();
    void connectEditing();
    void askAuthor();
    void retranslate();
    void noteSidebarArea(Qt::DockWidgetArea area);
    void placeSidebar();
    void detachBase();
    void attachBase();
    void onCurrentTabChanged();
    void updateActions();
    void updateWindowTitle();
    void cycleFocus(bool forward);
    void focusSearch();
    void showAbout();

    BaseOpener *m_base = nullptr;
    TabManager *m_tabs = nullptr;
    WindowActions *m_actions = nullptr;
    EditSession *m_edits = nullptr;
    EditActions *m_editActions = nullptr;
    UndoHistoryDock *m_undoDock = nullptr;
    ChangeBanner *m_banner = nullptr;
    PreviewController *m_previews = nullptr;
    SessionStore m_session;
    SidebarDock *m_sidebar = nullptr;
    SearchBar *m_search = nullptr;
    QLabel *m_baseLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    /// The sidebar sits at the end of the reading direction (right in English, left in Persian) unless the
    /// user moves it; kept logically so a language switch mirrors it.
    bool m_sidebarAtEnd = true;
    int m_zoom = 0;
};

} // namespace tkb
