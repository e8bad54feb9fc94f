// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/accessibility/itemaccessible.h>
#include <ui/accessibility/itemviewaccessible.h>

#include <QKeySequence>
#include <QWidget>

namespace tkb {

ItemAccessible::ItemAccessible(const ItemViewAccessible *view, int index)
    : m_view(const_cast<ItemViewAccessible *>(view))
    , m_index(index)
{ }

bool ItemAccessible::isValid() const
{
    return m_view->isValid() && m_index < m_view->itemCount();
}

QWindow *ItemAccessible::window() const
{
    return m_view->window();
}

QAccessibleInterface *ItemAccessible::parent() const
{
    return m_view;
}

QString ItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name:
        return m_view->itemName(m_index);
    case QAccessible::Description:
        return m_view->itemDescription(m_index);
    default:
        return {};
    }
}

QRect ItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect r = m_view->itemRect(m_index);
    return QRect(m_view->viewWidget()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State ItemAccessible::state() const
{
    QAccessible::State s;
    s.focusable = true;
    s.selectable = true;
    if (!isValid()) {
        s.invalid = true;
        return s;
    }
    const bool current = m_view->currentItem() == m_index;
    s.selected = current;
    s.focused = current && m_view->viewWidget()->hasFocus();
    s.active = s.focused;
    const QRect r = m_view->itemRect(m_index);
    s.offscreen = !m_view->viewWidget()->visibleRegion().intersects(r);
    return s;
}

void *ItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList ItemAccessible::actionNames() const
{
    return { pressAction(), setFocusAction() };
}

void ItemAccessible::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    if (actionName == setFocusAction()) {
        m_view->viewWidget()->setFocus(Qt::OtherFocusReason);
        m_view->setCurrentItem(m_index);
    } else if (actionName == pressAction()) {
        m_view->setCurrentItem(m_index);
        m_view->activateItem(m_index);
    }
}

QStringList ItemAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return { QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText) };
    return {};
}

} // namespace tkb
