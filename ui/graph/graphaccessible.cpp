// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/graph/graphaccessible.h>
#include <ui/graph/graphedgeitem.h>
#include <ui/graph/graphnodeitem.h>
#include <ui/graph/graphpage.h>

#include <QGraphicsView>

namespace tkb {

GraphAccessible::GraphAccessible(QGraphicsView *view, GraphPage *page)
    : ItemViewAccessible(view)
    , m_view(view)
    , m_page(page)
{ }

void GraphAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&GraphAccessible::factory);
        return true;
    }();
    Q_UNUSED(installed);
}

QAccessibleInterface *GraphAccessible::factory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QGraphicsView") || object->objectName() != QLatin1String("graphView"))
        return nullptr;
    auto *view = static_cast<QGraphicsView *>(object);
    for (QObject *o = object->parent(); o; o = o->parent()) {
        if (auto *page = qobject_cast<GraphPage *>(o))
            return new GraphAccessible(view, page);
    }
    return nullptr;
}

int GraphAccessible::itemCount() const
{
    return m_page ? int(m_page->nodes().size()) : 0;
}

QString GraphAccessible::itemName(int index) const
{
    return index < itemCount() ? m_page->nodes().at(index)->name() : QString();
}

QString GraphAccessible::itemDescription(int index) const
{
    if (index >= itemCount())
        return {};
    const GraphNodeItem *node = m_page->nodes().at(index);
    switch (node->look()) {
    case GraphNodeItem::Look::Group:
        return node->toolTip();
    case GraphNodeItem::Look::More:
        return tr("Shows the group's next entries.");
    case GraphNodeItem::Look::Entity:
        break;
    }
    const QString kind = entityKindName(node->kind());
    if (node->isCentre())
        return tr("%1, the centre of the graph", "an entity kind").arg(kind);
    // Its relations as read from the centre, or the group it was opened from.
    QStringList relations;
    for (const GraphEdgeItem *edge : m_page->edges()) {
        if (edge->to() != node)
            continue;
        relations << (edge->labels().isEmpty() ? edge->from()->name() : edge->labels().join(QStringLiteral(", ")));
    }
    if (relations.isEmpty())
        return kind;
    return tr("%1; %2 %3", "kind; the centre's name, its relations to this entry")
        .arg(kind, m_page->nodes().first()->name(), relations.join(QStringLiteral(", ")));
}

QRect GraphAccessible::itemRect(int index) const
{
    if (index >= itemCount())
        return {};
    const GraphNodeItem *node = m_page->nodes().at(index);
    const QRect inViewport = m_view->mapFromScene(node->sceneBoundingRect()).boundingRect();
    return inViewport.translated(m_view->viewport()->pos());
}

int GraphAccessible::currentItem() const
{
    return m_page ? m_page->currentNode() : -1;
}

void GraphAccessible::setCurrentItem(int index)
{
    if (index < itemCount())
        m_page->setCurrentNode(index);
}

void GraphAccessible::activateItem(int index)
{
    if (index < itemCount())
        m_page->activate(m_page->nodes().at(index), TabPage::OpenIn::CurrentTab);
}

} // namespace tkb
