// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <ui/timeline/timelineaccessible.h>
#include <ui/timeline/timelinepainter.h>
#include <ui/timeline/timelineview.h>

namespace tkb {

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : ItemViewAccessible(view)
    , m_view(view)
{ }

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&TimelineAccessible::factory);
        return true;
    }();
    Q_UNUSED(installed);
}

QAccessibleInterface *TimelineAccessible::factory(const QString &className, QObject *object)
{
    if (className != QLatin1String("tkb::TimelineView"))
        return nullptr;
    return new TimelineAccessible(static_cast<TimelineView *>(object));
}

void TimelineAccessible::follow(TimelineView *view)
{
    QObject::connect(view, &TimelineView::currentChanged, view,
        [view] { ItemViewAccessible::notifyCurrent(view, view->currentIndex()); });
    QObject::connect(view, &TimelineView::focusMoved, view, [view] {
        const QList<TimelineClusters::Cluster> clusters = view->visibleClusters();
        for (qsizetype i = 0; i < clusters.size(); ++i) {
            if (clusters[i].bucket == view->currentCluster())
                ItemViewAccessible::notifyCurrent(view, int(i));
        }
    });
}

int TimelineAccessible::itemCount() const
{
    if (!m_view)
        return 0;
    return m_view->isClustered() ? int(m_view->visibleClusters().size()) : m_view->eventCount();
}

QString TimelineAccessible::itemName(int index) const
{
    if (index >= itemCount())
        return {};
    if (m_view->isClustered()) {
        const TimelineClusters::Cluster c = m_view->visibleClusters().at(index);
        return TimelinePainter::clusterToolTip(c.first, c.last, c.count);
    }
    return m_view->eventAt(index).name;
}

QString TimelineAccessible::itemDescription(int index) const
{
    if (index >= itemCount())
        return {};
    if (m_view->isClustered())
        return tr("Events too close to tell apart at this zoom. Enter zooms in.");
    const QString summary = WikiLink::stripMarkup(m_view->eventAt(index).summary);
    const QString date = m_view->dateTextAt(index);
    return summary.isEmpty() ? date : tr("%1. %2", "the date of an event, its summary").arg(date, summary);
}

QRect TimelineAccessible::itemRect(int index) const
{
    if (index >= itemCount())
        return {};
    if (m_view->isClustered())
        return m_view->clusterRect(m_view->visibleClusters().at(index)).toAlignedRect();
    const QString id = m_view->eventAt(index).id;
    return m_view->labelRect(id).united(m_view->spanRect(id).toAlignedRect());
}

int TimelineAccessible::currentItem() const
{
    if (!m_view)
        return -1;
    if (!m_view->isClustered())
        return m_view->currentIndex();
    const QList<TimelineClusters::Cluster> clusters = m_view->visibleClusters();
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        if (clusters[i].bucket == m_view->currentCluster())
            return int(i);
    }
    return -1;
}

void TimelineAccessible::setCurrentItem(int index)
{
    // A group becomes current only by the arrow keys; an event by its id.
    if (index < itemCount() && !m_view->isClustered())
        m_view->setCurrentId(m_view->eventAt(index).id);
}

void TimelineAccessible::activateItem(int index)
{
    if (index >= itemCount())
        return;
    if (m_view->isClustered()) {
        const QRectF r = m_view->clusterRect(m_view->visibleClusters().at(index)).adjusted(-3, 0, 3, 0);
        Q_EMIT m_view->clusterActivated(m_view->yearAt(r.left()), m_view->yearAt(r.right()));
        return;
    }
    Q_EMIT m_view->activated(m_view->eventAt(index).id, TabPage::OpenIn::CurrentTab);
}

} // namespace tkb
