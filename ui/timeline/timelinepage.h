// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab with the events in time: a zoomable painted axis (Ctrl+wheel, or the window's zoom) above a list
// of every event in chronological order with its date at its precision; either one opens an event. A big
// timeline is read a span at a time: the axis clusters what it cannot tell apart, the list shows what is in view.
// "Show as table" puts a table of the same events (date, event) in place of both.
#include <core/store/entityref.h>
#include <ui/shell/tabpage.h>

class QScrollArea;
class QSplitter;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace tkb {

class EntityTable;
class KnowledgeBase;
class TableSwitch;
class TimelineView;

class TimelinePage : public TabPage
{
    Q_OBJECT
public:
    explicit TimelinePage(KnowledgeBase *kb, QWidget *parent = nullptr);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override { return m_current; }
    void setZoom(int steps) override;
    void reload() override;

    TimelineView *timeline() const { return m_view; }
    QTreeWidget *list() const { return m_list; }
    /// The events as a table of date and event ("Show as table", in place of the axis and the list).
    EntityTable *table() const { return m_table; }
    TableSwitch *tableSwitch() const { return m_switch; }
    /// Zoom steps of the axis alone (Ctrl+wheel), on top of the page zoom.
    int scaleSteps() const { return m_scaleSteps; }
    /// Changes the axis scale by steps keeping the year at viewport x where it is.
    void zoomAxis(int steps, int viewportX);
    /// Zooms in so that the years from first to last fill about half the view, centred (a cluster opened).
    void zoomToYears(double first, double last);
    /// Whether the base's events are read a span at a time (too many to read whole).
    bool isBig() const { return m_big; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillList();
    void fillTable();
    /// What the list and the table show: every event, or of a big timeline the first ones in view.
    QList<EntityRef> listedEvents() const;
    void applyScale(double anchorYear, int viewportX);
    void setCurrent(const QString &id);
    void syncSelection();

    KnowledgeBase *m_kb;
    QList<EntityRef> m_events;
    QSplitter *m_splitter;
    QScrollArea *m_scroll;
    TimelineView *m_view;
    QTreeWidget *m_list;
    EntityTable *m_table;
    TableSwitch *m_switch;
    QTimer *m_listTimer;
    bool m_big = false;
    QFont m_baseFont;
    QString m_current;
    int m_zoom = 0;
    int m_scaleSteps = 0;
};

} // namespace tkb
