// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The relations between the graph's centre and one neighbour: a line with an arrowhead for each direction
// and a label naming the relations as read from the centre ("heads, founded").
#include <QFont>
#include <QGraphicsItem>
#include <QPalette>

namespace tkb {

class GraphNodeItem;

class GraphEdgeItem : public QGraphicsItem
{
public:
    GraphEdgeItem(GraphNodeItem *from, GraphNodeItem *to, const QStringList &labels, bool outgoing, bool incoming);

    QStringList labels() const { return m_labels; }
    GraphNodeItem *from() const { return m_from; }
    GraphNodeItem *to() const { return m_to; }
    /// Where along the line (0 at from, 1 at to) the label sits; staggered so neighbouring labels clear.
    void setLabelPosition(qreal t);
    void setFont(const QFont &font);
    void setPalette(const QPalette &palette);
    /// Recomputes the geometry after the nodes moved or resized.
    void adjust();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    GraphNodeItem *m_from;
    GraphNodeItem *m_to;
    QStringList m_labels;
    bool m_outgoing;
    bool m_incoming;
    qreal m_t = 0.55;
    QFont m_font;
    QPalette m_palette;
    QPointF m_p1;
    QPointF m_p2;
    QRectF m_labelRect;
    QString m_text;
};

} // namespace tkb
