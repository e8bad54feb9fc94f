// SPDX-License-Identifier: GPL-3.0-or-later
// Dates keep the precision the source gives, sort sensibly and print in the reader's locale.
#include <core/model/fuzzydate.h>

#include <QTest>

using tkb::FuzzyDate;

class TestFuzzyDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEachPrecision()
    {
        const auto day = FuzzyDate::fromIso(QStringLiteral("2007-06-26"), {}, FuzzyDate::Precision::Day);
        QVERIFY(day.isValid());
        QCOMPARE(day.iso(), QStringLiteral("2007-06-26"));
        QCOMPARE(day.start(), QDate(2007, 6, 26));
        QCOMPARE(day.end(), QDate(2007, 6, 26));

        const auto month = FuzzyDate::fromIso(QStringLiteral("2018-07"), {}, FuzzyDate::Precision::Month);
        QCOMPARE(month.iso(), QStringLiteral("2018-07"));
        QCOMPARE(month.end(), QDate(2018, 7, 31));

        const auto year = FuzzyDate::fromIso(QStringLiteral("2004"), {}, FuzzyDate::Precision::Year);
        QCOMPARE(year.iso(), QStringLiteral("2004"));
        QCOMPARE(year.end(), QDate(2004, 12, 31));

        const auto range = FuzzyDate::fromIso(QStringLiteral("1993-08-16"), QStringLiteral("1993-08-31"),
            FuzzyDate::Precision::Range, QStringLiteral("second half of August 1993"));
        QCOMPARE(range.iso(), QStringLiteral("1993-08-16/1993-08-31"));
        QCOMPARE(range.toDisplayString(QLocale(QLocale::English)), QStringLiteral("second half of August 1993"));
    }
    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("precision");
        QTest::newRow("day needs day") << "2007-06" << "" << int(FuzzyDate::Precision::Day);
        QTest::newRow("year with month") << "2007-06" << "" << int(FuzzyDate::Precision::Year);
        QTest::newRow("month 13") << "2007-13" << "" << int(FuzzyDate::Precision::Month);
        QTest::newRow("30 February") << "2007-02-30" << "" << int(FuzzyDate::Precision::Day);
        QTest::newRow("words") << "June 2007" << "" << int(FuzzyDate::Precision::Month);
        QTest::newRow("range backwards") << "2019-05" << "2019-01" << int(FuzzyDate::Precision::Range);
        QTest::newRow("no precision") << "2019" << "" << int(FuzzyDate::Precision::None);
    }
    void rejectsBadInput()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, precision);
        QString why;
        const auto d = FuzzyDate::fromIso(start, end, FuzzyDate::Precision(precision), {}, &why);
        QVERIFY(!d.isValid());
        QVERIFY(!why.isEmpty());
    }
    void sortsByStartThenNarrowerFirst()
    {
        const auto year = FuzzyDate::year(2007);
        const auto day = FuzzyDate::day(QDate(2007, 1, 1));
        const auto later = FuzzyDate::day(QDate(2007, 6, 26));
        QVERIFY(day.sortKey() < year.sortKey());
        QVERIFY(year.sortKey() < later.sortKey());
    }
    void displaysInLocale()
    {
        const auto day = FuzzyDate::day(QDate(2007, 6, 26));
        QCOMPARE(day.toDisplayString(QLocale(QLocale::English)), QStringLiteral("26 June 2007"));
        QVERIFY(day.toDisplayString(QLocale(QLocale::Russian)).contains(QStringLiteral("июн")));
        QCOMPARE(FuzzyDate::month(2018, 7).toDisplayString(QLocale(QLocale::English)), QStringLiteral("July 2018"));
        const auto range = FuzzyDate::fromIso(QStringLiteral("2019"), QStringLiteral("2019-04"),
            FuzzyDate::Precision::Range, QStringLiteral("beginning of 2019"));
        // Other languages get the span in their own format rather than English words.
        QVERIFY(!range.toDisplayString(QLocale(QLocale::German)).contains(QStringLiteral("beginning")));
        QVERIFY(range.toDisplayString(QLocale(QLocale::German)).contains(QStringLiteral("2019")));
    }
    void roundTripsThroughStorage()
    {
        const auto m = FuzzyDate::month(2018, 7);
        QCOMPARE(FuzzyDate::fromStored(m.precision(), m.start(), m.end(), m.text()), m);
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "test_fuzzydate.moc"
