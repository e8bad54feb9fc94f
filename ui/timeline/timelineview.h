// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The painted part of the timeline: a year axis whose scale is set from outside (zoom), each dated event as
// a span at its precision (a day, a month, a year, a range) with its label stacked in lanes so none overlap;
// an open side runs to the axis's end, "before"/"after" is a marker with a cue, circa/uncertain is dashed.
// Click or Enter opens an event; arrow keys move between events.
#include <core/store/entityref.h>
#include <ui/shell/tabpage.h>

#include <QWidget>

class QPainter;

namespace tkb {

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    /// Undated events are skipped: they have no place on an axis.
    void setEvents(const QList<EntityRef> &events);
    int eventCount() const { return int(m_items.size()); }
    void setPixelsPerYear(double pixels);
    double pixelsPerYear() const { return m_pixelsPerYear; }
    /// Years (fractional) the dated events cover, first day to last day.
    double firstYear() const { return m_firstYear; }
    double lastYear() const { return m_lastYear; }
    /// Horizontal position of a (fractional) year, and back.
    double xForYear(double year) const;
    double yearAt(double x) const;
    /// Years that get a labelled tick at the current scale.
    QList<int> labelledYears() const;
    /// Ids of the drawn events in axis order, and where each one's label is.
    QStringList ids() const;
    QRect labelRect(const QString &id) const;
    QString idAt(const QPoint &pos) const;
    /// Where an event's span sits on the axis; an open side reaches the axis's end. Empty for an unknown id.
    QRectF spanRect(const QString &id) const;
    /// Where the drawn axis begins and ends.
    double axisStartX() const;
    double axisEndX() const;
    QString currentId() const;
    void setCurrentId(const QString &id);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const QString &id, tkb::TabPage::OpenIn where);
    void hovered(const QString &id);
    void currentChanged(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item
    {
        EntityRef ref;
        double start = 0; ///< fractional years of the known span; an open side is not one
        double end = 0;
        bool openStart = false; ///< a period "until X": runs to the axis's start
        bool openEnd = false; ///< a period "from X": runs to the axis's end
        QString date;
        QRect label;
        int lane = 0;
    };
    void relayout();
    QRectF spanRect(const Item &it) const;
    void paintSpan(QPainter &p, const Item &it, const QColor &color) const;
    int axisY() const;
    int yearStep() const;
    void setCurrentIndex(int index);

    QList<Item> m_items;
    double m_pixelsPerYear = 40;
    double m_firstYear = 0;
    double m_lastYear = 0;
    int m_lanes = 0;
    int m_current = -1;
    int m_hover = -1;
    QSize m_contentSize { 400, 200 };
};

} // namespace tkb
