// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A date known only as precisely as the source says: a day, a month, a year (or its beginning, middle or end),
// a range (closed or open at one side), "before"/"after" a date, each possibly circa or uncertain.
#include <QDate>
#include <QLocale>
#include <QString>

namespace tkb {

class FuzzyDate
{
public:
    enum class Precision { None, Day, Month, Year, Range };
    /// Part of a year ("beginning of 2019"); only with Precision::Year.
    enum class Part { Whole, Beginning, Middle, End };
    /// "before 2004" / "after 2004"; with Day, Month or Year.
    enum class Bound { Exact, Before, After };

    FuzzyDate() = default;
    /// Parses ISO "yyyy", "yyyy-mm" or "yyyy-mm-dd" with the given precision; end only for ranges.
    /// Returns an invalid date (isValid() false) and sets *error when the input does not parse.
    static FuzzyDate fromIso(const QString &start, const QString &end, Precision precision, const QString &text = {},
        QString *error = nullptr);
    /// Parses the stored notation (EDTF, ISO 8601-2, plus "yyyy-early|mid|late" for parts of a year):
    /// "1993", "1993-08", "1993-08-26", "1993/2008", "2014-06-29/..", "../2008", "1993~" (circa),
    /// "1993?" (uncertain), "1993%" (both), "[..2004]" (before), "[2004..]" (after), "2019-early".
    /// Returns an invalid date and sets *error (naming the input) when the notation is not one of these.
    static FuzzyDate fromEdtf(const QString &notation, const QString &text = {}, QString *error = nullptr);
    /// Rebuilds a date from stored first/last days (the inverse of start()/end() for plain dates).
    static FuzzyDate fromStored(Precision precision, QDate start, QDate end, const QString &text = {});
    static FuzzyDate day(QDate d);
    static FuzzyDate month(int year, int month);
    static FuzzyDate year(int year);

    static QString precisionId(Precision p);
    static Precision precisionFromId(QStringView id, bool *ok = nullptr);

    bool isValid() const { return m_precision != Precision::None && (m_start.isValid() || m_end.isValid()); }
    Precision precision() const { return m_precision; }
    QDate start() const { return m_start; } ///< first day the date may mean; invalid when open (before, ../x)
    QDate end() const { return m_end; } ///< last day the date may mean; invalid when open (after, x/..)
    QString text() const { return m_text; } ///< the source's own wording, if any
    bool isCirca() const;
    bool isUncertain() const;
    Part part() const { return m_part; }
    Bound bound() const { return m_bound; }
    bool hasOpenStart() const { return m_precision == Precision::Range && !m_start.isValid() && m_end.isValid(); }
    bool hasOpenEnd() const { return m_precision == Precision::Range && m_start.isValid() && !m_end.isValid(); }
    /// The same date marked (or no longer marked) circa / uncertain; on a range, both ends.
    FuzzyDate withCirca(bool on) const;
    FuzzyDate withUncertain(bool on) const;

    /// ISO form at the date's precision: "1993", "2018-07", "2007-06-26", "1993-08-16/1993-08-31".
    QString iso() const;
    /// The stored notation; fromEdtf(d.edtf(), d.text()) == d for every valid d.
    QString edtf() const;
    /// Sortable key, chronological in plain string order: by the first known day (the last one when the start is
    /// open), then narrower first; "before X" just before X, "after X" just after it.
    QString sortKey() const;
    /// Human form in a locale ("26 June 2007", "circa 1993", "before 2004", "mid-2019", "from 29 June 2014");
    /// closed ranges show the source's wording in English.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;

private:
    Precision m_precision = Precision::None;
    QDate m_start;
    QDate m_end;
    QString m_text;
    Part m_part = Part::Whole;
    Bound m_bound = Bound::Exact;
    // A range's ends each keep the precision they were given, and each may be circa or uncertain; a single date
    // uses the start's qualifiers.
    Precision m_startPrecision = Precision::None;
    Precision m_endPrecision = Precision::None;
    unsigned char m_startQualifiers = 0; ///< bit 1 circa, bit 2 uncertain
    unsigned char m_endQualifiers = 0;
};

} // namespace tkb
