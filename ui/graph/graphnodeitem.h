// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One entity in the graph: a rounded box in its kind's colour with the name wrapped inside. A group of neighbours
// (one kind of relation, with its count) is drawn as a stack of such boxes, "show more" with a dashed edge.
#include <core/model/entitykind.h>

#include <QFont>
#include <QGraphicsItem>
#include <QPalette>

namespace tkb {

class GraphNodeItem : public QGraphicsItem
{
public:
    enum class Look { Entity, Group, More };

    GraphNodeItem(const QString &id, EntityKind kind, const QString &name, bool centre);

    QString id() const { return m_id; }
    EntityKind kind() const { return m_kind; }
    QString name() const { return m_name; }
    bool isCentre() const { return m_centre; }
    /// Sizes the box for a font; call again when the font changes.
    void setFont(const QFont &font);
    void setPalette(const QPalette &palette);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setLook(Look look);
    Look look() const { return m_look; }
    /// Where a line towards target leaves the box's edge.
    QPointF edgePoint(const QPointF &target) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_id;
    EntityKind m_kind;
    QString m_name;
    bool m_centre;
    bool m_hover = false;
    bool m_current = false;
    Look m_look = Look::Entity;
    QFont m_font;
    QPalette m_palette;
    QRectF m_rect;
    QRectF m_textRect;
};

} // namespace tkb
