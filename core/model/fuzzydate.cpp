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

bool checkParts(IsoParts *out, const QString &year, const QString &month, const QString &day)
{
    out->year = year.toInt();
    out->fields = 1;
    if (out->year < 1) // there is no year 0, and keys and notation are four digits
        return false;
    if (!month.isEmpty()) {
        out->month = month.toInt();
        out->fields = 2;
        if (out->month < 1 || out->month > 12)
            return false;
    }
    if (!day.isEmpty()) {
        out->day = day.toInt();
        out->fields = 3;
        if (!QDate(out->year, out->month, out->day).isValid())
            return false;
    }
    return true;
}

bool parseIso(const QString &s, IsoParts *out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(s.trimmed());
    return m.hasMatch() && checkParts(out, m.captured(1), m.captured(2), m.captured(3));
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

FuzzyDate::Precision precisionOf(const IsoParts &p)
{
    return p.fields == 3 ? FuzzyDate::Precision::Day
        : p.fields == 2  ? FuzzyDate::Precision::Month
                         : FuzzyDate::Precision::Year;
}

QString isoAt(QDate d, FuzzyDate::Precision p)
{
    switch (p) {
    case FuzzyDate::Precision::Day:
        return d.toString(Qt::ISODate);
    case FuzzyDate::Precision::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    default:
        return d.toString(QStringLiteral("yyyy"));
    }
}

QString displayAt(QDate d, FuzzyDate::Precision p, const QLocale &locale, bool shortMonth = false)
{
    switch (p) {
    case FuzzyDate::Precision::Day:
        return locale.toString(d, shortMonth ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMMM yyyy"));
    case FuzzyDate::Precision::Month:
        return locale.toString(d, shortMonth ? QStringLiteral("MMM yyyy") : QStringLiteral("MMMM yyyy"));
    default:
        return locale.toString(d, QStringLiteral("yyyy"));
    }
}

constexpr unsigned char circaBit = 1, uncertainBit = 2;

QString qualifierMark(unsigned char q)
{
    if (q == (circaBit | uncertainBit))
        return QStringLiteral("%");
    if (q == circaBit)
        return QStringLiteral("~");
    if (q == uncertainBit)
        return QStringLiteral("?");
    return {};
}

QString qualified(QString shown, unsigned char q)
{
    if (q & uncertainBit)
        shown = QCoreApplication::translate("FuzzyDate", "%1?", "an uncertain date").arg(shown);
    if (q & circaBit)
        shown = QCoreApplication::translate("FuzzyDate", "circa %1", "an approximate date").arg(shown);
    return shown;
}

/// One date of the notation: "yyyy[-mm[-dd]]" or, when parts are allowed, "yyyy-early|mid|late"; then an
/// optional ~ ? or % qualifier.
struct SingleDate
{
    IsoParts parts;
    FuzzyDate::Part part = FuzzyDate::Part::Whole;
    unsigned char qualifiers = 0;
};

bool parseSingle(const QString &s, bool allowPart, SingleDate *out)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(early|mid|late))?([~?%])?$"));
    const auto m = re.match(s);
    if (!m.hasMatch() || !checkParts(&out->parts, m.captured(1), m.captured(2), m.captured(3)))
        return false;
    const QString part = m.captured(4);
    if (!part.isEmpty()) {
        if (!allowPart)
            return false;
        out->part = part == u"early" ? FuzzyDate::Part::Beginning
            : part == u"mid"         ? FuzzyDate::Part::Middle
                                     : FuzzyDate::Part::End;
    }
    const QString q = m.captured(5);
    out->qualifiers = q == u"~" ? circaBit : q == u"?" ? uncertainBit : q == u"%" ? (circaBit | uncertainBit) : 0;
    return true;
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
        // Ranges given this way have always been kept, and shown in iso(), as days.
        d.m_startPrecision = d.m_endPrecision = Precision::Day;
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

FuzzyDate FuzzyDate::fromEdtf(const QString &notation, const QString &text, QString *error)
{
    const QString n = notation.trimmed();
    auto fail = [error, &notation](const QString &why) {
        if (error)
            *error = QStringLiteral("date \"%1\" is not %2").arg(notation, why);
        return FuzzyDate();
    };
    FuzzyDate d;
    d.m_text = text;
    // "[..2004]" before, "[2004..]" after: EDTF level 2 sets with one open side.
    if (n.startsWith(u'[') || n.endsWith(u']')) {
        const bool before = n.startsWith(QStringLiteral("[.."));
        const bool after = n.endsWith(QStringLiteral("..]"));
        SingleDate s;
        if (!n.startsWith(u'[') || !n.endsWith(u']') || before == after
            || !parseSingle(n.mid(before ? 3 : 1, n.size() - 4), false, &s))
            return fail(QStringLiteral("\"[..yyyy(-mm(-dd))]\" (before) or \"[yyyy(-mm(-dd))..]\" (after)"));
        d.m_precision = precisionOf(s.parts);
        d.m_startQualifiers = s.qualifiers;
        if (before) {
            d.m_bound = Bound::Before;
            d.m_end = firstDay(s.parts).addDays(-1);
        } else {
            d.m_bound = Bound::After;
            d.m_start = lastDay(s.parts).addDays(1);
        }
        // The known side must itself be a day with a four-digit year.
        const QDate known = before ? d.m_end : d.m_start;
        if (known.year() < 1 || known.year() > 9999)
            return fail(QStringLiteral("a date with a known side between the years 1 and 9999"));
        return d;
    }
    const auto slash = n.split(u'/');
    if (slash.size() > 2)
        return fail(QStringLiteral("a range of two dates (one slash)"));
    if (slash.size() == 2) {
        const bool openStart = slash[0] == QStringLiteral("..");
        const bool openEnd = slash[1] == QStringLiteral("..");
        if (openStart && openEnd)
            return fail(QStringLiteral("a range: \"../..\" names no date at all"));
        SingleDate s, e;
        if (!openStart && !parseSingle(slash[0], false, &s))
            return fail(QStringLiteral("a range: its start is not yyyy(-mm(-dd)) with an optional ~ ? %, or \"..\""));
        if (!openEnd && !parseSingle(slash[1], false, &e))
            return fail(QStringLiteral("a range: its end is not yyyy(-mm(-dd)) with an optional ~ ? %, or \"..\""));
        d.m_precision = Precision::Range;
        if (!openStart) {
            d.m_start = firstDay(s.parts);
            d.m_startPrecision = precisionOf(s.parts);
            d.m_startQualifiers = s.qualifiers;
        }
        if (!openEnd) {
            d.m_end = lastDay(e.parts);
            d.m_endPrecision = precisionOf(e.parts);
            d.m_endQualifiers = e.qualifiers;
        }
        if (!openStart && !openEnd && d.m_end < d.m_start)
            return fail(QStringLiteral("a range: it ends before it starts"));
        return d;
    }
    SingleDate s;
    if (!parseSingle(n, true, &s))
        return fail(QStringLiteral("yyyy, yyyy-mm, yyyy-mm-dd, yyyy-early|mid|late, a range a/b (either side may be "
                                   "\"..\"), [..date] or [date..], each date with an optional ~ ? %"));
    d.m_precision = precisionOf(s.parts);
    d.m_part = s.part;
    d.m_startQualifiers = s.qualifiers;
    d.m_start = firstDay(s.parts);
    d.m_end = lastDay(s.parts);
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
    if (precision == Precision::Range)
        d.m_startPrecision = d.m_endPrecision = Precision::Day;
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

bool FuzzyDate::isCirca() const
{
    return ((m_startQualifiers | m_endQualifiers) & circaBit) != 0;
}

bool FuzzyDate::isUncertain() const
{
    return ((m_startQualifiers | m_endQualifiers) & uncertainBit) != 0;
}

FuzzyDate FuzzyDate::withCirca(bool on) const
{
    FuzzyDate d = *this;
    auto set = [on](unsigned char &q) { q = on ? (q | circaBit) : (q & ~circaBit); };
    // An open side has no date to qualify, and a single date keeps its qualifiers on the start.
    if (m_precision != Precision::Range || m_start.isValid())
        set(d.m_startQualifiers);
    if (m_precision == Precision::Range && m_end.isValid())
        set(d.m_endQualifiers);
    return d;
}

FuzzyDate FuzzyDate::withUncertain(bool on) const
{
    FuzzyDate d = *this;
    auto set = [on](unsigned char &q) { q = on ? (q | uncertainBit) : (q & ~uncertainBit); };
    if (m_precision != Precision::Range || m_start.isValid())
        set(d.m_startQualifiers);
    if (m_precision == Precision::Range && m_end.isValid())
        set(d.m_endQualifiers);
    return d;
}

QString FuzzyDate::iso() const
{
    switch (m_precision) {
    case Precision::Day:
    case Precision::Month:
    case Precision::Year:
        if (m_bound == Bound::Before)
            return isoAt(m_end.addDays(1), m_precision);
        if (m_bound == Bound::After)
            return isoAt(m_start.addDays(-1), m_precision);
        return isoAt(m_start, m_precision);
    case Precision::Range:
        return (m_start.isValid() ? m_start.toString(Qt::ISODate) : QStringLiteral("..")) + u'/'
            + (m_end.isValid() ? m_end.toString(Qt::ISODate) : QStringLiteral(".."));
    case Precision::None:
        break;
    }
    return {};
}

QString FuzzyDate::edtf() const
{
    if (!isValid())
        return {};
    if (m_precision == Precision::Range) {
        auto side = [](QDate d, Precision p, unsigned char q) {
            return d.isValid() ? isoAt(d, p) + qualifierMark(q) : QStringLiteral("..");
        };
        return side(m_start, m_startPrecision, m_startQualifiers) + u'/' + side(m_end, m_endPrecision, m_endQualifiers);
    }
    const QString mark = qualifierMark(m_startQualifiers);
    if (m_bound == Bound::Before)
        return QStringLiteral("[..") + iso() + mark + u']';
    if (m_bound == Bound::After)
        return u'[' + iso() + mark + QStringLiteral("..]");
    static const QString parts[]
        = { QString(), QStringLiteral("-early"), QStringLiteral("-mid"), QStringLiteral("-late") };
    return iso() + parts[static_cast<int>(m_part)] + mark;
}

QString FuzzyDate::sortKey() const
{
    if (!isValid())
        return QStringLiteral("9999-99-99");
    // Anchored on the first known day, or on the last when the start is open. After the anchor: "!" (sorts
    // before digits) for "after X", the width in days so narrower dates come first, "~" (after digits) for the
    // open "../X", then "~b" for "before X"; a part of a year follows its whole year, beginning to end.
    const QDate anchor = m_start.isValid() ? m_start : m_end;
    QString key = anchor.toString(Qt::ISODate) + u'/';
    if (m_bound == Bound::After)
        key += u'!';
    else if (!m_start.isValid())
        key += m_bound == Bound::Before ? QStringLiteral("~b") : QStringLiteral("~");
    else if (!m_end.isValid())
        key += QStringLiteral("999999");
    else
        key += QStringLiteral("%1").arg(m_start.daysTo(m_end), 6, 10, QChar(u'0'));
    if (m_part != Part::Whole)
        key += u'.' + QString::number(static_cast<int>(m_part));
    // Plain before circa before uncertain, so equal dates keep one stable order.
    if (const int q = m_startQualifiers | m_endQualifiers)
        key += u'q' + QString::number(q);
    return key;
}

QString FuzzyDate::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    if (m_precision == Precision::Range) {
        if (m_start.isValid() && m_end.isValid()) {
            // The source's wording is English; other languages get the span in their own date format. A circa or
            // uncertain end is said by the value, the wording stays the source's quote.
            if (!m_text.isEmpty() && locale.language() == QLocale::English && !m_startQualifiers && !m_endQualifiers)
                return m_text;
            return QCoreApplication::translate("FuzzyDate", "%1 – %2")
                .arg(qualified(displayAt(m_start, m_startPrecision, locale, true), m_startQualifiers),
                    qualified(displayAt(m_end, m_endPrecision, locale, true), m_endQualifiers));
        }
        if (m_start.isValid())
            return QCoreApplication::translate("FuzzyDate", "from %1", "a period open at its end")
                .arg(qualified(displayAt(m_start, m_startPrecision, locale), m_startQualifiers));
        return QCoreApplication::translate("FuzzyDate", "until %1", "a period open at its start, up to and including")
            .arg(qualified(displayAt(m_end, m_endPrecision, locale), m_endQualifiers));
    }
    if (m_bound == Bound::Before)
        return QCoreApplication::translate("FuzzyDate", "before %1")
            .arg(qualified(displayAt(m_end.addDays(1), m_precision, locale), m_startQualifiers));
    if (m_bound == Bound::After)
        return QCoreApplication::translate("FuzzyDate", "after %1")
            .arg(qualified(displayAt(m_start.addDays(-1), m_precision, locale), m_startQualifiers));
    QString shown = displayAt(m_start, m_precision, locale);
    switch (m_part) {
    case Part::Beginning:
        shown = QCoreApplication::translate("FuzzyDate", "beginning of %1", "a year").arg(shown);
        break;
    case Part::Middle:
        shown = QCoreApplication::translate("FuzzyDate", "mid-%1", "a year").arg(shown);
        break;
    case Part::End:
        shown = QCoreApplication::translate("FuzzyDate", "end of %1", "a year").arg(shown);
        break;
    case Part::Whole:
        break;
    }
    return qualified(shown, m_startQualifiers);
}

} // namespace tkb
