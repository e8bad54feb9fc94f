// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The graph as a screen reader sees it: a list of its nodes (the centre, the related entries, the groups of a
// crowded graph), each named, described by its kind and its relation to the centre, focused as the arrow keys
// move and opened by the "press" action as Enter would.
#include <ui/accessibility/itemviewaccessible.h>

#include <QCoreApplication>
#include <QPointer>

class QGraphicsView;

namespace tkb {

class GraphPage;

class GraphAccessible : public ItemViewAccessible
{
    Q_DECLARE_TR_FUNCTIONS(tkb::GraphAccessible)
public:
    GraphAccessible(QGraphicsView *view, GraphPage *page);

    /// Makes Qt describe every graph view through this class (once per program; later calls do nothing).
    static void install();

    int itemCount() const override;
    QString itemName(int index) const override;
    QString itemDescription(int index) const override;
    QRect itemRect(int index) const override;
    int currentItem() const override;
    void setCurrentItem(int index) override;
    void activateItem(int index) override;

private:
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    QGraphicsView *m_view;
    QPointer<GraphPage> m_page;
};

} // namespace tkb
