// SPDX-License-Identifier: GPL-3.0-or-later
// Dates keep the precision the source gives, sort sensibly and print in the reader's locale.
#include <core/model/fuzzydate.h>

#include <QSet>
#include <QTest>
#include <QTranslator>

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
    void edtfForms_data()
    {
        QTest::addColumn<QString>("notation");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("precision");
        const int day = int(FuzzyDate::Precision::Day), month = int(FuzzyDate::Precision::Month),
                  year = int(FuzzyDate::Precision::Year), range = int(FuzzyDate::Precision::Range);
        QTest::newRow("year") << "1993" << QDate(1993, 1, 1) << QDate(1993, 12, 31) << year;
        QTest::newRow("month") << "1993-08" << QDate(1993, 8, 1) << QDate(1993, 8, 31) << month;
        QTest::newRow("day") << "1993-08-26" << QDate(1993, 8, 26) << QDate(1993, 8, 26) << day;
        QTest::newRow("day range") << "1993-08-16/1993-08-31" << QDate(1993, 8, 16) << QDate(1993, 8, 31) << range;
        QTest::newRow("year range") << "1993/2008" << QDate(1993, 1, 1) << QDate(2008, 12, 31) << range;
        QTest::newRow("mixed range") << "1993-02/2008-05-04" << QDate(1993, 2, 1) << QDate(2008, 5, 4) << range;
        QTest::newRow("one-year range") << "2019/2019" << QDate(2019, 1, 1) << QDate(2019, 12, 31) << range;
        QTest::newRow("open end") << "2014-06-29/.." << QDate(2014, 6, 29) << QDate() << range;
        QTest::newRow("open start") << "../2008" << QDate() << QDate(2008, 12, 31) << range;
        QTest::newRow("open start month") << "../2008-02" << QDate() << QDate(2008, 2, 29) << range;
        QTest::newRow("early year") << "0800~" << QDate(800, 1, 1) << QDate(800, 12, 31) << year;
        QTest::newRow("circa") << "1993~" << QDate(1993, 1, 1) << QDate(1993, 12, 31) << year;
        QTest::newRow("uncertain month") << "1993-08?" << QDate(1993, 8, 1) << QDate(1993, 8, 31) << month;
        QTest::newRow("circa uncertain day") << "1993-08-26%" << QDate(1993, 8, 26) << QDate(1993, 8, 26) << day;
        QTest::newRow("circa start") << "1995~/2008" << QDate(1995, 1, 1) << QDate(2008, 12, 31) << range;
        QTest::newRow("uncertain end") << "1995/2008-03?" << QDate(1995, 1, 1) << QDate(2008, 3, 31) << range;
        QTest::newRow("circa open end") << "1995~/.." << QDate(1995, 1, 1) << QDate() << range;
        QTest::newRow("before year") << "[..2004]" << QDate() << QDate(2003, 12, 31) << year;
        QTest::newRow("before month") << "[..2004-03]" << QDate() << QDate(2004, 2, 29) << month;
        QTest::newRow("before day") << "[..2004-03-10]" << QDate() << QDate(2004, 3, 9) << day;
        QTest::newRow("after year") << "[2004..]" << QDate(2005, 1, 1) << QDate() << year;
        QTest::newRow("after month") << "[2004-12..]" << QDate(2005, 1, 1) << QDate() << month;
        QTest::newRow("after circa") << "[2004~..]" << QDate(2005, 1, 1) << QDate() << year;
        QTest::newRow("beginning") << "2019-early" << QDate(2019, 1, 1) << QDate(2019, 12, 31) << year;
        QTest::newRow("middle") << "2019-mid" << QDate(2019, 1, 1) << QDate(2019, 12, 31) << year;
        QTest::newRow("end") << "2019-late" << QDate(2019, 1, 1) << QDate(2019, 12, 31) << year;
        QTest::newRow("circa end") << "2019-late~" << QDate(2019, 1, 1) << QDate(2019, 12, 31) << year;
    }
    void edtfForms()
    {
        QFETCH(QString, notation);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, precision);
        QString why;
        const auto d = FuzzyDate::fromEdtf(notation, QStringLiteral("as the source says"), &why);
        QVERIFY2(d.isValid(), qPrintable(why));
        QCOMPARE(d.precision(), FuzzyDate::Precision(precision));
        QCOMPARE(d.start(), start);
        QCOMPARE(d.end(), end);
        QCOMPARE(d.edtf(), notation);
        QCOMPARE(d.text(), QStringLiteral("as the source says"));
        const auto again = FuzzyDate::fromEdtf(d.edtf(), d.text());
        QCOMPARE(again, d);
        QCOMPARE(again.sortKey(), d.sortKey());
        QVERIFY(!d.toDisplayString(QLocale(QLocale::English)).isEmpty());
        QVERIFY(!d.toDisplayString(QLocale(QLocale::Russian)).isEmpty());
    }
    void edtfFlags()
    {
        const auto circa = FuzzyDate::fromEdtf(QStringLiteral("1993~"));
        QVERIFY(circa.isCirca());
        QVERIFY(!circa.isUncertain());
        QVERIFY(FuzzyDate::fromEdtf(QStringLiteral("1993?")).isUncertain());
        const auto both = FuzzyDate::fromEdtf(QStringLiteral("1993%"));
        QVERIFY(both.isCirca() && both.isUncertain());
        QCOMPARE(FuzzyDate::year(1993).withCirca(true), circa);
        QCOMPARE(both.withUncertain(false), circa);
        QCOMPARE(circa.withCirca(false), FuzzyDate::year(1993));
        QCOMPARE(
            FuzzyDate::fromEdtf(QStringLiteral("1995/2008")).withCirca(true).edtf(), QStringLiteral("1995~/2008~"));
        QCOMPARE(FuzzyDate::fromEdtf(QStringLiteral("../2008")).withUncertain(true).edtf(), QStringLiteral("../2008?"));
        QCOMPARE(FuzzyDate::fromEdtf(QStringLiteral("[..2004]")).bound(), FuzzyDate::Bound::Before);
        QCOMPARE(FuzzyDate::fromEdtf(QStringLiteral("[2004..]")).bound(), FuzzyDate::Bound::After);
        QCOMPARE(FuzzyDate::year(2004).bound(), FuzzyDate::Bound::Exact);
        QCOMPARE(FuzzyDate::fromEdtf(QStringLiteral("2019-early")).part(), FuzzyDate::Part::Beginning);
        QCOMPARE(FuzzyDate::fromEdtf(QStringLiteral("2019-mid")).part(), FuzzyDate::Part::Middle);
        QCOMPARE(FuzzyDate::fromEdtf(QStringLiteral("2019-late")).part(), FuzzyDate::Part::End);
        QCOMPARE(FuzzyDate::year(2019).part(), FuzzyDate::Part::Whole);
        const auto openEnd = FuzzyDate::fromEdtf(QStringLiteral("2014-06-29/.."));
        QVERIFY(openEnd.hasOpenEnd() && !openEnd.hasOpenStart());
        const auto openStart = FuzzyDate::fromEdtf(QStringLiteral("../2008"));
        QVERIFY(openStart.hasOpenStart() && !openStart.hasOpenEnd());
        QVERIFY(!FuzzyDate::fromEdtf(QStringLiteral("[..2004]")).hasOpenStart()); // a bound, not a range
    }
    void oldFormsKeepTheirNotation()
    {
        // Dates made the old ways store as they always showed in iso().
        const auto range = FuzzyDate::fromIso(QStringLiteral("2019"), QStringLiteral("2019-04"),
            FuzzyDate::Precision::Range, QStringLiteral("beginning of 2019"));
        QCOMPARE(range.edtf(), QStringLiteral("2019-01-01/2019-04-30"));
        QCOMPARE(range.edtf(), range.iso());
        QCOMPARE(FuzzyDate::fromEdtf(range.edtf(), range.text()), range);
        const auto stored = FuzzyDate::fromStored(FuzzyDate::Precision::Range, QDate(1993, 8, 16), QDate(1993, 8, 31));
        QCOMPARE(FuzzyDate::fromEdtf(stored.edtf()), stored);
        for (const auto &d : { FuzzyDate::day(QDate(2007, 6, 26)), FuzzyDate::month(2018, 7), FuzzyDate::year(2004) }) {
            QCOMPARE(d.edtf(), d.iso());
            QCOMPARE(FuzzyDate::fromEdtf(d.edtf()), d);
        }
        QVERIFY(FuzzyDate().edtf().isEmpty());
    }
    void rejectsBadEdtf_data()
    {
        QTest::addColumn<QString>("notation");
        for (const char *bad : { "", "2019-13", "2019-02-30", "19", "June 2019", "2019-early-03", "2019-06-mid",
                 "2019~~", "~2019", "../..", "2019/2018", "2019-05/2019-01", "2019/2020/2021", "/2008", "2008/",
                 "[..2004", "[2004]", "[..2004..]", "[..2004-early]", "2019-early/2020", "..", "2019-late?x",
                 "1993-08-16 / 1993-08-31", "0000", "0000-05/2001", "[..0001]", "[9999..]" })
            QTest::newRow(*bad ? bad : "empty") << QString::fromLatin1(bad);
    }
    void rejectsBadEdtf()
    {
        QFETCH(QString, notation);
        QString why;
        const auto d = FuzzyDate::fromEdtf(notation, {}, &why);
        QVERIFY(!d.isValid());
        QCOMPARE(d, FuzzyDate());
        QVERIFY(why.startsWith(QStringLiteral("date \"%1\" is not").arg(notation)));
    }
    void sortsMixedForms()
    {
        // Chronological: by the first known day (the last one when the start is open), narrower first; "before"
        // just before its date and "after" just after it; a year's parts after the whole year, beginning to end.
        const QStringList want { "1995/2008-06", "2003-12-31", "../2003", "[..2004]", "2004", "2004-early", "2004-mid",
            "2004-late", "2004/2006", "2004-06", "2004-06-29/..", "[2004..]", "2005" };
        QStringList order { "2005", "2004-late", "[2004..]", "2004-06-29/..", "2004", "../2003", "2004-mid", "[..2004]",
            "2004/2006", "2004-06", "2003-12-31", "2004-early", "1995/2008-06" };
        std::sort(order.begin(), order.end(), [](const QString &a, const QString &b) {
            return FuzzyDate::fromEdtf(a).sortKey() < FuzzyDate::fromEdtf(b).sortKey();
        });
        QCOMPARE(order, want);
        // Each key is distinct, so the order does not depend on the sort's stability.
        QSet<QString> keys;
        for (const QString &n : want)
            keys.insert(FuzzyDate::fromEdtf(n).sortKey());
        QCOMPARE(keys.size(), want.size());
        QVERIFY(FuzzyDate().sortKey() > FuzzyDate::fromEdtf(QStringLiteral("[9998..]")).sortKey());
    }
    void displaysNewForms_data()
    {
        QTest::addColumn<QString>("notation");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("circa") << "1993~" << "circa 1993" << "ca. 1993";
        QTest::newRow("uncertain") << "1993?" << "1993?" << "1993?";
        QTest::newRow("both") << "1993%" << "circa 1993?" << "ca. 1993?";
        QTest::newRow("before") << "[..2004]" << "before 2004" << "vor 2004";
        QTest::newRow("after") << "[2004-06..]" << "after June 2004" << "nach Juni 2004";
        QTest::newRow("beginning") << "2019-early" << "beginning of 2019" << "Anfang 2019";
        QTest::newRow("middle") << "2019-mid" << "mid-2019" << "Mitte 2019";
        QTest::newRow("end") << "2019-late" << "end of 2019" << "Ende 2019";
        QTest::newRow("circa end") << "2019-late~" << "circa end of 2019" << "ca. Ende 2019";
        QTest::newRow("open end") << "2014-06-29/.." << "from 29 June 2014" << "ab 29 Juni 2014";
        QTest::newRow("open start") << "../2008" << "until 2008" << "bis 2008";
        QTest::newRow("circa range") << "1995~/2008" << "circa 1995 – 2008" << "ca. 1995 – 2008";
    }
    void displaysNewForms()
    {
        QFETCH(QString, notation);
        QFETCH(QString, english);
        QFETCH(QString, german);
        // The new forms show their value even when the source's words are known (those are shown as the quote).
        const auto d = FuzzyDate::fromEdtf(notation, QStringLiteral("some time back then"));
        QCOMPARE(d.toDisplayString(QLocale(QLocale::English)), english);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(TKB_DE_QM)));
        QCoreApplication::installTranslator(&translator);
        const QString shown = d.toDisplayString(QLocale(QLocale::German));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(shown, german);
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "test_fuzzydate.moc"
