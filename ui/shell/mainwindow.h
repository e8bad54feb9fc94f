#pragma once
// The program's main window: browser-like tabs with per-tab history, the menus and toolbar, the search bar,
// the linked-entity sidebar and link previews; it owns the open knowledge base, decides where every link
// goes (kb: inside, http(s) outside, anything else refused) and remembers its tabs and layout.
#include <ui/shell/tabpage.h>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class QToolBar;

namespace tkb {

class BrowserTab;
class ImportJob;
class InstanceGuard;
class KnowledgeBase;
class LanguageMenu;
class LinkPreview;
class NavigationHistory;
class SearchBar;
class SidebarDock;
class TabWidget;
struct StoreError;

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
    bool openKnowledgeBase(const QString &path = {});
    KnowledgeBase *knowledgeBase() const { return m_kb.get(); }
    bool isReadOnly() const;
    bool isBundled() const { return m_bundled; }

    // ---- tabs ----
    int tabCount() const;
    int currentTabIndex() const;
    TabPage *currentPage() const;
    TabPage *pageAt(int index) const;
    QUrl currentAddress() const;
    QList<QUrl> tabAddresses() const;
    const NavigationHistory *historyAt(int index) const;
    /// Follows a link as a click would: kb: addresses in the tab where says, http(s) in the web browser,
    /// every other scheme refused with a status message. Returns whether the link was followed.
    bool openLink(const QUrl &url, tkb::TabPage::OpenIn where = TabPage::OpenIn::CurrentTab);
    /// Opens address in a new tab and returns its index, or -1 when no page shows it.
    int openTab(const QUrl &address, bool activate = true);
    /// Shows the tab already on address, or opens one.
    void openOrFocus(const QUrl &address);
    void closeTab(int index);
    void closeOtherTabs(int index);
    int duplicateTab(int index);
    bool reopenClosedTab();
    int closedTabCount() const { return int(m_closed.size()); }
    bool goBack();
    bool goForward();
    void goHome();

    // ---- view ----
    void setZoom(int steps);
    int zoom() const { return m_zoom; }
    static constexpr int minZoom = -5;
    static constexpr int maxZoom = 10;

    /// Imports an article or pack into target (created when create) on a worker thread.
    void startImport(const QString &inputPath, const QString &target, bool create);
    bool isImporting() const;

    /// Writes geometry, layout, tabs, sidebar and zoom to the settings (also done on close).
    void saveSession() const;

    SidebarDock *sidebar() const { return m_sidebar; }
    SearchBar *searchBar() const { return m_search; }
    TabWidget *tabWidget() const { return m_tabs; }
    LinkPreview *linkPreview() const { return m_preview; }
    QLabel *baseLabel() const { return m_baseLabel; }

Q_SIGNALS:
    void knowledgeBaseChanged();
    void importFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// What Ctrl+Shift+T brings back: the address and the tab's history around it.
    struct ClosedTab
    {
        QUrl address;
        QList<QUrl> back;
        QList<QUrl> forward;
    };

    void createActions();
    void createMenus();
    void createToolBar();
    void retranslate();
    void refreshIcons();
    void placeSidebar();
    void restoreWindowState();

    TabPage *createPage(const QUrl &address, QWidget *parent);
    BrowserTab *tabAt(int index) const;
    BrowserTab *currentTab() const;
    BrowserTab *newTab();
    int insertTab(BrowserTab *tab, int position, bool activate);
    void closeAllTabs();
    void restoreTabs();
    void onCurrentTabChanged();
    void onTabTitleChanged(BrowserTab *tab);
    void onTabEntityChanged(BrowserTab *tab, const QString &id);
    void showTabContextMenu(int index, const QPoint &globalPos);
    void refreshTabTitles();
    void updateActions();
    void updateWindowTitle();
    void updateBaseLabel();

    void onLinkHovered(const QUrl &url);
    void showPendingPreview();
    void hidePreview();

    void cycleFocus(bool forward);
    void focusSearch();
    void chooseKnowledgeBase();
    void chooseImport();
    void onImportFinished();
    void reloadAll();
    void showOpenError(const QString &path, bool bundled, const StoreError &error);
    void refuse(const QUrl &url);

    // ---- state ----
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<InstanceGuard> m_guard;
    bool m_bundled = false;
    bool m_heldByOther = false;
    bool m_sessionRestored = false;
    /// The sidebar sits at the end of the reading direction (right in English, left in Persian) unless the
    /// user moves it; kept logically so a language switch mirrors it.
    bool m_sidebarAtEnd = true;
    int m_zoom = 0;
    QList<ClosedTab> m_closed;
    ImportJob *m_importJob = nullptr;

    // ---- widgets ----
    TabWidget *m_tabs = nullptr;
    SidebarDock *m_sidebar = nullptr;
    SearchBar *m_search = nullptr;
    LinkPreview *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    QUrl m_pendingPreview;
    QString m_hoveredTarget; ///< the web address shown in the status bar while the mouse is on its link
    QLabel *m_baseLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolBar *m_toolBar = nullptr;
    LanguageMenu *m_languageMenu = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_openBase = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_print = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_newTab = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_reopenTab = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_nextTab = nullptr;
    QAction *m_previousTab = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_focusSearch = nullptr;
    QAction *m_focusNext = nullptr;
    QAction *m_focusPrevious = nullptr;
    QAction *m_graph = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_viewActions; ///< Overview, People, ... Sources: each opens or focuses its tab
};

} // namespace tkb
