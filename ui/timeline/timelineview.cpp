// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/kindcolors.h>
#include <ui/pages/linkbrowser.h>
#include <ui/timeline/timelinepainter.h>
#include <ui/timeline/timelineview.h>

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace tkb {

namespace {

constexpr int sideMargin = 24;
constexpr int topMargin = 12;
constexpr int axisSpace = 36; // above the axis: year labels and ticks; the axis stays in view at the top
constexpr int laneGap = 5;
constexpr int labelPadding = 6;
constexpr int maxLabelWidth = 320;
constexpr double markerCue = 10; // the arrow beside a "before"/"after" marker
constexpr double clusterWidth = 56; // one cluster per this many pixels of axis: room for a count like "12.3k"
constexpr int clusterBand = 64; // below the axis: the clusters' counts and the bars that show them

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineView::setEvents(const QList<EntityRef> &events)
{
    m_windowed = false;
    m_window.reset({}, {});
    m_currentCluster = m_hoverCluster = -1;
    setItems(events);
    relayout();
}

void TimelineView::setDayCounts(const QList<TimelineQuery::DayCount> &counts, const Loader &loader)
{
    m_windowed = true;
    m_window.reset(counts, loader);
    m_items.clear();
    m_current = m_hover = -1;
    m_currentCluster = m_hoverCluster = -1;
    // The axis runs from the first anchor to the day after the last: the events' ends are not read.
    m_firstYear = m_window.clusters().isEmpty() ? 0 : TimelineClusters::yearOf(m_window.clusters().firstDay());
    m_lastYear = m_window.clusters().isEmpty() ? 0 : TimelineClusters::yearOf(m_window.clusters().lastDay().addDays(1));
    relayout();
    refreshWindow();
}

void TimelineView::setVisibleRange(int left, int width)
{
    if (left == m_visibleLeft && width == m_visibleWidth)
        return;
    m_visibleLeft = left;
    m_visibleWidth = width;
    refreshWindow();
}

std::pair<double, double> TimelineView::visibleYears() const
{
    return { yearAt(m_visibleLeft),
        yearAt(m_visibleLeft + std::max(1, m_visibleWidth > 0 ? m_visibleWidth : width())) };
}

qint64 TimelineView::eventsInView() const
{
    return m_windowed ? m_window.clusters().countBetween(visibleYears().first, visibleYears().second) : m_items.size();
}

QList<TimelineClusters::Cluster> TimelineView::clustersBetween(double firstYear, double lastYear) const
{
    return m_window.clusters().clusters(
        firstYear, lastYear, [this](double year) { return xForYear(year); }, clusterWidth);
}

QList<TimelineClusters::Cluster> TimelineView::visibleClusters() const
{
    return isClustered() ? clustersBetween(visibleYears().first, visibleYears().second)
                         : QList<TimelineClusters::Cluster> {};
}

QRectF TimelineView::clusterRect(const TimelineClusters::Cluster &c) const
{
    return QRectF(c.bucket * clusterWidth + 3, axisY() + 14, clusterWidth - 6, fontMetrics().height() + 8);
}

int TimelineView::clusterAt(const QPoint &pos) const
{
    if (!isClustered())
        return -1;
    const int bucket = int(std::floor(pos.x() / clusterWidth));
    if (pos.y() < axisY() - 6 || pos.y() > axisY() + clusterBand + 8)
        return -1;
    const QList<TimelineClusters::Cluster> in
        = clustersBetween(yearAt(bucket * clusterWidth), yearAt((bucket + 1) * clusterWidth));
    return std::any_of(in.begin(), in.end(), [bucket](const auto &c) { return c.bucket == bucket; }) ? bucket : -1;
}

void TimelineView::refreshWindow()
{
    if (!m_windowed)
        return;
    QList<EntityRef> events;
    switch (m_window.update(visibleYears().first, visibleYears().second, &events)) {
    case TimelineWindow::Change::Clustered:
        m_items.clear();
        m_current = m_hover = -1;
        relayout();
        break;
    case TimelineWindow::Change::Loaded:
        m_currentCluster = m_hoverCluster = -1;
        setItems(events);
        relayout();
        break;
    case TimelineWindow::Change::None:
        if (!isClustered())
            return;
        update();
        break;
    }
    Q_EMIT windowChanged();
}

void TimelineView::setItems(const QList<EntityRef> &events)
{
    const QString keep = currentId();
    // A span read again mostly overlaps the last one: its labels are measured already.
    QHash<QString, std::pair<QString, int>> measured;
    for (const Item &it : std::as_const(m_items))
        measured.insert(it.ref.id, { it.date, it.width });
    m_items.clear();
    for (const EntityRef &r : events) {
        if (!r.date.isValid())
            continue;
        Item it;
        it.ref = r;
        std::tie(it.date, it.width) = measured.value(r.id, { QString(), 0 });
        // Only the known side of a date places it: "before 2004" at 2004, "from 2014" from 2014 on, never at a
        // bound the source did not give.
        const QDate first = r.date.start();
        const QDate last = r.date.end();
        it.start = TimelineClusters::yearOf(first.isValid() ? first : last.addDays(1));
        it.end = last.isValid() && first.isValid() ? TimelineClusters::yearOf(last.addDays(1)) : it.start;
        it.openStart = r.date.hasOpenStart();
        it.openEnd = r.date.hasOpenEnd();
        m_items.append(it);
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.start < b.start; });
    m_hover = -1;
    m_current = keep.isEmpty() ? -1 : indexOf(keep);
}

void TimelineView::setPixelsPerYear(double pixels)
{
    // Deep enough to tell the days of a dense year apart, never wider than a widget can be.
    const double span = std::ceil(m_lastYear) - std::floor(m_firstYear) + 2;
    pixels = std::clamp(pixels, 2.0, std::max(4000.0, std::min(150000.0, 15'000'000.0 / span)));
    if (qFuzzyCompare(pixels, m_pixelsPerYear))
        return;
    m_pixelsPerYear = pixels;
    // The clusters' slots and the keyboard's place among them change with the scale.
    m_currentCluster = m_hoverCluster = -1;
    relayout();
    refreshWindow();
}

double TimelineView::xForYear(double year) const
{
    return sideMargin + (year - std::floor(m_firstYear)) * m_pixelsPerYear;
}

double TimelineView::yearAt(double x) const
{
    return std::floor(m_firstYear) + (x - sideMargin) / m_pixelsPerYear;
}

int TimelineView::yearStep() const
{
    // Labels need about four digits plus room to breathe.
    const int minGap = fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 8;
    for (int step : { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }) {
        if (step * m_pixelsPerYear >= minGap)
            return step;
    }
    return 1000;
}

QList<int> TimelineView::labelledYears() const
{
    QList<int> out;
    if (m_items.isEmpty() && m_window.clusters().isEmpty())
        return out;
    const int step = yearStep();
    const int first = int(std::floor(m_firstYear));
    const int last = int(std::ceil(m_lastYear));
    for (int y = first - (((first % step) + step) % step); y <= last; y += step) {
        if (y >= first)
            out << y;
    }
    return out;
}

QStringList TimelineView::ids() const
{
    QStringList out;
    for (const Item &it : m_items)
        out << it.ref.id;
    return out;
}

int TimelineView::indexOf(const QString &id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&id](const Item &i) { return i.ref.id == id; });
    return it == m_items.end() ? -1 : int(it - m_items.begin());
}

QRect TimelineView::labelRect(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? QRect() : m_items[i].label;
}

QString TimelineView::idAt(const QPoint &pos) const
{
    for (const Item &it : m_items) {
        if (it.label.contains(pos))
            return it.ref.id;
    }
    // The span on the axis counts too, with a little slack for one-day events; a marker or a day drawn over a
    // long period is what the pointer means, so the narrowest span wins.
    QString best;
    double bestWidth = 0;
    for (const Item &it : m_items) {
        const QRectF r = spanRect(it);
        if (r.adjusted(-4, -3, 4, 3).contains(pos) && (best.isEmpty() || r.width() < bestWidth)) {
            best = it.ref.id;
            bestWidth = r.width();
        }
    }
    return best;
}

QRectF TimelineView::spanRect(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? QRectF() : spanRect(m_items[i]);
}

double TimelineView::axisStartX() const
{
    return sideMargin / 2.0;
}

double TimelineView::axisEndX() const
{
    return xForYear(std::floor(yearAt(m_contentSize.width() - sideMargin))) + sideMargin / 2.0;
}

QRectF TimelineView::spanRect(const Item &it) const
{
    const int ay = axisY();
    double x0 = it.openStart ? axisStartX() : xForYear(it.start);
    double x1 = it.openEnd ? axisEndX() : std::max(xForYear(it.end), x0 + 3);
    // "Before X" and "after X" are a marker at X with a cue pointing away from it.
    switch (it.ref.date.bound()) {
    case FuzzyDate::Bound::Before:
        x0 -= markerCue;
        x1 = x0 + markerCue + 3;
        break;
    case FuzzyDate::Bound::After:
        x1 = x0 + markerCue + 3;
        break;
    case FuzzyDate::Bound::Exact:
        break;
    }
    return QRectF(x0, ay - 5, x1 - x0, 10);
}

QString TimelineView::currentId() const
{
    return m_current >= 0 && m_current < m_items.size() ? m_items[m_current].ref.id : QString();
}

void TimelineView::setCurrentId(const QString &id)
{
    setCurrentIndex(indexOf(id));
}

void TimelineView::setCurrentIndex(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    update();
    Q_EMIT currentChanged(currentId());
}

int TimelineView::axisY() const
{
    return topMargin + axisSpace;
}

void TimelineView::relayout()
{
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    // Fractional widths rounded up: rounded-down integer advances would elide the text we measured.
    const QFontMetricsF fmf(font());
    const QFontMetricsF bfm(bold);
    if (!m_windowed && !m_items.isEmpty()) {
        m_firstYear = m_items.first().start;
        m_lastYear = m_items.first().end;
        for (const Item &it : std::as_const(m_items)) {
            // An open side gets a year of axis to fade out in: room on the view, not a date.
            m_firstYear = std::min(m_firstYear, it.openStart ? it.start - 1 : it.start);
            m_lastYear = std::max(m_lastYear, it.openEnd ? it.end + 1 : it.end);
        }
    }
    // Greedy lanes: each label goes into the lowest lane where it clears the previous label.
    QList<int> laneRight;
    const int laneHeight = fm.height() + 2 * labelPadding / 2 + laneGap;
    int right = int(xForYear(std::ceil(m_lastYear))) + sideMargin;
    for (Item &it : m_items) {
        if (it.width == 0) {
            it.date = it.ref.date.toDisplayString(QLocale());
            it.width = std::min(maxLabelWidth,
                           int(std::ceil(bfm.horizontalAdvance(it.date)
                               + fmf.horizontalAdvance(QStringLiteral("  ") + it.ref.name)))
                               + 2)
                + 2 * labelPadding;
        }
        const int w = it.width;
        const int left = int(xForYear(it.start)) - labelPadding;
        int lane = 0;
        while (lane < laneRight.size() && laneRight[lane] + laneGap > left)
            ++lane;
        if (lane == laneRight.size())
            laneRight.append(0);
        laneRight[lane] = left + w;
        it.lane = lane;
        it.label = QRect(left, 0, w, fm.height() + labelPadding);
        right = std::max(right, left + w + sideMargin);
    }
    m_lanes = int(laneRight.size());
    if (m_windowed)
        right = std::max(right, int(xForYear(std::ceil(m_lastYear))) + sideMargin + maxLabelWidth);
    const int height = axisY() + 24 + std::max(m_lanes * laneHeight, isClustered() ? clusterBand : 0) + topMargin;
    m_contentSize = QSize(right, std::max(height, 120));
    // Lane 0 hangs just below the axis; later lanes stack downwards.
    for (Item &it : m_items)
        it.label.moveTop(axisY() + 24 + it.lane * laneHeight);
    setMinimumSize(m_contentSize);
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    return m_contentSize;
}

QSize TimelineView::minimumSizeHint() const
{
    return m_contentSize;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect clip = event->rect();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor muted = KindColors::mix(text, base, 0.45);
    const QColor accent = KindColors::accent(EntityKind::Event, pal);
    const int ay = axisY();

    if (m_items.isEmpty() && m_window.clusters().isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No dated events."));
        return;
    }

    // Axis with a tick per year (when there is room) and labels at the chosen step, only where it is exposed.
    // The axis runs as far as the labels do, not across empty space the widget may have been given.
    const int first = int(std::floor(m_firstYear));
    const int last = int(std::floor(yearAt(m_contentSize.width() - sideMargin)));
    p.setPen(QPen(muted, 1));
    p.drawLine(QPointF(std::max<double>(sideMargin / 2.0, clip.left() - 1), ay),
        QPointF(std::min<double>(xForYear(last) + sideMargin / 2.0, clip.right() + 1), ay));
    TimelinePainter::axis(
        p, clip, first, last, yearStep(), m_pixelsPerYear, ay, [this](double y) { return xForYear(y); },
        [this](double x) { return yearAt(x); }, fontMetrics(), pal);
    if (isClustered()) {
        paintClusters(p, clip);
        return;
    }

    // Leaders and spans first, labels over them, so no line ever crosses a label's text; only what is exposed.
    QList<int> widestFirst;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        const QRectF span = spanRect(it);
        if (!span.intersects(clip) && !it.label.intersects(clip))
            continue;
        const double x0 = xForYear(it.start);
        p.setPen(QPen(KindColors::mix(accent, base, 0.4), 1));
        p.drawLine(QPointF(x0, ay + 5), QPointF(x0, it.label.top()));
        widestFirst << int(i);
    }
    // Spans share the axis: the wide ones (long or open periods) underneath, so a marker or a day on top of them
    // stays visible, each edged in the background colour so neighbours do not merge into one bar.
    std::stable_sort(widestFirst.begin(), widestFirst.end(),
        [this](int a, int b) { return spanRect(m_items[a]).width() > spanRect(m_items[b]).width(); });
    for (int i : widestFirst)
        TimelinePainter::span(p, spanRect(m_items[i]), m_items[i].ref.date, m_items[i].openStart, m_items[i].openEnd,
            KindColors::mix(accent, base, i == m_current ? 0.0 : 0.25), pal);

    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        if (!it.label.adjusted(-3, -3, 3, 3).intersects(clip))
            continue;
        TimelinePainter::label(
            p, it.label, it.date, it.ref.name, i == m_current, i == m_hover, i == m_current && hasFocus(), font(), pal);
    }
}

void TimelineView::paintClusters(QPainter &p, const QRect &clip) const
{
    const QList<TimelineClusters::Cluster> shown
        = clustersBetween(yearAt(clip.left() - clusterWidth), yearAt(clip.right() + clusterWidth));
    qint64 most = 1;
    for (const TimelineClusters::Cluster &c : shown)
        most = std::max(most, c.count);
    QList<TimelinePainter::ClusterMark> marks;
    marks.reserve(shown.size());
    for (const TimelineClusters::Cluster &c : shown) {
        marks.append(TimelinePainter::ClusterMark { clusterRect(c), c.count, double(c.count) / double(most),
            c.bucket == m_currentCluster, c.bucket == m_hoverCluster });
    }
    TimelinePainter::clusters(p, marks, axisY(), clusterBand, hasFocus(), fontMetrics(), palette());
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const int cluster = clusterAt(event->position().toPoint());
    if (cluster != m_hoverCluster) {
        m_hoverCluster = cluster;
        setCursor(cluster >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    if (isClustered()) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const QString id = idAt(event->position().toPoint());
    const int index = id.isEmpty() ? -1 : indexOf(id);
    if (index != m_hover) {
        m_hover = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
        Q_EMIT hovered(id);
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hoverCluster >= 0) {
        m_hoverCluster = -1;
        update();
    }
    if (m_hover >= 0) {
        m_hover = -1;
        update();
        Q_EMIT hovered(QString());
    }
    QWidget::leaveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (const int cluster = clusterAt(event->position().toPoint()); cluster >= 0 && event->button() == Qt::LeftButton) {
        m_currentCluster = cluster;
        Q_EMIT clusterActivated(yearAt(cluster * clusterWidth), yearAt((cluster + 1) * clusterWidth));
        event->accept();
        return;
    }
    const QString id = idAt(event->position().toPoint());
    if (id.isEmpty() || (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    setCurrentId(id);
    Q_EMIT activated(id, LinkBrowser::openInFor(event->button(), event->modifiers()));
    event->accept();
}

void TimelineView::moveCluster(int direction)
{
    // Over the whole axis, not only the part in view: the page scrolls to the one chosen.
    const QList<TimelineClusters::Cluster> all = clustersBetween(m_firstYear - 1, m_lastYear + 1);
    const double middle = m_visibleLeft + (m_visibleWidth > 0 ? m_visibleWidth : width()) / 2.0;
    m_currentCluster = TimelineWindow::neighbour(
        all, m_currentCluster, direction, [this](const auto &c) { return clusterRect(c).center().x(); }, middle);
    update();
    for (const TimelineClusters::Cluster &c : all) {
        if (c.bucket == m_currentCluster)
            Q_EMIT focusMoved(clusterRect(c).toAlignedRect());
    }
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool activate = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space;
    const int direction = key == Qt::Key_Right || key == Qt::Key_Down ? 1
        : key == Qt::Key_Left || key == Qt::Key_Up                    ? -1
        : key == Qt::Key_End                                          ? 2
        : key == Qt::Key_Home                                         ? -2
                                                                      : 0;
    if ((direction == 0 && !activate) || (!isClustered() && m_items.isEmpty())) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int n = int(m_items.size());
    if (isClustered() && activate) {
        if (m_currentCluster < 0)
            moveCluster(0);
        Q_EMIT clusterActivated(yearAt(m_currentCluster * clusterWidth), yearAt((m_currentCluster + 1) * clusterWidth));
    } else if (isClustered()) {
        moveCluster(direction);
    } else if (activate) {
        if (m_current >= 0)
            Q_EMIT activated(currentId(), LinkBrowser::openInFor(Qt::LeftButton, event->modifiers()));
    } else if (direction == 2 || direction == -2) {
        setCurrentIndex(direction > 0 ? n - 1 : 0);
    } else {
        setCurrentIndex(m_current < 0 ? 0 : std::clamp(m_current + direction, 0, n - 1));
    }
    event->accept();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Label sizes depend on the font and the locale's date format.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange) {
        for (Item &it : m_items)
            it.width = 0;
        relayout();
    } else if (event->type() == QEvent::PaletteChange)
        update();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int cluster = clusterAt(help->pos());
        for (const auto &c : clustersBetween(yearAt(cluster * clusterWidth), yearAt((cluster + 1) * clusterWidth))) {
            if (cluster >= 0 && c.bucket == cluster) {
                QToolTip::showText(help->globalPos(), TimelinePainter::clusterToolTip(c.first, c.last, c.count), this);
                return true;
            }
        }
        const QString id = idAt(help->pos());
        for (const Item &it : std::as_const(m_items)) {
            if (it.ref.id == id) {
                QToolTip::showText(help->globalPos(),
                    QStringLiteral("<b>%1</b><br/>%2").arg(it.date.toHtmlEscaped(), it.ref.name.toHtmlEscaped()), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

} // namespace tkb
