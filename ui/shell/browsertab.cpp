// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/browsertab.h>

#include <QApplication>
#include <QEvent>
#include <QVBoxLayout>

namespace tkb {

BrowserTab::BrowserTab(PageMaker maker, QWidget *parent)
    : QWidget(parent)
    , m_maker(std::move(maker))
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QUrl BrowserTab::address() const
{
    return m_page ? m_page->address() : m_history.current();
}

QString BrowserTab::title() const
{
    return m_page ? m_page->title() : QString();
}

void BrowserTab::setZoom(int steps)
{
    m_zoom = steps;
    if (m_page)
        m_page->setZoom(steps);
}

bool BrowserTab::show(const QUrl &address)
{
    TabPage *page = m_maker ? m_maker(address, this) : nullptr;
    if (!page)
        return false;
    const bool hadFocus = m_page && m_page->isAncestorOf(QApplication::focusWidget());
    if (m_page) {
        m_page->disconnect(this);
        m_page->removeEventFilter(this);
        m_layout->removeWidget(m_page);
        m_page->hide();
        // Navigation usually starts inside the old page's own link handler: delete it once that returns.
        m_page->deleteLater();
    }
    m_page = page;
    m_layout->addWidget(page);
    page->setZoom(m_zoom);
    page->installEventFilter(this);
    connect(page, &TabPage::linkActivated, this, &BrowserTab::linkActivated);
    connect(page, &TabPage::linkHovered, this, &BrowserTab::linkHovered);
    connect(page, &TabPage::titleChanged, this, [this] {
        // A page may change its own address (a filter, a section): history follows without a new entry.
        if (m_page)
            m_history.replaceCurrent(m_page->address());
        Q_EMIT titleChanged();
    });
    connect(page, &TabPage::currentEntityChanged, this, &BrowserTab::currentEntityChanged);
    page->show();
    if (hadFocus)
        page->setFocus(Qt::OtherFocusReason);
    Q_EMIT pageReplaced(page);
    Q_EMIT titleChanged();
    Q_EMIT currentEntityChanged(page->currentEntityId());
    return true;
}

bool BrowserTab::navigate(const QUrl &address)
{
    if (!show(address))
        return false;
    m_history.visit(m_page->address());
    return true;
}

bool BrowserTab::goBack()
{
    if (!m_history.canGoBack())
        return false;
    if (show(m_history.back()))
        return true;
    m_history.undoBack();
    return false;
}

bool BrowserTab::goForward()
{
    if (!m_history.canGoForward())
        return false;
    if (show(m_history.forward()))
        return true;
    m_history.undoForward();
    return false;
}

bool BrowserTab::rebuild()
{
    const QUrl current = address();
    return !current.isEmpty() && show(current);
}

bool BrowserTab::eventFilter(QObject *watched, QEvent *event)
{
    // Pages report the link under the mouse; when the mouse leaves the page altogether, that link is left too.
    if (watched == m_page && event->type() == QEvent::Leave)
        Q_EMIT linkHovered(QUrl());
    return QWidget::eventFilter(watched, event);
}

} // namespace tkb
