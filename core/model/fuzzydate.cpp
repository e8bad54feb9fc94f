// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/fuzzydate.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace tkb {

namespace {

struct IsoParts
{
    int year = 0, month = 0, day = 0;
    int fields = 0;
};

bool parseIso(const QString &s, IsoParts *out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch())
        return false;
    out->year = m.captured(1).toInt();
    out->fields = 1;
    if (m.capturedLength(2)) {
        out->month = m.captured(2).toInt();
        out->fields = 2;
        if (out->month < 1 || out->month > 12)
            return false;
    }
    if (m.capturedLength(3)) {
        out->day = m.captured(3).toInt();
        out->fields = 3;
        if (!QDate(out->year, out->month, out->day).isValid())
            return false;
    }
    return true;
}

QDate firstDay(const IsoParts &p)
{
    return QDate(p.year, p.fields >= 2 ? p.month : 1, p.fields >= 3 ? p.day : 1);
}

QDate lastDay(const IsoParts &p)
{
    if (p.fields >= 3)
        return QDate(p.year, p.month, p.day);
    if (p.fields == 2)
        return QDate(p.year, p.month, 1).addMonths(1).addDays(-1);
    return QDate(p.year, 12, 31);
}

} // namespace

QString FuzzyDate::precisionId(Precision p)
{
    switch (p) {
    case Precision::None:
        return QStringLiteral("none");
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Range:
        return QStringLiteral("range");
    }
    return {};
}

FuzzyDate::Precision FuzzyDate::precisionFromId(QStringView id, bool *ok)
{
    for (Precision p : { Precision::Day, Precision::Month, Precision::Year, Precision::Range, Precision::None }) {
        if (id == precisionId(p)) {
            if (ok)
                *ok = true;
            return p;
        }
    }
    if (ok)
        *ok = false;
    return Precision::None;
}

FuzzyDate FuzzyDate::fromIso(
    const QString &start, const QString &end, Precision precision, const QString &text, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return FuzzyDate();
    };
    IsoParts s;
    if (!parseIso(start, &s))
        return fail(QStringLiteral("date \"%1\" is not yyyy, yyyy-mm or yyyy-mm-dd").arg(start));
    FuzzyDate d;
    d.m_precision = precision;
    d.m_text = text;
    switch (precision) {
    case Precision::Day:
        if (s.fields != 3)
            return fail(QStringLiteral("day precision needs yyyy-mm-dd, got \"%1\"").arg(start));
        break;
    case Precision::Month:
        if (s.fields != 2)
            return fail(QStringLiteral("month precision needs yyyy-mm, got \"%1\"").arg(start));
        break;
    case Precision::Year:
        if (s.fields != 1)
            return fail(QStringLiteral("year precision needs yyyy, got \"%1\"").arg(start));
        break;
    case Precision::Range: {
        IsoParts e;
        if (!parseIso(end, &e))
            return fail(QStringLiteral("range end \"%1\" is not yyyy, yyyy-mm or yyyy-mm-dd").arg(end));
        d.m_start = firstDay(s);
        d.m_end = lastDay(e);
        if (d.m_end < d.m_start)
            return fail(QStringLiteral("range ends (%1) before it starts (%2)").arg(end, start));
        return d;
    }
    case Precision::None:
        return fail(QStringLiteral("a date needs a precision"));
    }
    d.m_start = firstDay(s);
    d.m_end = lastDay(s);
    return d;
}

FuzzyDate FuzzyDate::fromStored(Precision precision, QDate start, QDate end, const QString &text)
{
    FuzzyDate d;
    if (precision == Precision::None || !start.isValid())
        return d;
    d.m_precision = precision;
    d.m_start = start;
    d.m_end = end.isValid() ? end : start;
    d.m_text = text;
    return d;
}

FuzzyDate FuzzyDate::day(QDate date)
{
    FuzzyDate d;
    d.m_precision = Precision::Day;
    d.m_start = d.m_end = date;
    return d;
}

FuzzyDate FuzzyDate::month(int year, int month)
{
    return fromIso(
        QStringLiteral("%1-%2").arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0')), {}, Precision::Month);
}

FuzzyDate FuzzyDate::year(int y)
{
    return fromIso(QStringLiteral("%1").arg(y, 4, 10, QChar(u'0')), {}, Precision::Year);
}

QString FuzzyDate::iso() const
{
    switch (m_precision) {
    case Precision::Day:
        return m_start.toString(Qt::ISODate);
    case Precision::Month:
        return m_start.toString(QStringLiteral("yyyy-MM"));
    case Precision::Year:
        return m_start.toString(QStringLiteral("yyyy"));
    case Precision::Range:
        return m_start.toString(Qt::ISODate) + u'/' + m_end.toString(Qt::ISODate);
    case Precision::None:
        break;
    }
    return {};
}

QString FuzzyDate::sortKey() const
{
    if (!isValid())
        return QStringLiteral("9999-99-99");
    // Narrower dates first among those starting the same day: a day is more specific than its year.
    const int width = static_cast<int>(m_start.daysTo(m_end));
    return m_start.toString(Qt::ISODate) + QStringLiteral("/%1").arg(width, 5, 10, QChar(u'0'));
}

QString FuzzyDate::toDisplayString(const QLocale &locale) const
{
    switch (m_precision) {
    case Precision::Day:
        return locale.toString(m_start, QStringLiteral("d MMMM yyyy"));
    case Precision::Month:
        return locale.toString(m_start, QStringLiteral("MMMM yyyy"));
    case Precision::Year:
        return locale.toString(m_start, QStringLiteral("yyyy"));
    case Precision::Range:
        // The source's wording is English; other languages get the span in their own date format.
        if (!m_text.isEmpty() && locale.language() == QLocale::English)
            return m_text;
        return QCoreApplication::translate("FuzzyDate", "%1 – %2")
            .arg(locale.toString(m_start, QStringLiteral("d MMM yyyy")),
                locale.toString(m_end, QStringLiteral("d MMM yyyy")));
    case Precision::None:
        break;
    }
    return {};
}

} // namespace tkb
