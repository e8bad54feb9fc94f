// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/kindcolors.h>
#include <ui/pages/linkbrowser.h>
#include <ui/timeline/timelineview.h>

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
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

double fractionalYear(const QDate &d)
{
    return d.year() + double(d.dayOfYear() - 1) / d.daysInYear();
}

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
    const QString keep = currentId();
    m_items.clear();
    for (const EntityRef &r : events) {
        if (!r.date.isValid())
            continue;
        Item it;
        it.ref = r;
        // Only the known side of a date places it: "before 2004" at 2004, "from 2014" from 2014 on, never at a
        // bound the source did not give.
        const QDate first = r.date.start();
        const QDate last = r.date.end();
        it.start = fractionalYear(first.isValid() ? first : last.addDays(1));
        it.end = last.isValid() && first.isValid() ? fractionalYear(last.addDays(1)) : it.start;
        it.openStart = r.date.hasOpenStart();
        it.openEnd = r.date.hasOpenEnd();
        m_items.append(it);
    }
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.start < b.start; });
    m_current = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].ref.id == keep)
            m_current = int(i);
    }
    relayout();
}

void TimelineView::setPixelsPerYear(double pixels)
{
    pixels = std::clamp(pixels, 2.0, 4000.0);
    if (qFuzzyCompare(pixels, m_pixelsPerYear))
        return;
    m_pixelsPerYear = pixels;
    relayout();
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
    if (m_items.isEmpty())
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

QRect TimelineView::labelRect(const QString &id) const
{
    for (const Item &it : m_items) {
        if (it.ref.id == id)
            return it.label;
    }
    return {};
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
    for (const Item &it : m_items) {
        if (it.ref.id == id)
            return spanRect(it);
    }
    return {};
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
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].ref.id == id) {
            setCurrentIndex(int(i));
            return;
        }
    }
    setCurrentIndex(-1);
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
    if (!m_items.isEmpty()) {
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
        it.date = it.ref.date.toDisplayString(QLocale());
        const int w = std::min(maxLabelWidth,
                          int(std::ceil(bfm.horizontalAdvance(it.date)
                              + fmf.horizontalAdvance(QStringLiteral("  ") + it.ref.name)))
                              + 2)
            + 2 * labelPadding;
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
    const int height = axisY() + 24 + m_lanes * laneHeight + topMargin;
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

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor muted = KindColors::mix(text, base, 0.45);
    const QColor accent = KindColors::accent(EntityKind::Event, pal);
    const int ay = axisY();

    if (m_items.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("No dated events."));
        return;
    }

    // Axis with a tick per year (when there is room) and labels at the chosen step.
    // The axis runs as far as the labels do, not across empty space the widget may have been given.
    const int first = int(std::floor(m_firstYear));
    const int last = int(std::floor(yearAt(m_contentSize.width() - sideMargin)));
    p.setPen(QPen(muted, 1));
    p.drawLine(QPointF(sideMargin / 2.0, ay), QPointF(xForYear(last) + sideMargin / 2.0, ay));
    if (m_pixelsPerYear >= 6) {
        for (int y = first; y <= last; ++y)
            p.drawLine(QPointF(xForYear(y), ay), QPointF(xForYear(y), ay - 4));
    }
    const int step = yearStep();
    p.setPen(text);
    for (int y = first - (((first % step) + step) % step); y <= last; y += step) {
        if (y < first)
            continue;
        const double x = xForYear(y);
        p.drawLine(QPointF(x, ay), QPointF(x, ay - 8));
        const QString label = QLocale().toString(QDate(y, 1, 1), QStringLiteral("yyyy"));
        const int w = fontMetrics().horizontalAdvance(label);
        p.drawText(QRectF(x - w / 2.0 - 2, ay - 10 - fontMetrics().height(), w + 4, fontMetrics().height()),
            Qt::AlignCenter, label);
    }

    // Leaders and spans first, labels over them, so no line ever crosses a label's text.
    QList<int> widestFirst;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
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
        paintSpan(p, m_items[i], KindColors::mix(accent, base, i == m_current ? 0.0 : 0.25));

    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &it = m_items[i];
        const bool current = i == m_current;
        const bool hover = i == m_hover;
        QColor fill = KindColors::fill(EntityKind::Event, pal);
        if (hover || current)
            fill = KindColors::mix(fill, accent, 0.18);
        p.setBrush(fill);
        p.setPen(QPen(current ? accent : KindColors::mix(accent, base, 0.5), current ? 2 : 1));
        p.drawRoundedRect(QRectF(it.label).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

        const QRectF inner = QRectF(it.label).adjusted(labelPadding, 0, -labelPadding, 0);
        p.setPen(text);
        p.setFont(bold);
        const qreal dw = std::min(inner.width(), std::ceil(bfm.horizontalAdvance(it.date)) + 1);
        p.drawText(QRectF(inner.left(), inner.top(), dw, inner.height()), Qt::AlignVCenter | Qt::AlignLeft,
            bfm.elidedText(it.date, Qt::ElideRight, dw));
        p.setFont(font());
        const QRectF nameRect(inner.left() + dw, inner.top(), inner.width() - dw, inner.height());
        p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetricsF(font()).elidedText(QStringLiteral("  ") + it.ref.name, Qt::ElideRight, nameRect.width()));
        if (current && hasFocus()) {
            p.setPen(QPen(text, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(it.label).adjusted(-2.5, -2.5, 2.5, 2.5), 5, 5);
        }
    }
}

void TimelineView::paintSpan(QPainter &p, const Item &it, const QColor &color) const
{
    const FuzzyDate &date = it.ref.date;
    const QRectF r = spanRect(it);
    const double ay = r.center().y();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 4, 4);
    if (date.bound() != FuzzyDate::Bound::Exact) {
        // A short bar at X and a triangle pointing to the side the date lies on.
        const bool before = date.bound() == FuzzyDate::Bound::Before;
        const double x = before ? r.right() - 3 : r.left();
        p.setBrush(color);
        p.drawRect(QRectF(x, r.top(), 3, r.height()));
        const double tip = before ? r.left() : r.right();
        const double back = before ? x - 1 : x + 4;
        p.drawPolygon(QPolygonF { QPointF(tip, ay), QPointF(back, r.top()), QPointF(back, r.bottom()) });
    } else if (it.openStart || it.openEnd) {
        // The open side fades into the axis's end and ends in a chevron: the period goes on, to where the source
        // does not say.
        QLinearGradient fade(it.openEnd ? r.topLeft() : r.topRight(), it.openEnd ? r.topRight() : r.topLeft());
        fade.setColorAt(0, color);
        QColor clear = color;
        clear.setAlphaF(0.08);
        fade.setColorAt(1, clear);
        p.setBrush(fade);
        p.drawRoundedRect(r, 3, 3);
        p.setPen(QPen(color, 1.5));
        const double tip = it.openEnd ? r.right() : r.left();
        const double back = it.openEnd ? tip - 5 : tip + 5;
        p.drawPolyline(QPolygonF { QPointF(back, r.top() - 2), QPointF(tip, ay), QPointF(back, r.bottom() + 2) });
    } else if (date.part() != FuzzyDate::Part::Whole) {
        // The whole year faint, its named third strong: the part is a hint, the year the only bound we have.
        QColor faint = color;
        faint.setAlphaF(0.35);
        p.setBrush(faint);
        p.drawRoundedRect(r, 3, 3);
        const double third = r.width() / 3;
        const int index = date.part() == FuzzyDate::Part::Beginning ? 0
            : date.part() == FuzzyDate::Part::Middle                ? 1
                                                                    : 2;
        p.setBrush(color);
        p.drawRoundedRect(QRectF(r.left() + index * third, r.top(), third, r.height()), 3, 3);
    } else {
        // The span at the date's precision: a day is a dot, a year or a range a bar.
        p.setBrush(color);
        p.drawRoundedRect(r, 3, 3);
    }
    if (date.isCirca() || date.isUncertain()) {
        // Circa and uncertain dates wear a broken outline and a lighter fill over the same span.
        const Qt::PenStyle style = date.isCirca() && date.isUncertain() ? Qt::DashDotLine
            : date.isCirca()                                            ? Qt::DashLine
                                                                        : Qt::DotLine;
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Text), 1.2, style));
        p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 4, 4);
    }
    p.restore();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QString id = idAt(event->position().toPoint());
    int index = -1;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].ref.id == id)
            index = int(i);
    }
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
    if (m_hover >= 0) {
        m_hover = -1;
        update();
        Q_EMIT hovered(QString());
    }
    QWidget::leaveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const QString id = idAt(event->position().toPoint());
    if (id.isEmpty() || (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    setCurrentId(id);
    Q_EMIT activated(id, LinkBrowser::openInFor(event->button(), event->modifiers()));
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_items.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int n = int(m_items.size());
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentIndex(m_current < 0 ? 0 : std::min(n - 1, m_current + 1));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentIndex(m_current < 0 ? 0 : std::max(0, m_current - 1));
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(n - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT activated(currentId(), LinkBrowser::openInFor(Qt::LeftButton, event->modifiers()));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Label sizes depend on the font and the locale's date format.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        update();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
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
