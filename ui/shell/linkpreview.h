// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small card that appears near the mouse over a link to an entity: name, kind and summary, so a reader
// can see who or what a name is without leaving the page. It never takes focus or the mouse.
#include <QFrame>

class QLabel;

namespace tkb {

class KnowledgeBase;

class LinkPreview : public QFrame
{
    Q_OBJECT
public:
    explicit LinkPreview(QWidget *parent = nullptr);

    void setKnowledgeBase(const KnowledgeBase *kb) { m_kb = kb; }
    /// Fills the card for the entity a kb: link names and shows it near globalPos. False (and hidden) when
    /// the link names no entity of the knowledge base.
    bool showFor(const QUrl &url, const QPoint &globalPos);
    QString entityId() const { return m_id; }
    QString text() const;

private:
    const KnowledgeBase *m_kb = nullptr;
    QString m_id;
    QLabel *m_label = nullptr;
};

} // namespace tkb
