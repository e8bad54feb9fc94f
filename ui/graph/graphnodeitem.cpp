// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/kindcolors.h>
#include <ui/graph/graphnodeitem.h>

#include <QCursor>
#include <QFontMetricsF>
#include <QPainter>

namespace tkb {

namespace {
constexpr qreal maxTextWidth = 170;
constexpr qreal padX = 10;
constexpr qreal padY = 6;
} // namespace

GraphNodeItem::GraphNodeItem(const QString &id, EntityKind kind, const QString &name, bool centre)
    : m_id(id)
    , m_kind(kind)
    , m_name(name)
    , m_centre(centre)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    setToolTip(name);
}

void GraphNodeItem::setFont(const QFont &font)
{
    prepareGeometryChange();
    m_font = font;
    if (m_centre) {
        m_font.setBold(true);
        m_font.setPointSizeF(m_font.pointSizeF() * 1.15);
    }
    const QFontMetricsF fm(m_font);
    const qreal width = m_centre ? maxTextWidth * 1.3 : maxTextWidth;
    const QRectF text = fm.boundingRect(QRectF(0, 0, width, 1000), Qt::AlignCenter | Qt::TextWordWrap, m_name);
    m_textRect = QRectF(-text.width() / 2, -text.height() / 2, text.width(), text.height());
    m_rect = m_textRect.adjusted(-padX, -padY, padX, padY);
}

void GraphNodeItem::setPalette(const QPalette &palette)
{
    m_palette = palette;
    update();
}

void GraphNodeItem::setCurrent(bool current)
{
    m_current = current;
    update();
}

void GraphNodeItem::setLook(Look look)
{
    prepareGeometryChange();
    m_look = look;
    update();
}

QPointF GraphNodeItem::edgePoint(const QPointF &target) const
{
    // Intersect the line from the centre towards target with the (slightly enlarged) box.
    const QPointF c = pos();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal hw = m_rect.width() / 2 + 2;
    const qreal hh = m_rect.height() / 2 + 2;
    const qreal tx = qFuzzyIsNull(d.x()) ? 1e9 : hw / std::abs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? 1e9 : hh / std::abs(d.y());
    return c + d * std::min(tx, ty);
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_rect.adjusted(-4, -4, m_look == Look::Group ? 10 : 4, m_look == Look::Group ? 10 : 4);
}

void GraphNodeItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const QColor accent = KindColors::accent(m_kind, m_palette);
    QColor fill = KindColors::fill(m_kind, m_palette);
    if (m_hover)
        fill = KindColors::mix(fill, accent, 0.2);
    if (m_look == Look::Group) {
        // Two cards behind: a pile of entities, not one.
        p->setBrush(KindColors::mix(fill, m_palette.color(QPalette::Base), 0.4));
        p->setPen(QPen(accent, 1));
        p->drawRoundedRect(m_rect.translated(6, 6), 8, 8);
        p->drawRoundedRect(m_rect.translated(3, 3), 8, 8);
    }
    p->setBrush(m_look == Look::More ? m_palette.color(QPalette::Base) : fill);
    p->setPen(QPen(
        accent, m_centre || m_current || m_hover ? 2.5 : 1.5, m_look == Look::More ? Qt::DashLine : Qt::SolidLine));
    p->drawRoundedRect(m_rect, 8, 8);
    if (m_current) {
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(m_palette.color(QPalette::Text), 1, Qt::DotLine));
        p->drawRoundedRect(m_rect.adjusted(-3, -3, 3, 3), 10, 10);
    }
    p->setFont(m_font);
    p->setPen(m_palette.color(QPalette::Text));
    p->drawText(m_textRect, Qt::AlignCenter | Qt::TextWordWrap, m_name);
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hover = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace tkb
