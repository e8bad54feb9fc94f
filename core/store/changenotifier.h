// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Says, as it happens, that another client has committed to the open knowledge base: on a server through
// PostgreSQL's LISTEN/NOTIFY on the base's own connection (every committing write notifies), delivered by the event
// loop of the base's thread. A file has no such news; isLive() is false and its readers poll dataVersion().
#include <QObject>

namespace tkb {

class KnowledgeBase;

class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    /// Listens on kb's connection (same thread as kb); kb must outlive the notifier or be closed first, after which
    /// nothing more is said.
    explicit ChangeNotifier(const KnowledgeBase &kb, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    /// Whether changes are told as they are committed (a base on a server whose notifications could be subscribed).
    bool isLive() const { return m_live; }

Q_SIGNALS:
    /// Another client (another window, the command line, another member of the team) has committed; this
    /// connection's own writes say nothing.
    void changed();

private:
    bool m_live = false;
};

} // namespace tkb
