// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bar over the pages that says another window or program has changed the open knowledge base, with a button
// to show the new state: the file is looked at every few seconds, and nothing is reloaded without the reader's
// word (a half-read page never changes under them).
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace tkb {

class KnowledgeBase;

class ChangeBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeBanner(QWidget *parent = nullptr);
    /// The base to watch (nullptr: none); the banner hides.
    void setKnowledgeBase(KnowledgeBase *kb);
    /// Looks at the file now rather than at the next tick.
    void poll();
    /// How often the file is looked at.
    void setInterval(int msec);

Q_SIGNALS:
    /// The reader asked to see the changes.
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    KnowledgeBase *m_kb = nullptr;
    qint64 m_seen = -1;
    QLabel *m_text;
    QPushButton *m_refresh;
    QTimer *m_timer;
};

} // namespace tkb
