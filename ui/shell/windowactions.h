// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's commands: every QAction with its shortcuts, placed in the menu bar and the toolbar, enabled
// for what the window shows, retranslated and given icons. What each action does is wired by the window.
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace tkb {

class WindowActions : public QObject
{
    Q_OBJECT
public:
    /// What the actions' enabled states follow.
    struct State
    {
        bool haveBase = false;
        bool haveTab = false;
        bool canGoBack = false;
        bool canGoForward = false;
        int tabCount = 0;
        bool canReopen = false; ///< a closed tab to bring back
        bool haveEntity = false; ///< the current page shows an entity
        bool importing = false;
    };

    /// Makes the actions as children of window, whose shortcuts then work with the menu bar hidden;
    /// sidebarToggle (the sidebar's own action) gets its shortcut and a place in the menus and toolbar.
    WindowActions(QMainWindow *window, QAction *sidebarToggle);

    /// Fills the window's menu bar (File, editMenu, View with languageMenu and the theme menu, Go, Help) and adds
    /// the toolbar with search in it.
    void place(QMenu *languageMenu, QWidget *search, QMenu *editMenu);
    void update(const State &state);
    void setZoomLimits(bool canZoomIn, bool canZoomOut);
    void retranslate();
    /// Theme icons where the desktop has them, the style's own otherwise; again on a style or direction change.
    void refreshIcons();

    QToolBar *toolBar() const { return m_toolBar; }

    // Set once by the constructor.
    QAction *openBase = nullptr;
    QAction *connectServer = nullptr;
    /// File > Open Recent, filled by RecentBases.
    QMenu *recentMenu = nullptr;
    QAction *importArticle = nullptr;
    QAction *exportPdf = nullptr;
    QAction *print = nullptr;
    QAction *printPreview = nullptr;
    QAction *newTab = nullptr;
    QAction *closeTab = nullptr;
    QAction *reopenTab = nullptr;
    QAction *quit = nullptr;
    QAction *nextTab = nullptr;
    QAction *previousTab = nullptr;
    QAction *back = nullptr;
    QAction *forward = nullptr;
    QAction *home = nullptr;
    QAction *reload = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *focusSearch = nullptr;
    QAction *focusNext = nullptr;
    QAction *focusPrevious = nullptr;
    QAction *graph = nullptr;
    QAction *about = nullptr;
    QAction *sidebarToggle = nullptr;
    QList<QAction *>
        views; ///< Overview, People, ... Sources, each with its address as data(): opens or focuses its tab

private:
    QAction *make(const char *name, const QList<QKeySequence> &keys);

    QMainWindow *m_window = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace tkb
