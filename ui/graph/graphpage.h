// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab drawing an entity's neighbourhood: the entity in the centre, every related entity around it in its
// kind's colour, the relations as labelled arrows. Clicking a node opens that entity. An entity with many
// relations gets one node per kind of relation with its count instead; opening one shows its entities a page
// at a time ("show more"), all of it by keyboard too. "Show as table" gives the same relations as rows.
#include <core/store/neighbourquery.h>
#include <ui/shell/tabpage.h>

class QGraphicsScene;
class QGraphicsView;

namespace tkb {

class GraphEdgeItem;
class GraphNodeItem;
class GraphTable;
class KnowledgeBase;
class TableSwitch;

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
    /// The same relations as a table ("Show as table"), and the switch between the two.
    GraphTable *table() const { return m_table; }
    TableSwitch *tableSwitch() const { return m_switch; }
    /// The centre first, then the neighbours around it.
    QList<GraphNodeItem *> nodes() const { return m_nodes; }
    QList<GraphEdgeItem *> edges() const { return m_edges; }
    /// Opens a node as a click with these modifiers would.
    void activateNode(const QString &id, OpenIn where);
    /// What a click or Enter on a node does: opens an entity, opens or closes a group, shows a group's next page.
    void activate(GraphNodeItem *node, OpenIn where);
    /// Whether the neighbours are grouped by relation (too many to draw one by one), and the groups.
    bool isGrouped() const { return m_grouped; }
    QList<NeighbourQuery::Group> groups() const { return m_groups; }
    /// Entities a group shows at first, and each "show more" adds.
    static constexpr int pageSize = 30;
    /// The node the arrow keys are on (an index into nodes()), -1 for none.
    int currentNode() const { return m_current; }
    void setCurrentNode(int index);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    int buildNeighbours(GraphNodeItem *centreNode);
    int buildGroups(GraphNodeItem *centreNode);
    static QString groupKey(const NeighbourQuery::Group &group);
    void applyTransform();
    void showMenu(GraphNodeItem *node, const QPoint &globalPos);
    GraphNodeItem *nodeAt(const QPoint &viewportPos) const;

    KnowledgeBase *m_kb;
    QString m_id;
    QString m_name;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    GraphTable *m_table;
    TableSwitch *m_switch;
    QList<GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    QString m_hovered;
    QFont m_baseFont;
    int m_current = -1;
    bool m_grouped = false;
    QList<NeighbourQuery::Group> m_groups;
    QString m_expanded; ///< the opened group's node id
    int m_shown = pageSize; ///< how many of its entities are drawn
    int m_zoom = 0;
    int m_wheelSteps = 0;
};

} // namespace tkb
