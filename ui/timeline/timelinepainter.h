// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws the parts of a timeline that need no state of the view: an event's span at its precision, the month and
// day ticks of a deep zoom, and the clusters of a big timeline with their counts.
#include <core/model/fuzzydate.h>

#include <QList>
#include <QRect>
#include <QRectF>

#include <functional>

class QColor;
class QFont;
class QFontMetrics;
class QPainter;
class QPalette;

namespace tkb {

class TimelinePainter
{
public:
    struct ClusterMark
    {
        QRectF rect; ///< where the count goes, just below the axis
        qint64 count = 0;
        double share = 0; ///< of the largest cluster in view: the bar under the count
        bool current = false;
        bool hover = false;
    };

    /// The span at the date's precision: a day a dot, a year or a range a bar, an open side fading out, "before"
    /// and "after" a marker with a cue, a part of a year its third strong, circa and uncertain outlined.
    static void span(QPainter &p, const QRectF &r, const FuzzyDate &date, bool openStart, bool openEnd,
        const QColor &color, const QPalette &pal);
    /// The ticks of the years from first to last in the exposed part, labelled at step, or the months' or days'
    /// where a year is wide enough for them.
    static void axis(QPainter &p, const QRect &clip, int first, int last, int step, double pixelsPerYear, int axisY,
        const std::function<double(double)> &xForYear, const std::function<double(double)> &yearAt,
        const QFontMetrics &fm, const QPalette &pal);
    /// Month or day ticks and labels where a year is wide enough for them; false (nothing drawn) where it is not.
    static bool fineTicks(QPainter &p, const QRect &clip, double pixelsPerYear, int axisY,
        const std::function<double(double)> &xForYear, const std::function<double(double)> &yearAt,
        const QFontMetrics &fm, const QPalette &pal);
    static void clusters(QPainter &p, const QList<ClusterMark> &marks, int axisY, int band, bool focused,
        const QFontMetrics &fm, const QPalette &pal);
    /// An event's label: its date in bold, then its name, elided to fit; a dotted ring when it has the focus.
    static void label(QPainter &p, const QRect &rect, const QString &date, const QString &name, bool current,
        bool hover, bool focused, const QFont &font, const QPalette &pal);
    /// A labelled year tick on the axis.
    static void yearLabel(QPainter &p, int year, double x, int axisY, const QFontMetrics &fm);
    static QString clusterToolTip(const QDate &first, const QDate &last, qint64 count);
    /// A count that fits a cluster: "950", "9,500", "12.3k".
    static QString countText(qint64 count);
};

} // namespace tkb
