// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One painted item (a graph node, a timeline event) as a screen reader sees it: a list item named and described
// by its view, focused and selected when it is the current one, with actions to open it and to make it current.
#include <QAccessibleInterface>

namespace tkb {

class ItemViewAccessible;

class ItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    ItemAccessible(const ItemViewAccessible *view, int index);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    ItemViewAccessible *m_view;
    int m_index;
};

} // namespace tkb
