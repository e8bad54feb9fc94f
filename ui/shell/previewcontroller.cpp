// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <ui/shell/linkpreview.h>
#include <ui/shell/previewcontroller.h>

#include <QCursor>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace tkb {

namespace {
constexpr int previewDelayMs = 450;
constexpr int statusTimeoutMs = 8000;
} // namespace

PreviewController::PreviewController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_preview(new LinkPreview(window))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(previewDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PreviewController::showPending);
}

void PreviewController::setKnowledgeBase(const KnowledgeBase *kb)
{
    m_preview->setKnowledgeBase(kb);
}

void PreviewController::hover(const QUrl &url)
{
    const KbAddress address = KbAddress::parse(url);
    QStatusBar *status = m_window->statusBar();
    // Where a web link leads is worth seeing before clicking it; the line goes when the mouse leaves the link.
    const QString target = (!url.isEmpty() && url.scheme() != KbAddress::scheme) ? url.toDisplayString() : QString();
    if (!target.isEmpty())
        status->showMessage(target, statusTimeoutMs);
    else if (!m_hoveredTarget.isEmpty() && status->currentMessage() == m_hoveredTarget)
        status->clearMessage();
    m_hoveredTarget = target;
    if (url.isEmpty() || address.type() != KbAddress::Type::Entity) {
        hide();
        return;
    }
    if (m_preview->isVisible() && m_preview->entityId() == address.entityId())
        return;
    m_preview->hide();
    m_pending = url;
    m_timer->start();
}

void PreviewController::showPending()
{
    if (m_pending.isEmpty() || !m_window->isVisible())
        return;
    m_preview->showFor(m_pending, QCursor::pos());
}

void PreviewController::hide()
{
    m_timer->stop();
    m_pending.clear();
    m_preview->hide();
}

} // namespace tkb
