// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline places uncertain dates by what is known only: an open period runs to the axis's end, "before"
// and "after" sit at their date, a year's part spans its year, and a date with no start draws without a crash.
// With TALYSHKB_SCREENSHOT_DIR set, it also saves timeline-uncertain.png there.
#include <ui/timeline/timelineview.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTest>

using namespace tkb;

namespace {

EntityRef datedEvent(const QString &id, const QString &notation, const QString &name)
{
    EntityRef r;
    r.id = id;
    r.kind = EntityKind::Event;
    r.name = name;
    QString why;
    r.date = FuzzyDate::fromEdtf(notation, {}, &why);
    if (!r.date.isValid())
        qFatal("bad date in the test: %s", qPrintable(why));
    return r;
}

QList<EntityRef> uncertainEvents()
{
    return { datedEvent(
                 QStringLiteral("founded"), QStringLiteral("1995~/2008"), QStringLiteral("Circa-started period")),
        datedEvent(QStringLiteral("since"), QStringLiteral("2014-06-29/.."), QStringLiteral("Open-ended period")),
        datedEvent(QStringLiteral("until"), QStringLiteral("../2003"), QStringLiteral("Period with no known start")),
        datedEvent(QStringLiteral("before"), QStringLiteral("[..2004]"), QStringLiteral("Happened before 2004")),
        datedEvent(QStringLiteral("after"), QStringLiteral("[2010..]"), QStringLiteral("Happened after 2010")),
        datedEvent(QStringLiteral("early"), QStringLiteral("2019-early"), QStringLiteral("Beginning of a year")),
        datedEvent(QStringLiteral("late"), QStringLiteral("2012-late?"), QStringLiteral("End of a year, uncertain")),
        datedEvent(QStringLiteral("circa"), QStringLiteral("2006~"), QStringLiteral("Circa year")),
        datedEvent(QStringLiteral("day"), QStringLiteral("2016-08-26"), QStringLiteral("Exact day")) };
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placesOpenAndBoundedDates()
    {
        TimelineView view;
        view.setPixelsPerYear(40);
        view.setEvents(uncertainEvents());
        view.resize(view.sizeHint());
        QCOMPARE(view.eventCount(), 9);

        // The open end reaches the axis's end, the open start its beginning; neither at an invented date.
        const QRectF since = view.spanRect(QStringLiteral("since"));
        QCOMPARE(since.left(), view.xForYear(2014 + 179.0 / 365));
        QCOMPARE(since.right(), view.axisEndX());
        QVERIFY(view.axisEndX() > view.xForYear(2019)); // the axis runs past the last known day, so the fade shows
        const QRectF until = view.spanRect(QStringLiteral("until"));
        QCOMPARE(until.left(), view.axisStartX());
        QCOMPARE(until.right(), view.xForYear(2004));

        // "Before 2004" is a marker ending at 2004 with its cue to the left; "after 2010" starts at the end of 2010.
        const QRectF before = view.spanRect(QStringLiteral("before"));
        QCOMPARE(before.right(), view.xForYear(2004) + 3);
        QVERIFY(before.left() < view.xForYear(2004));
        QVERIFY(before.width() < view.pixelsPerYear()); // a marker, not a span across 2003
        const QRectF after = view.spanRect(QStringLiteral("after"));
        QCOMPARE(after.left(), view.xForYear(2011));
        QVERIFY(after.width() < view.pixelsPerYear());

        // A year's part spans the whole year; circa keeps the stated bounds.
        const QRectF early = view.spanRect(QStringLiteral("early"));
        QCOMPARE(early.left(), view.xForYear(2019));
        QCOMPARE(early.right(), view.xForYear(2020));
        const QRectF circa = view.spanRect(QStringLiteral("circa"));
        QCOMPARE(circa.left(), view.xForYear(2006));
        QCOMPARE(circa.right(), view.xForYear(2007));
        const QRectF founded = view.spanRect(QStringLiteral("founded"));
        QCOMPARE(founded.left(), view.xForYear(1995));
        QCOMPARE(founded.right(), view.xForYear(2009));
        QVERIFY(view.spanRect(QStringLiteral("nobody")).isNull());

        // Events are in axis order by their known day; labels stay right of the axis start.
        const QStringList ids = view.ids();
        QCOMPARE(ids.first(), QStringLiteral("founded"));
        QVERIFY(ids.indexOf(QStringLiteral("before")) < ids.indexOf(QStringLiteral("circa")));
        for (const QString &id : ids)
            QVERIFY2(view.labelRect(id).left() >= 0, qPrintable(id));
        // Every span can be hit where it is drawn; where spans overlap, the narrowest wins.
        for (const QString &id : ids) {
            const QPoint inside = view.spanRect(id).center().toPoint();
            QCOMPARE(view.idAt(inside).isEmpty(), false);
        }
        QCOMPARE(view.idAt(view.spanRect(QStringLiteral("before")).center().toPoint()), QStringLiteral("before"));
    }
    void drawsWithoutAStart()
    {
        // Only open-start dates: the axis is built from their ends alone.
        TimelineView view;
        view.setEvents({ datedEvent(QStringLiteral("a"), QStringLiteral("../1990"), QStringLiteral("Until 1990")),
            datedEvent(QStringLiteral("b"), QStringLiteral("[..1980-05]"), QStringLiteral("Before May 1980")) });
        view.resize(view.sizeHint());
        QCOMPARE(view.eventCount(), 2);
        QVERIFY(std::isfinite(view.firstYear()) && view.firstYear() > 1978 && view.firstYear() < 1981);
        QCOMPARE(view.spanRect(QStringLiteral("a")).left(), view.axisStartX());
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        // An invalid date is still skipped, not drawn at year 0.
        view.setEvents(
            { EntityRef { QStringLiteral("x"), EntityKind::Event, QStringLiteral("Undated"), {}, {}, {}, {} } });
        QCOMPARE(view.eventCount(), 0);
    }
    void screenshot()
    {
        TimelineView view;
        view.setPixelsPerYear(48);
        view.setEvents(uncertainEvents());
        view.setCurrentId(QStringLiteral("since"));
        view.resize(view.sizeHint());
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        // Something is drawn at the open end's far side: the fade is not empty all the way.
        const QRectF since = view.spanRect(QStringLiteral("since"));
        const QColor background = view.palette().color(QPalette::Base);
        QVERIFY(image.pixelColor(QPoint(int(since.left() + 2), int(since.center().y()))) != background);
        if (const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("timeline-uncertain.png"))));
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timelineview.moc"
