// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline of a base with thousands of dated events: it reads counts per day and clusters what it cannot tell
// apart, the clusters' counts add up to the events in view, and zooming into a cluster (by keyboard) comes down to
// single events, read from the store a span at a time.
#include <core/store/knowledgebase.h>
#include <core/store/timelinequery.h>
#include <ui/timeline/timelineclusters.h>
#include <ui/timeline/timelinepage.h>
#include <ui/timeline/timelineview.h>

#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tkb;

class TestTimelineScale : public QObject
{
    Q_OBJECT
    static constexpr int dated = 3000;
    static constexpr int undated = 7;
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    QHash<QString, QDate> m_anchor; ///< each dated event's first known day (its last when the start is open)

    // Dated events of every precision over ten years: days, months, years, ranges and open ones.
    static FuzzyDate dateOf(int i)
    {
        const QDate day = QDate(2000, 1, 1).addDays((qint64(i) * 7919) % 3650);
        switch (i % 6) {
        case 0:
        case 1:
            return FuzzyDate::day(day);
        case 2:
            return FuzzyDate::month(day.year(), day.month());
        case 3:
            return FuzzyDate::year(day.year());
        case 4:
            return FuzzyDate::fromEdtf(
                day.toString(Qt::ISODate) + u'/' + day.addDays(i % 40 + 1).toString(Qt::ISODate));
        default:
            return FuzzyDate::fromEdtf(i % 12 == 5 ? day.toString(Qt::ISODate) + QStringLiteral("/..")
                                                   : QStringLiteral("../") + day.toString(Qt::ISODate));
        }
    }

    qint64 anchoredBetween(double first, double last) const
    {
        qint64 n = 0;
        for (const QDate &d : m_anchor) {
            const double y = TimelineClusters::yearOf(d);
            n += y >= first && y <= last ? 1 : 0;
        }
        return n;
    }

    static std::pair<double, double> visibleYears(TimelinePage &page)
    {
        auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("timelineScroll"));
        const int left = scroll->horizontalScrollBar()->value();
        return { page.timeline()->yearAt(left), page.timeline()->yearAt(left + scroll->viewport()->width()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        KnowledgePack pack;
        for (int i = 0; i < dated + undated; ++i) {
            Entity e;
            e.id = QStringLiteral("event/e%1").arg(i, 5, 10, QLatin1Char('0'));
            e.kind = EntityKind::Event;
            e.name = QStringLiteral("Event %1").arg(i);
            if (i < dated) {
                const FuzzyDate d = dateOf(i);
                QVERIFY2(d.isValid(), qPrintable(e.id));
                e.setDate(d);
                m_anchor.insert(e.id, d.start().isValid() ? d.start() : d.end());
            }
            pack.entities.append(e);
        }
        StoreError err;
        m_kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("events.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
        QVERIFY2(m_kb->importPack(pack, &err), qPrintable(err.message));
    }

    void queryCountsAndReadsBySpan()
    {
        const TimelineQuery q(*m_kb);
        QCOMPARE(q.eventCount(), dated + undated);
        qint64 sum = 0;
        qint64 previous = 0;
        for (const TimelineQuery::DayCount &c : q.dayCounts()) {
            QVERIFY(c.day > previous);
            previous = c.day;
            sum += c.count;
        }
        QCOMPARE(sum, dated);
        // A span of days: exactly the events anchored in it, in order.
        const QDate from(2003, 2, 10), to(2003, 5, 20);
        const QList<EntityRef> span = q.events(from, to, 10000);
        qint64 expected = 0;
        for (const QDate &d : std::as_const(m_anchor))
            expected += d >= from && d <= to ? 1 : 0;
        QCOMPARE(span.size(), expected);
        for (const EntityRef &r : span)
            QVERIFY2(m_anchor.value(r.id) >= from && m_anchor.value(r.id) <= to, qPrintable(r.id));
        QCOMPARE(q.events(from, to, 5).size(), 5);
    }

    void clustersAddUpAndZoomComesDownToEvents()
    {
        TimelinePage page(m_kb.get());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.isBig());
        TimelineView *view = page.timeline();
        // The whole span in view: far too many to draw one by one, so clusters, and not one event item.
        QVERIFY(view->isClustered());
        QVERIFY(view->ids().isEmpty());
        auto [first, last] = visibleYears(page);
        QCOMPARE(view->eventsInView(), anchoredBetween(first, last));
        QVERIFY(view->eventsInView() > TimelineWindow::detailLimit);
        qint64 sum = 0;
        for (const TimelineClusters::Cluster &c : view->visibleClusters()) {
            QVERIFY(c.count > 0);
            QVERIFY(c.first <= c.last);
            sum += c.count;
        }
        QCOMPARE(sum, view->eventsInView());
        // The list shows the first events in view and says how many more there are.
        QTreeWidget *list = page.list();
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        QVERIFY(list->topLevelItemCount() <= 201);

        // By keyboard: an arrow picks a cluster, Enter zooms into it, until the events come one by one.
        view->setFocus();
        int rounds = 0;
        while (view->isClustered() && rounds++ < 12) {
            QTest::keyClick(view, Qt::Key_Right);
            QVERIFY(view->currentCluster() >= 0);
            const double before = view->pixelsPerYear();
            QTest::keyClick(view, Qt::Key_Return);
            QVERIFY(view->pixelsPerYear() > before);
            std::tie(first, last) = visibleYears(page);
            if (view->isClustered()) {
                sum = 0;
                for (const TimelineClusters::Cluster &c : view->visibleClusters())
                    sum += c.count;
                QCOMPARE(sum, anchoredBetween(first, last));
            }
        }
        QVERIFY2(!view->isClustered(), "zooming in never came down to single events");
        std::tie(first, last) = visibleYears(page);
        const qint64 inView = anchoredBetween(first, last);
        QVERIFY(inView <= TimelineWindow::detailLimit);
        const QStringList ids = view->ids();
        for (auto it = m_anchor.cbegin(); it != m_anchor.cend(); ++it) {
            const double y = TimelineClusters::yearOf(it.value());
            if (y >= first && y <= last)
                QVERIFY2(ids.contains(it.key()), qPrintable(it.key()));
        }
        QVERIFY(!ids.isEmpty() || inView == 0);
        // Far fewer than all were read: the span and a margin.
        QVERIFY(ids.size() <= 4 * TimelineWindow::detailLimit + 1);

        // Panning reads the next span: what is in view is there again.
        auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("timelineScroll"));
        scroll->horizontalScrollBar()->setValue(
            scroll->horizontalScrollBar()->value() + 3 * scroll->viewport()->width());
        std::tie(first, last) = visibleYears(page);
        if (!view->isClustered()) {
            const QStringList now = view->ids();
            for (auto it = m_anchor.cbegin(); it != m_anchor.cend(); ++it) {
                const double y = TimelineClusters::yearOf(it.value());
                if (y >= first && y <= last)
                    QVERIFY2(now.contains(it.key()), qPrintable(it.key()));
            }
        }

        // Zoomed back out, clusters again.
        page.zoomAxis(-60, 10);
        QVERIFY(view->isClustered());
        QVERIFY(view->ids().isEmpty());
    }

    void screenshot()
    {
        TimelinePage page(m_kb.get());
        page.resize(1100, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.zoomAxis(6, 500);
        QVERIFY(page.timeline()->isClustered());
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        if (const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("timeline-clusters.png"))));
    }
};

QTEST_MAIN(TestTimelineScale)
#include "test_timelinescale.moc"
