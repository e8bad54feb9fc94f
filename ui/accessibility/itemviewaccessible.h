// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a screen reader sees of a widget that paints its own items (graph nodes, timeline events): the widget as
// a list whose children are the items, each with a name, a description, where it is drawn, whether it is the
// current one and an action that opens it. Subclasses say what the items are.
#include <QAccessibleWidget>
#include <QHash>

namespace tkb {

class ItemViewAccessible : public QAccessibleWidget
{
public:
    explicit ItemViewAccessible(QWidget *widget);
    ~ItemViewAccessible() override;

    virtual int itemCount() const = 0;
    virtual QString itemName(int index) const = 0;
    virtual QString itemDescription(int index) const = 0;
    /// Where the item is drawn, in the widget's coordinates.
    virtual QRect itemRect(int index) const = 0;
    /// The item the arrow keys are on, -1 for none.
    virtual int currentItem() const = 0;
    virtual void setCurrentItem(int index) = 0;
    /// What Enter on the item does.
    virtual void activateItem(int index) = 0;

    QWidget *viewWidget() const { return widget(); }

    QAccessible::Role role() const override { return QAccessible::List; }
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    /// Tells assistive technology that the current item of widget is now index: the selection moves, and the
    /// focus with it while the widget has the focus.
    static void notifyCurrent(QWidget *widget, int index);

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

} // namespace tkb
