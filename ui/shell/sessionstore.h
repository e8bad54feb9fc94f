// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Remembers the window between runs in the settings: geometry and dock layout, whether the sidebar shows,
// the zoom, and the tabs with the knowledge base they were open on.
#include <QString>

class QDockWidget;
class QMainWindow;

namespace tkb {

class TabManager;

class SessionStore
{
public:
    /// Restores the window's geometry, layout and sidebar visibility; returns the saved zoom within
    /// [minZoom, maxZoom].
    static int restoreWindow(QMainWindow *window, QDockWidget *sidebar, int minZoom, int maxZoom);
    /// Opens the last session's tabs when this is the first base opened and the session was on the same file,
    /// else Overview and People; the first tab is current then.
    void restoreTabs(TabManager &tabs, const QString &kbPath);
    /// kbPath empty: no base is open and the saved tabs are kept.
    static void save(
        const QMainWindow *window, const QDockWidget *sidebar, int zoom, const TabManager &tabs, const QString &kbPath);

private:
    bool m_restored = false;
};

} // namespace tkb
