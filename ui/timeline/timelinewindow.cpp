// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/timeline/timelinewindow.h>

#include <cmath>

namespace tkb {

void TimelineWindow::reset(const QList<TimelineQuery::DayCount> &counts, const Loader &loader)
{
    m_clusters.setDayCounts(counts);
    m_loader = loader;
    m_clustered = true;
    m_loadedFirst = 0;
    m_loadedLast = -1;
}

TimelineWindow::Change TimelineWindow::update(double firstYear, double lastYear, QList<EntityRef> *events)
{
    if (m_clusters.countBetween(firstYear, lastYear) > detailLimit) {
        const bool was = m_clustered;
        m_clustered = true;
        m_loadedFirst = 0;
        m_loadedLast = -1;
        return was ? Change::None : Change::Clustered;
    }
    if (!m_clustered && firstYear >= m_loadedFirst && lastYear <= m_loadedLast)
        return Change::None;
    // Read with a margin of up to a screen on each side, so that panning reads again only every screen or so;
    // the margin shrinks where the events around are dense, so a read is never more than a few hundred.
    double margin = lastYear - firstYear;
    while (margin > 1e-4 && m_clusters.countBetween(firstYear - margin, lastYear + margin) > 4 * detailLimit)
        margin /= 2;
    const QDate first = TimelineClusters::dayAtOrAfter(firstYear - margin);
    const QDate last = TimelineClusters::dayAtOrBefore(lastYear + margin);
    *events = m_loader ? m_loader(first, last, 4 * detailLimit + 1) : QList<EntityRef> {};
    m_clustered = false;
    m_loadedFirst = firstYear - margin;
    m_loadedLast = lastYear + margin;
    return Change::Loaded;
}

int TimelineWindow::neighbour(const QList<TimelineClusters::Cluster> &all, int current, int direction,
    const std::function<double(const TimelineClusters::Cluster &)> &centre, double middle)
{
    if (all.isEmpty())
        return -1;
    if (direction == 2 || direction == -2)
        return direction > 0 ? all.last().bucket : all.first().bucket;
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size() && at < 0; ++i) {
        if (all[i].bucket == current)
            at = i;
    }
    if (at < 0) {
        at = 0;
        for (qsizetype i = 1; i < all.size(); ++i) {
            if (std::abs(centre(all[i]) - middle) < std::abs(centre(all[at]) - middle))
                at = i;
        }
    } else {
        at = std::clamp<qsizetype>(at + direction, 0, all.size() - 1);
    }
    return all[at].bucket;
}

} // namespace tkb
