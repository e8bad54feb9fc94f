// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/kindcolors.h>
#include <ui/graph/graphedgeitem.h>
#include <ui/graph/graphnodeitem.h>

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

namespace tkb {

namespace {
constexpr qreal maxLabelWidth = 150;
constexpr qreal arrowSize = 9;

void arrowHead(QPainter *p, const QPointF &tip, const QPointF &from)
{
    QLineF line(tip, from);
    line.setLength(arrowSize);
    QLineF left = line;
    left.setAngle(line.angle() + 25);
    QLineF right = line;
    right.setAngle(line.angle() - 25);
    QPainterPath path(tip);
    path.lineTo(left.p2());
    path.lineTo(right.p2());
    path.closeSubpath();
    p->drawPath(path);
}
} // namespace

GraphEdgeItem::GraphEdgeItem(
    GraphNodeItem *from, GraphNodeItem *to, const QStringList &labels, bool outgoing, bool incoming)
    : m_from(from)
    , m_to(to)
    , m_labels(labels)
    , m_outgoing(outgoing)
    , m_incoming(incoming)
{
    setZValue(1);
    m_text = labels.join(QStringLiteral(", "));
}

void GraphEdgeItem::setLabelPosition(qreal t)
{
    m_t = t;
    adjust();
}

void GraphEdgeItem::setFont(const QFont &font)
{
    m_font = font;
    m_font.setPointSizeF(font.pointSizeF() * 0.9);
    adjust();
}

void GraphEdgeItem::setPalette(const QPalette &palette)
{
    m_palette = palette;
    update();
}

void GraphEdgeItem::adjust()
{
    prepareGeometryChange();
    m_p1 = m_from->edgePoint(m_to->pos());
    m_p2 = m_to->edgePoint(m_from->pos());
    const QFontMetricsF fm(m_font);
    const QRectF text = fm.boundingRect(QRectF(0, 0, maxLabelWidth, 1000), Qt::AlignCenter | Qt::TextWordWrap, m_text);
    const QPointF at = m_from->pos() + (m_to->pos() - m_from->pos()) * m_t;
    m_labelRect
        = QRectF(at.x() - text.width() / 2 - 4, at.y() - text.height() / 2 - 2, text.width() + 8, text.height() + 4);
}

QRectF GraphEdgeItem::boundingRect() const
{
    return QRectF(m_p1, m_p2)
        .normalized()
        .adjusted(-arrowSize, -arrowSize, arrowSize, arrowSize)
        .united(m_labelRect.adjusted(-2, -2, 2, 2));
}

void GraphEdgeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor line = KindColors::mix(text, base, 0.55);
    p->setPen(QPen(line, 1.4));
    p->drawLine(m_p1, m_p2);
    p->setBrush(line);
    if (m_outgoing)
        arrowHead(p, m_p2, m_p1);
    if (m_incoming)
        arrowHead(p, m_p1, m_p2);

    if (m_text.isEmpty())
        return; // a line from a group to one of its entities: the group says what the relation is
    p->setPen(QPen(KindColors::mix(text, base, 0.8), 1));
    p->setBrush(base);
    p->drawRoundedRect(m_labelRect, 4, 4);
    p->setFont(m_font);
    p->setPen(KindColors::mix(text, base, 0.2));
    p->drawText(m_labelRect.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, m_text);
}

} // namespace tkb
