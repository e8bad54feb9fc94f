// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A date known only as precisely as the source says: a day, a month, a year, or a described range
// ("second half of August 1993", "beginning of 2019").
#include <QDate>
#include <QLocale>
#include <QString>

namespace tkb {

class FuzzyDate
{
public:
    enum class Precision { None, Day, Month, Year, Range };

    FuzzyDate() = default;
    /// Parses ISO "yyyy", "yyyy-mm" or "yyyy-mm-dd" with the given precision; end only for ranges.
    /// Returns an invalid date (isValid() false) and sets *error when the input does not parse.
    static FuzzyDate fromIso(const QString &start, const QString &end, Precision precision, const QString &text = {},
        QString *error = nullptr);
    /// Rebuilds a date from stored first/last days (the inverse of start()/end()).
    static FuzzyDate fromStored(Precision precision, QDate start, QDate end, const QString &text = {});
    static FuzzyDate day(QDate d);
    static FuzzyDate month(int year, int month);
    static FuzzyDate year(int year);

    static QString precisionId(Precision p);
    static Precision precisionFromId(QStringView id, bool *ok = nullptr);

    bool isValid() const { return m_precision != Precision::None && m_start.isValid(); }
    Precision precision() const { return m_precision; }
    QDate start() const { return m_start; } ///< first day the date may mean
    QDate end() const { return m_end; } ///< last day the date may mean
    QString text() const { return m_text; } ///< the source's own wording, if any
    /// ISO form at the date's precision: "1993", "2018-07", "2007-06-26", "1993-08-16/1993-08-31".
    QString iso() const;
    /// Sortable key; dates sort by start, then by narrower precision first.
    QString sortKey() const;
    /// Human form in a locale at its precision ("26 June 2007", "July 2018", "2004"); ranges show text.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;

private:
    Precision m_precision = Precision::None;
    QDate m_start;
    QDate m_end;
    QString m_text;
};

} // namespace tkb
