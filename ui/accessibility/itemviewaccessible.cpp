// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/accessibility/itemaccessible.h>
#include <ui/accessibility/itemviewaccessible.h>

#include <QWidget>

namespace tkb {

ItemViewAccessible::ItemViewAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::List)
{ }

ItemViewAccessible::~ItemViewAccessible()
{
    // The items have no object of their own: their interfaces live as long as the widget's.
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

int ItemViewAccessible::childCount() const
{
    return itemCount();
}

QAccessibleInterface *ItemViewAccessible::child(int index) const
{
    if (index < 0 || index >= itemCount())
        return nullptr;
    // One interface per position: an item at the same position after a rebuild is described anew.
    auto it = m_children.constFind(index);
    if (it != m_children.constEnd())
        return QAccessible::accessibleInterface(*it);
    auto *item = new ItemAccessible(this, index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int ItemViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.constBegin(); it != m_children.constEnd(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key() < itemCount() ? it.key() : -1;
    }
    return -1;
}

QAccessibleInterface *ItemViewAccessible::childAt(int x, int y) const
{
    const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < itemCount(); ++i) {
        if (itemRect(i).contains(local))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *ItemViewAccessible::focusChild() const
{
    const int current = currentItem();
    return widget()->hasFocus() && current >= 0 ? child(current) : nullptr;
}

void ItemViewAccessible::notifyCurrent(QWidget *widget, int index)
{
    if (!QAccessible::isActive() || index < 0)
        return;
    QAccessibleEvent selection(widget, QAccessible::Selection);
    selection.setChild(index);
    QAccessible::updateAccessibility(&selection);
    if (widget->hasFocus()) {
        QAccessibleEvent focus(widget, QAccessible::Focus);
        focus.setChild(index);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace tkb
