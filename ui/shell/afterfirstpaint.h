// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a function once a window's first paint has reached the screen, so the window shows itself before slow work
// (opening a large knowledge base) rather than staying black until it is done.
#include <QObject>

#include <functional>

class QWidget;

namespace tkb {

class AfterFirstPaint : public QObject
{
public:
    /// Calls then once, after window's next paint has been flushed, or after fallbackMs if no paint comes (a
    /// window that is never exposed). Deletes itself afterwards.
    static void run(QWidget *window, std::function<void()> then, int fallbackMs = 1000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, std::function<void()> then, int fallbackMs);
    void fire();

    QWidget *m_window;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace tkb
