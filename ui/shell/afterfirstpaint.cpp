// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/afterfirstpaint.h>

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace tkb {

void AfterFirstPaint::run(QWidget *window, std::function<void()> then, int fallbackMs)
{
    new AfterFirstPaint(window, std::move(then), fallbackMs);
}

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> then, int fallbackMs)
    : QObject(window)
    , m_window(window)
    , m_then(std::move(then))
{
    window->installEventFilter(this);
    QTimer::singleShot(fallbackMs, this, &AfterFirstPaint::fire);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // The paint of the whole window and its flush to the screen end before a queued call runs.
    if (watched == m_window && event->type() == QEvent::Paint)
        QMetaObject::invokeMethod(this, &AfterFirstPaint::fire, Qt::QueuedConnection);
    return false;
}

void AfterFirstPaint::fire()
{
    if (m_fired)
        return;
    m_fired = true;
    m_window->removeEventFilter(this);
    const auto then = std::move(m_then);
    deleteLater();
    then();
}

} // namespace tkb
