// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/timeline/timelineclusters.h>

#include <algorithm>
#include <cmath>

namespace tkb {

double TimelineClusters::yearOf(const QDate &day)
{
    return day.year() + double(day.dayOfYear() - 1) / day.daysInYear();
}

namespace {

QDate floorDay(double year)
{
    const int y = int(std::floor(year));
    const QDate start(y, 1, 1);
    return start.addDays(qint64(std::floor((year - y) * start.daysInYear())));
}

} // namespace

QDate TimelineClusters::dayAtOrAfter(double year)
{
    QDate d = floorDay(year);
    while (yearOf(d) < year)
        d = d.addDays(1);
    return d;
}

QDate TimelineClusters::dayAtOrBefore(double year)
{
    QDate d = floorDay(year);
    while (yearOf(d) > year)
        d = d.addDays(-1);
    return d;
}

void TimelineClusters::setDayCounts(const QList<TimelineQuery::DayCount> &counts)
{
    m_days.clear();
    m_years.clear();
    m_cumulative.clear();
    m_days.reserve(std::size_t(counts.size()));
    qint64 sum = 0;
    for (const TimelineQuery::DayCount &c : counts) {
        if (c.count <= 0 || (!m_days.empty() && c.day <= m_days.back()))
            continue;
        sum += c.count;
        m_days.push_back(c.day);
        m_years.push_back(yearOf(QDate::fromJulianDay(c.day)));
        m_cumulative.push_back(sum);
    }
}

QDate TimelineClusters::firstDay() const
{
    return m_days.empty() ? QDate() : QDate::fromJulianDay(m_days.front());
}

QDate TimelineClusters::lastDay() const
{
    return m_days.empty() ? QDate() : QDate::fromJulianDay(m_days.back());
}

std::size_t TimelineClusters::lowerIndex(double year) const
{
    return std::size_t(std::lower_bound(m_years.begin(), m_years.end(), year) - m_years.begin());
}

std::size_t TimelineClusters::upperIndex(double year) const
{
    return std::size_t(std::upper_bound(m_years.begin(), m_years.end(), year) - m_years.begin());
}

qint64 TimelineClusters::countBetween(double firstYear, double lastYear) const
{
    const std::size_t a = lowerIndex(firstYear), b = upperIndex(lastYear);
    if (b <= a)
        return 0;
    return m_cumulative[b - 1] - (a == 0 ? 0 : m_cumulative[a - 1]);
}

QList<TimelineClusters::Cluster> TimelineClusters::clusters(
    double firstYear, double lastYear, const std::function<double(double)> &xForYear, double width) const
{
    QList<Cluster> out;
    const std::size_t end = upperIndex(lastYear);
    for (std::size_t i = lowerIndex(firstYear); i < end; ++i) {
        const int bucket = int(std::floor(xForYear(m_years[i]) / width));
        const qint64 n = m_cumulative[i] - (i == 0 ? 0 : m_cumulative[i - 1]);
        const QDate day = QDate::fromJulianDay(m_days[i]);
        if (!out.isEmpty() && out.last().bucket == bucket) {
            out.last().last = day;
            out.last().count += n;
        } else {
            out.append(Cluster { bucket, day, day, n });
        }
    }
    return out;
}

} // namespace tkb
