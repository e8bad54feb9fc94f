// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decides when the link preview card shows: a moment after the mouse comes to rest on a link to an entity,
// gone when it leaves, the page changes or the window goes inactive; web links show their address in the
// status bar instead.
#include <QObject>
#include <QUrl>

class QMainWindow;
class QTimer;

namespace tkb {

class KnowledgeBase;
class LinkPreview;

class PreviewController : public QObject
{
    Q_OBJECT
public:
    /// The card is a child of window; the web addresses go to its status bar.
    explicit PreviewController(QMainWindow *window);

    LinkPreview *preview() const { return m_preview; }
    void setKnowledgeBase(const KnowledgeBase *kb);
    /// The mouse is over url now (empty: over no link).
    void hover(const QUrl &url);
    void hide();

private:
    void showPending();

    QMainWindow *m_window = nullptr;
    LinkPreview *m_preview = nullptr;
    QTimer *m_timer = nullptr;
    QUrl m_pending;
    QString m_hoveredTarget; ///< the web address shown in the status bar while the mouse is on its link
};

} // namespace tkb
