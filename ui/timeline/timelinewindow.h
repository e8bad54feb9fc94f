// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What of a big timeline is drawn: clusters where more events are in view than can be told apart, else the events
// of the visible span and a margin around it, read through a loader only when the view leaves what was read.
#include <core/store/entityref.h>
#include <ui/timeline/timelineclusters.h>

#include <functional>

namespace tkb {

class TimelineWindow
{
public:
    /// Reads the dated events anchored from first to last, at most limit of them, in chronological order.
    using Loader = std::function<QList<EntityRef>(QDate first, QDate last, int limit)>;
    /// Where more than this many events would be in view, clusters.
    static constexpr int detailLimit = 150;

    void reset(const QList<TimelineQuery::DayCount> &counts, const Loader &loader);
    bool isClustered() const { return m_clustered; }
    const TimelineClusters &clusters() const { return m_clusters; }

    enum class Change { None, Clustered, Loaded };
    /// For the years in view: as it was, now clusters, or the events read anew (into *events).
    Change update(double firstYear, double lastYear, QList<EntityRef> *events);

    /// The slot of the cluster after (direction 1) or before (-1) current, or the last (2) or first (-2); with no
    /// current one, the one whose centre is nearest middle. -1 when there is none.
    static int neighbour(const QList<TimelineClusters::Cluster> &all, int current, int direction,
        const std::function<double(const TimelineClusters::Cluster &)> &centre, double middle);

private:
    TimelineClusters m_clusters;
    Loader m_loader;
    bool m_clustered = true;
    double m_loadedFirst = 0; ///< years whose anchored events were all read (when not clustered)
    double m_loadedLast = -1;
};

} // namespace tkb
