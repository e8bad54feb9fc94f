// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <ui/search/searchresultspage.h>
#include <ui/shell/browsertab.h>
#include <ui/shell/pagefactory.h>
#include <ui/shell/tabbar.h>
#include <ui/shell/tabmanager.h>
#include <ui/shell/tabwidget.h>

#include <QDesktopServices>
#include <QMainWindow>
#include <QMenu>
#include <QSignalBlocker>
#include <QStatusBar>

namespace tkb {

namespace {
constexpr int maxClosedTabs = 20;
constexpr int statusTimeoutMs = 8000;
} // namespace

TabManager::TabManager(TabWidget *tabs, QMainWindow *window)
    : QObject(window)
    , m_tabs(tabs)
    , m_window(window)
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &TabManager::currentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TabManager::closeTab);
    connect(m_tabs, &QTabWidget::tabBarDoubleClicked, this, [this](int index) {
        if (index < 0 && m_kb)
            openTab(KbAddress::article());
    });
    connect(m_tabs->browserTabBar(), &TabBar::contextMenuRequested, this, &TabManager::showContextMenu);
}

void TabManager::setMenuActions(QAction *newTab, QAction *reopenTab)
{
    m_newTab = newTab;
    m_reopenTab = reopenTab;
}

void TabManager::setZoom(int steps)
{
    m_zoom = steps;
    for (int i = 0; i < count(); ++i)
        tabAt(i)->setZoom(m_zoom);
}

TabPage *TabManager::createPage(const QUrl &address, QWidget *parent)
{
    if (!m_kb || address.scheme() != KbAddress::scheme)
        return nullptr;
    if (SearchResultsPage::isSearchAddress(address))
        return new SearchResultsPage(address, m_kb, parent);
    return PageFactory::create(address, m_kb, parent, m_edits);
}

BrowserTab *TabManager::tabAt(int index) const
{
    return qobject_cast<BrowserTab *>(m_tabs->widget(index));
}

BrowserTab *TabManager::currentTab() const
{
    return qobject_cast<BrowserTab *>(m_tabs->currentWidget());
}

int TabManager::count() const
{
    return m_tabs->count();
}

int TabManager::currentIndex() const
{
    return m_tabs->currentIndex();
}

void TabManager::activate(int index)
{
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
    Q_EMIT currentChanged();
}

void TabManager::cycle(bool forward)
{
    if (count() > 1)
        m_tabs->setCurrentIndex((currentIndex() + (forward ? 1 : count() - 1)) % count());
}

TabPage *TabManager::currentPage() const
{
    BrowserTab *t = currentTab();
    return t ? t->page() : nullptr;
}

TabPage *TabManager::pageAt(int index) const
{
    BrowserTab *t = tabAt(index);
    return t ? t->page() : nullptr;
}

QUrl TabManager::currentAddress() const
{
    BrowserTab *t = currentTab();
    return t ? t->address() : QUrl();
}

QList<QUrl> TabManager::addresses() const
{
    QList<QUrl> out;
    for (int i = 0; i < count(); ++i)
        out << tabAt(i)->address();
    return out;
}

const NavigationHistory *TabManager::historyAt(int index) const
{
    BrowserTab *t = tabAt(index);
    return t ? &t->history() : nullptr;
}

BrowserTab *TabManager::newTab()
{
    auto *tab = new BrowserTab([this](const QUrl &address, QWidget *parent) { return createPage(address, parent); });
    tab->setZoom(m_zoom);
    connect(tab, &BrowserTab::linkActivated, this, [this, tab](const QUrl &url, TabPage::OpenIn where) {
        // A link in a background tab still navigates that tab, not whichever is in front.
        if (where == TabPage::OpenIn::CurrentTab && tab != currentTab()) {
            if (KbAddress::parse(url).isValid() || url.scheme() == KbAddress::scheme) {
                if (!tab->navigate(url))
                    refuse(url);
                return;
            }
        }
        openLink(url, where);
    });
    connect(tab, &BrowserTab::linkHovered, this, &TabManager::linkHovered);
    connect(tab, &BrowserTab::titleChanged, this, [this, tab] { onTabTitleChanged(tab); });
    connect(tab, &BrowserTab::currentEntityChanged, this, [this, tab](const QString &id) {
        if (tab == currentTab())
            Q_EMIT currentEntityChanged(id);
    });
    connect(tab, &BrowserTab::pageReplaced, this, [this, tab] {
        Q_EMIT pageLeft();
        if (tab == currentTab())
            Q_EMIT stateChanged();
    });
    return tab;
}

int TabManager::insertTab(BrowserTab *tab, int position, bool activate)
{
    const int index = m_tabs->insertTab(position, tab, QString());
    m_tabs->setTabTitle(index, tab->title());
    if (activate)
        m_tabs->setCurrentIndex(index);
    Q_EMIT stateChanged();
    return index;
}

void TabManager::nothingAt(const QUrl &url)
{
    m_window->statusBar()->showMessage(
        tr("There is nothing to show at %1.").arg(url.toDisplayString()), statusTimeoutMs);
}

int TabManager::openTab(const QUrl &address, bool activate)
{
    if (!m_kb)
        return -1;
    BrowserTab *tab = newTab();
    if (!tab->navigate(address)) {
        delete tab;
        nothingAt(address);
        return -1;
    }
    return insertTab(tab, count(), activate);
}

void TabManager::openOrFocus(const QUrl &address)
{
    for (int i = 0; i < count(); ++i) {
        if (tabAt(i)->address() == address) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    openTab(address);
}

bool TabManager::openLink(const QUrl &url, TabPage::OpenIn where)
{
    if (url.isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == KbAddress::scheme) {
        if (!m_kb)
            return false;
        BrowserTab *tab = currentTab();
        if (where == TabPage::OpenIn::CurrentTab && tab) {
            if (!tab->navigate(url)) {
                nothingAt(url);
                return false;
            }
            Q_EMIT stateChanged();
            return true;
        }
        // Tabs opened from a link go right after the current one, as in a web browser.
        BrowserTab *fresh = newTab();
        if (!fresh->navigate(url)) {
            delete fresh;
            nothingAt(url);
            return false;
        }
        insertTab(fresh, tab ? currentIndex() + 1 : count(), where != TabPage::OpenIn::NewBackgroundTab);
        return true;
    }
    if (KbAddress::isSafeLink(url)) { // http(s) with a host
        QDesktopServices::openUrl(url);
        m_window->statusBar()->showMessage(
            tr("Opened %1 in your web browser.").arg(url.toDisplayString()), statusTimeoutMs);
        return true;
    }
    refuse(url);
    return false;
}

void TabManager::refuse(const QUrl &url)
{
    QString shown = url.toDisplayString();
    if (shown.size() > 80)
        shown = shown.left(79) + QStringLiteral("…");
    m_window->statusBar()->showMessage(
        tr("Refused to open “%1”: only kb: pages and web (http, https) links are followed.").arg(shown),
        statusTimeoutMs);
}

void TabManager::closeTab(int index)
{
    BrowserTab *tab = tabAt(index);
    if (!tab)
        return;
    m_closed.append(ClosedTab { tab->address(), tab->history().backList(), tab->history().forwardList() });
    if (m_closed.size() > maxClosedTabs)
        m_closed.removeFirst();
    Q_EMIT pageLeft();
    m_tabs->removeTab(index);
    // The close may come from inside the tab (its context menu): let the event that asked for it finish.
    tab->hide();
    tab->deleteLater();
    Q_EMIT stateChanged();
    if (count() == 0)
        Q_EMIT lastTabClosed();
}

void TabManager::closeOtherTabs(int index)
{
    BrowserTab *keep = tabAt(index);
    if (!keep)
        return;
    for (int i = count() - 1; i >= 0; --i) {
        if (tabAt(i) != keep)
            closeTab(i);
    }
}

void TabManager::closeAll()
{
    Q_EMIT pageLeft();
    // The pages go now, not later: they must not outlive the knowledge base they point to. The hidden ones first and
    // quietly, so that none is shown (laid out, its entity put in the sidebar) only to go; then the shown one, which
    // tells once that no tab is left.
    const auto remove = [this](int index) {
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        delete w;
    };
    {
        const QSignalBlocker quiet(m_tabs);
        for (int i = count() - 1; i >= 0; --i) {
            if (i != m_tabs->currentIndex())
                remove(i);
        }
    }
    while (count() > 0)
        remove(0);
}

int TabManager::duplicateTab(int index)
{
    BrowserTab *source = tabAt(index);
    if (!source)
        return -1;
    BrowserTab *copy = newTab();
    if (!copy->navigate(source->address())) {
        delete copy;
        return -1;
    }
    copy->setHistory(source->history());
    return insertTab(copy, index + 1, true);
}

bool TabManager::reopenClosedTab()
{
    while (m_kb && !m_closed.isEmpty()) {
        const ClosedTab closed = m_closed.takeLast();
        BrowserTab *tab = newTab();
        if (!tab->navigate(closed.address)) {
            delete tab;
            continue;
        }
        NavigationHistory history;
        for (const QUrl &u : closed.back)
            history.visit(u);
        history.visit(closed.address);
        for (const QUrl &u : closed.forward)
            history.visit(u);
        for (qsizetype i = 0; i < closed.forward.size(); ++i)
            history.back();
        tab->setHistory(history);
        insertTab(tab, qMin(count(), currentIndex() + 1), true);
        return true;
    }
    Q_EMIT stateChanged();
    return false;
}

bool TabManager::goBack()
{
    BrowserTab *tab = currentTab();
    const bool ok = tab && tab->goBack();
    Q_EMIT stateChanged();
    return ok;
}

bool TabManager::goForward()
{
    BrowserTab *tab = currentTab();
    const bool ok = tab && tab->goForward();
    Q_EMIT stateChanged();
    return ok;
}

void TabManager::goHome()
{
    if (!m_kb)
        return;
    if (currentTab())
        openLink(KbAddress::article(), TabPage::OpenIn::CurrentTab);
    else
        openTab(KbAddress::article());
}

void TabManager::reloadAll()
{
    for (int i = 0; i < count(); ++i) {
        if (TabPage *p = pageAt(i))
            p->reload();
    }
    refreshTitles();
}

void TabManager::onTabTitleChanged(BrowserTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabTitle(index, tab->title());
    if (tab == currentTab())
        Q_EMIT currentTitleChanged();
}

void TabManager::refreshTitles()
{
    for (int i = 0; i < count(); ++i)
        m_tabs->setTabTitle(i, tabAt(i)->title());
    Q_EMIT currentTitleChanged();
}

void TabManager::showContextMenu(int index, const QPoint &globalPos)
{
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("tabContextMenu"));
    if (m_newTab)
        menu.addAction(m_newTab);
    if (index >= 0) {
        menu.addSeparator();
        menu.addAction(tr("&Reload"), this, [this, index] {
            if (TabPage *p = pageAt(index))
                p->reload();
        });
        menu.addAction(tr("&Duplicate"), this, [this, index] { duplicateTab(index); });
        menu.addSeparator();
        menu.addAction(tr("&Close"), this, [this, index] { closeTab(index); });
        QAction *others = menu.addAction(tr("Close &Others"), this, [this, index] { closeOtherTabs(index); });
        others->setEnabled(count() > 1);
    }
    menu.addSeparator();
    if (m_reopenTab)
        menu.addAction(m_reopenTab);
    menu.exec(globalPos);
}

} // namespace tkb
