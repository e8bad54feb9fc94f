// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/kindcolors.h>
#include <ui/timeline/timelineclusters.h>
#include <ui/timeline/timelinepainter.h>

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPalette>

#include <climits>
#include <cmath>

namespace tkb {

void TimelinePainter::span(QPainter &p, const QRectF &r, const FuzzyDate &date, bool openStart, bool openEnd,
    const QColor &color, const QPalette &pal)
{
    const double ay = r.center().y();
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Base));
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
    } else if (openStart || openEnd) {
        // The open side fades into the axis's end and ends in a chevron: the period goes on, to where the source
        // does not say.
        QLinearGradient fade(openEnd ? r.topLeft() : r.topRight(), openEnd ? r.topRight() : r.topLeft());
        fade.setColorAt(0, color);
        QColor clear = color;
        clear.setAlphaF(0.08);
        fade.setColorAt(1, clear);
        p.setBrush(fade);
        p.drawRoundedRect(r, 3, 3);
        p.setPen(QPen(color, 1.5));
        const double tip = openEnd ? r.right() : r.left();
        const double back = openEnd ? tip - 5 : tip + 5;
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
        p.setPen(QPen(pal.color(QPalette::Text), 1.2, style));
        p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 4, 4);
    }
    p.restore();
}

void TimelinePainter::axis(QPainter &p, const QRect &clip, int first, int last, int step, double pixelsPerYear,
    int axisY, const std::function<double(double)> &xForYear, const std::function<double(double)> &yearAt,
    const QFontMetrics &fm, const QPalette &pal)
{
    const int from = std::max(first, int(std::floor(yearAt(clip.left() - 60))) - step);
    const int to = std::min(last, int(std::ceil(yearAt(clip.right() + 60))) + step);
    if (pixelsPerYear >= 6) {
        for (int y = from; y <= to; ++y)
            p.drawLine(QPointF(xForYear(y), axisY), QPointF(xForYear(y), axisY - 4));
    }
    if (fineTicks(p, clip, pixelsPerYear, axisY, xForYear, yearAt, fm, pal))
        return;
    p.setPen(pal.color(QPalette::Text));
    for (int y = from - (((from % step) + step) % step); y <= to; y += step) {
        if (y >= first)
            yearLabel(p, y, xForYear(y), axisY, fm);
    }
}

bool TimelinePainter::fineTicks(QPainter &p, const QRect &clip, double pixelsPerYear, int axisY,
    const std::function<double(double)> &xForYear, const std::function<double(double)> &yearAt, const QFontMetrics &fm,
    const QPalette &pal)
{
    const QLocale locale;
    const double perDay = pixelsPerYear / 365.25;
    const int monthGap = fm.horizontalAdvance(locale.toString(QDate(2000, 9, 1), QStringLiteral("MMM yyyy"))) + 16;
    const int dayGap = fm.horizontalAdvance(locale.toString(QDate(2000, 9, 28), QStringLiteral("d MMM yyyy"))) + 16;
    int months = 0, days = 0;
    for (int step : { 1, 2, 7, 14 }) {
        if (!days && step * perDay >= dayGap)
            days = step;
    }
    for (int step : { 1, 2, 3, 6 }) {
        if (!days && !months && step * 30 * perDay >= monthGap)
            months = step;
    }
    if (!days && !months)
        return false;
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = KindColors::mix(text, pal.color(QPalette::Base), 0.45);
    const double y0 = yearAt(clip.left() - dayGap), y1 = yearAt(clip.right() + dayGap);
    const int firstYear = int(std::floor(y0));
    QDate d(firstYear, 1, 1);
    // Walk months (or days) from the start of the exposed part's first year; a few hundred at most on screen.
    while (d.isValid() && TimelineClusters::yearOf(d) <= y1) {
        bool labelled = false;
        if (days) {
            // Steps of 7 and 14 restart each month (1, 8, 15, 22; 1, 15) so the labels keep their spacing.
            labelled = days <= 2 ? (d.day() - 1) % days == 0 : (d.day() - 1) % days == 0 && d.day() <= 28;
        } else {
            labelled = d.day() == 1 && (d.month() - 1) % months == 0;
        }
        const double year = TimelineClusters::yearOf(d);
        if (year >= y0) {
            const double x = xForYear(year);
            p.setPen(QPen(muted, 1));
            if (days || d.day() == 1)
                p.drawLine(QPointF(x, axisY), QPointF(x, axisY - (labelled ? 8 : 4)));
            if (labelled) {
                const QString label
                    = locale.toString(d, days ? QStringLiteral("d MMM yyyy") : QStringLiteral("MMM yyyy"));
                const int w = fm.horizontalAdvance(label);
                p.setPen(text);
                p.drawText(
                    QRectF(x - w / 2.0 - 2, axisY - 10 - fm.height(), w + 4, fm.height()), Qt::AlignCenter, label);
            }
        }
        d = days ? d.addDays(1) : d.addMonths(1);
        if (!days && d.day() != 1)
            d = QDate(d.year(), d.month(), 1);
    }
    return true;
}

void TimelinePainter::label(QPainter &p, const QRect &rect, const QString &date, const QString &name, bool current,
    bool hover, bool focused, const QFont &font, const QPalette &pal)
{
    constexpr int padding = 6;
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = KindColors::accent(EntityKind::Event, pal);
    QColor fill = KindColors::fill(EntityKind::Event, pal);
    if (hover || current)
        fill = KindColors::mix(fill, accent, 0.18);
    p.setBrush(fill);
    p.setPen(QPen(current ? accent : KindColors::mix(accent, base, 0.5), current ? 2 : 1));
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    const QRectF inner = QRectF(rect).adjusted(padding, 0, -padding, 0);
    p.setPen(text);
    p.setFont(bold);
    const qreal dw = std::min(inner.width(), std::ceil(bfm.horizontalAdvance(date)) + 1);
    p.drawText(QRectF(inner.left(), inner.top(), dw, inner.height()), Qt::AlignVCenter | Qt::AlignLeft,
        bfm.elidedText(date, Qt::ElideRight, dw));
    p.setFont(font);
    const QRectF nameRect(inner.left() + dw, inner.top(), inner.width() - dw, inner.height());
    p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetricsF(font).elidedText(QStringLiteral("  ") + name, Qt::ElideRight, nameRect.width()));
    if (focused) {
        p.setPen(QPen(text, 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect).adjusted(-2.5, -2.5, 2.5, 2.5), 5, 5);
    }
}

void TimelinePainter::yearLabel(QPainter &p, int year, double x, int axisY, const QFontMetrics &fm)
{
    p.drawLine(QPointF(x, axisY), QPointF(x, axisY - 8));
    const QString label = QLocale().toString(QDate(year, 1, 1), QStringLiteral("yyyy"));
    const int w = fm.horizontalAdvance(label);
    p.drawText(QRectF(x - w / 2.0 - 2, axisY - 10 - fm.height(), w + 4, fm.height()), Qt::AlignCenter, label);
}

QString TimelinePainter::clusterToolTip(const QDate &first, const QDate &last, qint64 count)
{
    const QLocale locale;
    const QString span = first == last
        ? locale.toString(first, QLocale::LongFormat)
        : QCoreApplication::translate(
              "tkb::TimelinePainter", "%1 to %2", "the first and last day of a cluster of events")
              .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    const int n = count > INT_MAX ? INT_MAX : int(count);
    return QCoreApplication::translate("tkb::TimelinePainter", "%n events, %1. Click to zoom in.", nullptr, n)
        .arg(span);
}

QString TimelinePainter::countText(qint64 count)
{
    const QLocale locale;
    if (count < 10000)
        return locale.toString(count);
    return QCoreApplication::translate(
        "tkb::TimelinePainter", "%1k", "thousands of events in a cluster of the timeline")
        .arg(locale.toString(double(count) / 1000.0, 'f', count < 100000 ? 1 : 0));
}

void TimelinePainter::clusters(QPainter &p, const QList<ClusterMark> &marks, int axisY, int band, bool focused,
    const QFontMetrics &fm, const QPalette &pal)
{
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor accent = KindColors::accent(EntityKind::Event, pal);
    const QColor fill = KindColors::fill(EntityKind::Event, pal);
    for (const ClusterMark &m : marks) {
        const QRectF r = m.rect;
        // A tick from the axis, the count in a pill, and under it a bar as long as the cluster's share of the
        // largest one in view (on a square-root scale, so small clusters still show).
        p.setPen(QPen(KindColors::mix(accent, base, 0.4), 1));
        p.drawLine(QPointF(r.center().x(), axisY), QPointF(r.center().x(), r.top()));
        const double barHeight = std::max(2.0, (band - r.height() - 10) * std::sqrt(m.share));
        p.setPen(Qt::NoPen);
        p.setBrush(KindColors::mix(accent, base, 0.55));
        p.drawRoundedRect(QRectF(r.left() + 6, r.bottom() + 4, r.width() - 12, barHeight), 2, 2);
        p.setBrush(m.current || m.hover ? KindColors::mix(fill, accent, 0.25) : fill);
        p.setPen(QPen(m.current ? accent : KindColors::mix(accent, base, 0.3), m.current ? 2 : 1));
        p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), r.height() / 2, r.height() / 2);
        p.setPen(text);
        p.drawText(r, Qt::AlignCenter, fm.elidedText(countText(m.count), Qt::ElideRight, int(r.width()) - 4));
        if (m.current && focused) {
            p.setPen(QPen(text, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), r.height() / 2 + 2, r.height() / 2 + 2);
        }
    }
}

} // namespace tkb
