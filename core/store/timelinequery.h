// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a knowledge base's events for a timeline a span at a time, so a view of two hundred thousand of them never
// holds them all: how many events are anchored on each day (to cluster them), and the events of a span of days.
// An event is anchored on the first day its date may mean, or the last when the start is open (its sort key).
#include <core/store/entityref.h>

#include <QList>

namespace tkb {

class KnowledgeBase;

class TimelineQuery
{
public:
    struct DayCount
    {
        qint64 day = 0; ///< Julian day of the anchor
        int count = 0;
    };

    explicit TimelineQuery(const KnowledgeBase &kb);

    /// Dated events per anchor day, in day order. One pass over an index, no event read.
    QList<DayCount> dayCounts() const;
    /// Dated events anchored from first to last (both included) in chronological order, at most limit of them.
    QList<EntityRef> events(QDate first, QDate last, int limit) const;
    /// All events, dated or not: what a small base's timeline shows whole.
    qint64 eventCount() const;

private:
    const KnowledgeBase &m_kb;
};

} // namespace tkb
