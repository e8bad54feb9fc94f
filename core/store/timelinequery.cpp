// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/timelinequery.h>

#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

// The anchor is the sort key's date before its "/": "1993-08-16/000015" (see FuzzyDate::sortKey()).
constexpr auto anchor = "substr(date_sort, 1, instr(date_sort, '/') - 1)";

FuzzyDate storedDate(const QSqlQuery &q, int col)
{
    // precision, start, end, text, edtf: the notation says it all when there; older rows have the first four.
    const QString edtf = q.value(col + 4).toString();
    if (!edtf.isEmpty())
        return FuzzyDate::fromEdtf(edtf, q.value(col + 3).toString());
    bool ok = false;
    const auto p = FuzzyDate::precisionFromId(q.value(col).toString(), &ok);
    if (!ok || p == FuzzyDate::Precision::None)
        return {};
    return FuzzyDate::fromStored(p, QDate::fromString(q.value(col + 1).toString(), Qt::ISODate),
        QDate::fromString(q.value(col + 2).toString(), Qt::ISODate), q.value(col + 3).toString());
}

} // namespace

TimelineQuery::TimelineQuery(const KnowledgeBase &kb)
    : m_kb(kb)
{ }

QList<TimelineQuery::DayCount> TimelineQuery::dayCounts() const
{
    QList<DayCount> out;
    QSqlQuery q(connection(m_kb));
    q.setForwardOnly(true);
    // Grouped by the whole key in index order (no sort), then merged per day here: a day has few distinct keys.
    if (!q.exec(QStringLiteral("SELECT %1, count(*) FROM entity WHERE kind='event' AND date_sort IS NOT NULL"
                               " GROUP BY date_sort ORDER BY date_sort")
                .arg(QLatin1String(anchor))))
        return out;
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!d.isValid())
            continue;
        const qint64 jd = d.toJulianDay();
        if (!out.isEmpty() && out.last().day == jd)
            out.last().count += q.value(1).toInt();
        else
            out.append(DayCount { jd, q.value(1).toInt() });
    }
    return out;
}

QList<EntityRef> TimelineQuery::events(QDate first, QDate last, int limit) const
{
    QList<EntityRef> out;
    if (!first.isValid() || !last.isValid() || limit <= 0)
        return out;
    QSqlQuery q(connection(m_kb));
    q.setForwardOnly(true);
    // A key starts with its anchor, so the anchors from first to last are the keys from "first" up to the day
    // after last: a range of the (kind, date_sort) index, read in its order.
    q.prepare(QStringLiteral("SELECT id, name, summary, date_precision, date_start, date_end, date_text, date_edtf"
                             " FROM entity WHERE kind='event' AND date_sort >= :from AND date_sort < :to"
                             " ORDER BY date_sort LIMIT :limit"));
    q.bindValue(QStringLiteral(":from"), first.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), last.addDays(1).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        EntityRef r;
        r.id = q.value(0).toString();
        r.kind = EntityKind::Event;
        r.name = q.value(1).toString();
        r.summary = q.value(2).toString();
        r.date = storedDate(q, 3);
        out.append(r);
    }
    return out;
}

qint64 TimelineQuery::eventCount() const
{
    QSqlQuery q(connection(m_kb));
    if (q.exec(QStringLiteral("SELECT count(*) FROM entity WHERE kind='event'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace tkb
