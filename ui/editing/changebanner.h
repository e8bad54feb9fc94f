// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps the pages up with what others change in the open knowledge base. A file is looked at every few seconds and
// this bar says it has changed, with a button to show the new state: nothing is reloaded without the reader's word.
// A base on a server tells its changes as they are committed (ChangeNotifier): the pages then update by themselves,
// keeping their place, unless the reader is in the middle of something (an editor or another dialog, a menu): then
// the bar says so, and the pages update as soon as that is closed.
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace tkb {

class ChangeNotifier;
class KnowledgeBase;

class ChangeBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeBanner(QWidget *parent = nullptr);
    /// The base to watch (nullptr: none); the banner hides.
    void setKnowledgeBase(KnowledgeBase *kb);
    /// Looks at the file now rather than at the next tick (nothing to do for a base that tells its changes).
    void poll();
    /// Whether the base tells its changes as they happen, so the pages follow them without a click.
    bool isLive() const;
    /// How often the file is looked at.
    void setInterval(int msec);

Q_SIGNALS:
    /// The reader asked to see the changes, or (on a live base) another client's changes came in.
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followLiveChange();

    KnowledgeBase *m_kb = nullptr;
    qint64 m_seen = -1;
    QLabel *m_text;
    QPushButton *m_refresh;
    QTimer *m_timer;
    QTimer *m_settle; ///< gathers a burst of live changes into one update, and waits while the reader is busy
    ChangeNotifier *m_notifier = nullptr;
};

} // namespace tkb
