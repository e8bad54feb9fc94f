// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab drawing an entity's neighbourhood: the entity in the centre, every related entity around it in its
// kind's colour, the relations as labelled arrows. Clicking a node opens that entity.
#include <ui/shell/tabpage.h>

class QGraphicsScene;
class QGraphicsView;

namespace tkb {

class GraphEdgeItem;
class GraphNodeItem;
class KnowledgeBase;

class GraphPage : public TabPage
{
    Q_OBJECT
public:
    GraphPage(KnowledgeBase *kb, const QString &id, QWidget *parent = nullptr);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override;
    void setZoom(int steps) override;
    void reload() override;

    QGraphicsView *view() const { return m_view; }
    /// The centre first, then the neighbours around it.
    QList<GraphNodeItem *> nodes() const { return m_nodes; }
    QList<GraphEdgeItem *> edges() const { return m_edges; }
    /// Opens a node as a click with these modifiers would.
    void activateNode(const QString &id, OpenIn where);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void applyTransform();
    void setCurrentNode(int index);
    void showMenu(GraphNodeItem *node, const QPoint &globalPos);
    GraphNodeItem *nodeAt(const QPoint &viewportPos) const;

    KnowledgeBase *m_kb;
    QString m_id;
    QString m_name;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QList<GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    QString m_hovered;
    QFont m_baseFont;
    int m_current = -1;
    int m_zoom = 0;
    int m_wheelSteps = 0;
};

} // namespace tkb
