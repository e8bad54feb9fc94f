// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The painted part of the timeline: a year axis whose scale is set from outside (zoom), each dated event as
// a span at its precision (a day, a month, a year, a range) with its label stacked in lanes so none overlap;
// an open side runs to the axis's end, "before"/"after" is a marker with a cue, circa/uncertain is dashed.
// Click or Enter opens an event; arrow keys move between events.
// A big timeline (setDayCounts) reads only what is in view: where more events are in view than can be told apart,
// they are drawn as clusters with their count (a click or Enter zooms into one, arrow keys move between them);
// zoomed in far enough, the events of the visible span and a margin around it are read and drawn one by one.
#include <core/store/entityref.h>
#include <ui/shell/tabpage.h>
#include <ui/timeline/timelinewindow.h>

#include <QWidget>

class QPainter;

namespace tkb {

class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    using Loader = TimelineWindow::Loader;

    /// Undated events are skipped: they have no place on an axis.
    void setEvents(const QList<EntityRef> &events);
    /// A big timeline: the dated events as counts per anchor day, the events themselves read by loader as the
    /// view comes near them.
    void setDayCounts(const QList<TimelineQuery::DayCount> &counts, const Loader &loader);
    /// Which part of the axis is on screen (the scroll area's viewport), so only that part is read and clustered.
    void setVisibleRange(int left, int width);
    bool isClustered() const { return m_windowed && m_window.isClustered(); }
    /// Dated events anchored in the visible range (all dated events of a timeline set with setEvents()).
    qint64 eventsInView() const;
    /// The clusters in the visible range (none when the events are drawn one by one).
    QList<TimelineClusters::Cluster> visibleClusters() const;
    /// Where a cluster is drawn; the year range a cluster covers.
    QRectF clusterRect(const TimelineClusters::Cluster &c) const;
    /// The cluster the arrow keys are on (its slot of the axis), -1 for none.
    int currentCluster() const { return m_currentCluster; }
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
    /// The drawn event at index (in the order of ids()), its date as its label gives it, the current one's index.
    EntityRef eventAt(int index) const
    {
        return index >= 0 && index < m_items.size() ? m_items[index].ref : EntityRef {};
    }
    QString dateTextAt(int index) const
    {
        return index >= 0 && index < m_items.size() ? m_items[index].date : QString();
    }
    int currentIndex() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const QString &id, tkb::TabPage::OpenIn where);
    /// A cluster was clicked or chosen with Enter: the page zooms so that the years from first to last fill it.
    void clusterActivated(double firstYear, double lastYear);
    /// The keyboard moved to something at rect: the page scrolls it into view.
    void focusMoved(const QRect &rect);
    /// Other events are loaded (or clusters drawn) after a scroll or zoom: the page's list follows.
    void windowChanged();
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
        int width = 0; ///< of the label, measured once per font and locale (zooming only moves it)
        QRect label;
        int lane = 0;
    };
    void relayout();
    int indexOf(const QString &id) const;
    void setItems(const QList<EntityRef> &events);
    void refreshWindow();
    std::pair<double, double> visibleYears() const;
    QList<TimelineClusters::Cluster> clustersBetween(double firstYear, double lastYear) const;
    int clusterAt(const QPoint &pos) const;
    void moveCluster(int direction);
    void paintClusters(QPainter &p, const QRect &clip) const;
    QRectF spanRect(const Item &it) const;
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
    // A big timeline: counts per day, the reader of events, the part on screen, what is loaded.
    TimelineWindow m_window;
    bool m_windowed = false;
    int m_visibleLeft = 0;
    int m_visibleWidth = 0;
    int m_currentCluster = -1;
    int m_hoverCluster = -1;
};

} // namespace tkb
