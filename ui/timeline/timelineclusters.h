// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A timeline's dated events as counts per anchor day: how many fall in a span, and how they group into clusters
// of a given width on the axis, without reading a single event. The level of detail of a big timeline.
#include <core/store/timelinequery.h>

#include <QDate>

#include <functional>
#include <vector>

namespace tkb {

class TimelineClusters
{
public:
    struct Cluster
    {
        int bucket = 0; ///< which slot of the axis (x / width), stable while panning
        QDate first; ///< anchor days of the first and last event in it
        QDate last;
        qint64 count = 0;
    };

    void setDayCounts(const QList<TimelineQuery::DayCount> &counts);
    bool isEmpty() const { return m_days.empty(); }
    qint64 total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }
    QDate firstDay() const;
    QDate lastDay() const;
    /// Events anchored between two (fractional) years, both ends included.
    qint64 countBetween(double firstYear, double lastYear) const;
    /// The anchor days between two years grouped by the slot of the axis their x falls in (x / width).
    QList<Cluster> clusters(
        double firstYear, double lastYear, const std::function<double(double)> &xForYear, double width) const;

    /// Fractional year of a day's start, as the axis places it.
    static double yearOf(const QDate &day);
    /// The first day that starts at or after a (fractional) year, and the last that starts at or before it.
    static QDate dayAtOrAfter(double year);
    static QDate dayAtOrBefore(double year);

private:
    std::size_t lowerIndex(double year) const;
    std::size_t upperIndex(double year) const;

    std::vector<qint64> m_days; ///< Julian days with at least one anchor, ascending
    std::vector<double> m_years; ///< the same days as fractional years
    std::vector<qint64> m_cumulative; ///< events anchored up to and including each day
};

} // namespace tkb
