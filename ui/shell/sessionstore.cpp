// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/entitykind.h>
#include <core/render/kbaddress.h>
#include <ui/shell/baseopener.h>
#include <ui/shell/sessionstore.h>
#include <ui/shell/tabmanager.h>

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>

namespace tkb {

namespace {
// QSettings keys: users' saved sessions depend on them.
const QString keyGeometry = QStringLiteral("window/geometry");
const QString keyState = QStringLiteral("window/state");
const QString keySidebar = QStringLiteral("window/sidebarVisible");
const QString keyZoom = QStringLiteral("view/zoom");
const QString keyTabs = QStringLiteral("session/tabs");
const QString keyCurrent = QStringLiteral("session/current");
const QString keyBase = QStringLiteral("session/base");
} // namespace

int SessionStore::restoreWindow(QMainWindow *window, QDockWidget *sidebar, int minZoom, int maxZoom)
{
    QSettings settings;
    if (!window->restoreGeometry(settings.value(keyGeometry).toByteArray()))
        window->resize(1200, 800);
    if (!window->restoreState(settings.value(keyState).toByteArray())) {
        // First run: room for a card's names and labels without wrapping every line.
        window->resizeDocks({ sidebar }, { 340 }, Qt::Horizontal);
    }
    sidebar->setVisible(settings.value(keySidebar, true).toBool());
    return qBound(minZoom, settings.value(keyZoom, 0).toInt(), maxZoom);
}

void SessionStore::restoreTabs(TabManager &tabs, const QString &kbPath)
{
    QSettings settings;
    const bool first = !m_restored;
    m_restored = true;
    // The saved tabs belong to the file they were open on; another file starts with the usual two.
    const bool sameBase
        = settings.contains(keyTabs) && BaseOpener::sameFile(settings.value(keyBase).toString(), kbPath);
    if (first && sameBase) {
        const QStringList saved = settings.value(keyTabs).toStringList();
        for (const QString &s : saved)
            tabs.openTab(QUrl(s), false);
        if (tabs.count() > 0) {
            tabs.activate(qBound(0, settings.value(keyCurrent, 0).toInt(), tabs.count() - 1));
            return;
        }
    }
    tabs.openTab(KbAddress::article(), false);
    tabs.openTab(KbAddress::list(EntityKind::Person), false);
    tabs.activate(tabs.count() > 0 ? 0 : -1);
}

void SessionStore::save(
    const QMainWindow *window, const QDockWidget *sidebar, int zoom, const TabManager &tabs, const QString &kbPath)
{
    QSettings settings;
    settings.setValue(keyGeometry, window->saveGeometry());
    settings.setValue(keyState, window->saveState());
    settings.setValue(keySidebar, sidebar->isVisible() || (!window->isVisible() && !sidebar->isHidden()));
    settings.setValue(keyZoom, zoom);
    if (!kbPath.isEmpty()) {
        QStringList saved;
        for (const QUrl &u : tabs.addresses())
            saved << u.toString(QUrl::FullyEncoded);
        settings.setValue(keyTabs, saved);
        settings.setValue(keyCurrent, tabs.currentIndex());
        settings.setValue(keyBase, kbPath);
    }
}

} // namespace tkb
