// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>
#include <core/store/timelinequery.h>
#include <ui/accessibility/entitytable.h>
#include <ui/accessibility/tableswitch.h>
#include <ui/pages/linkbrowser.h>
#include <ui/timeline/timelineaccessible.h>
#include <ui/timeline/timelineclusters.h>
#include <ui/timeline/timelinepage.h>
#include <ui/timeline/timelineview.h>

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <climits>
#include <cmath>

namespace tkb {

namespace {
constexpr double stepFactor = 1.25;
constexpr int minSteps = -12;
constexpr int maxSteps = 48; // deep enough for the days of a dense year; the view caps the scale as it must
constexpr int wholeLimit = 400; // a timeline of up to so many events is read whole, a bigger one a span at a time
constexpr int listLimit = 200; // rows of a big timeline's list: the first events in view
enum ListColumn { DateColumn, NameColumn, SummaryColumn };

/// The events as the view draws them: each named in the reader's script where the base holds it (the list
/// below gives the source's form on hover).
QList<EntityRef> readerNamed(QList<EntityRef> events)
{
    for (EntityRef &r : events)
        r.name = ReaderName::shown(r.name, r.forms, ReaderName::current());
    return events;
}
} // namespace

TimelinePage::TimelinePage(KnowledgeBase *kb, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_scroll(new QScrollArea(m_splitter))
    , m_view(new TimelineView)
    , m_list(new QTreeWidget(m_splitter))
    , m_table(new EntityTable(this))
    , m_switch(new TableSwitch(m_splitter, m_table, this))
    , m_listTimer(new QTimer(this))
{
    TimelineAccessible::install();
    TimelineAccessible::follow(m_view);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_view->setObjectName(QStringLiteral("timelineAxis"));
    m_scroll->setObjectName(QStringLiteral("timelineScroll"));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The axis takes the keyboard and scrolls itself; the area around it would be an unnamed stop on the Tab path.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_list->viewport()->installEventFilter(this);

    m_splitter->addWidget(m_scroll);
    m_splitter->addWidget(m_list);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_switch);
    m_splitter->setFocusProxy(m_view);
    setFocusProxy(m_switch);
    setTabOrder(m_view, m_list);

    connect(m_view, &TimelineView::activated, this,
        [this](const QString &id, OpenIn where) { Q_EMIT linkActivated(KbAddress::entity(id), where); });
    connect(m_view, &TimelineView::hovered, this,
        [this](const QString &id) { Q_EMIT linkHovered(id.isEmpty() ? QUrl() : KbAddress::entity(id)); });
    connect(m_view, &TimelineView::currentChanged, this, [this](const QString &id) {
        // Undated events are in the list only; the axis losing its selection to one must not clear it.
        if (id.isEmpty())
            return;
        setCurrent(id);
        const QRect r = m_view->labelRect(id);
        if (!r.isNull())
            m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 24, r.height() + 24);
    });
    connect(m_view, &TimelineView::focusMoved, this,
        [this](const QRect &r) { m_scroll->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 48, 24); });
    connect(m_view, &TimelineView::clusterActivated, this, &TimelinePage::zoomToYears);
    // A big timeline's list follows the view once it rests, not at every frame of a pan.
    m_listTimer->setSingleShot(true);
    m_listTimer->setInterval(150);
    connect(m_listTimer, &QTimer::timeout, this, &TimelinePage::fillList);
    connect(m_view, &TimelineView::windowChanged, m_listTimer, qOverload<>(&QTimer::start));
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this,
        [this](int value) { m_view->setVisibleRange(value, m_scroll->viewport()->width()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, Qt::UserRole).toString().isEmpty())
            return;
        Q_EMIT linkActivated(KbAddress::entity(item->data(0, Qt::UserRole).toString()),
            LinkBrowser::openInFor(Qt::LeftButton, QGuiApplication::keyboardModifiers()));
    });
    connect(m_table, &EntityTable::entityActivated, this,
        [this](const QString &id, OpenIn where) { Q_EMIT linkActivated(KbAddress::entity(id), where); });
    connect(m_switch, &TableSwitch::tableShownChanged, this, [this](bool shown) {
        if (shown)
            fillTable();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrent(item->data(0, Qt::UserRole).toString());
    });

    m_baseFont = font();
    reload();
    retranslate();
}

QUrl TimelinePage::address() const
{
    return KbAddress::timeline();
}

QString TimelinePage::title() const
{
    return tr("Timeline");
}

void TimelinePage::setCurrent(const QString &id)
{
    if (id == m_current)
        return;
    m_current = id;
    syncSelection();
    Q_EMIT currentEntityChanged(id);
}

void TimelinePage::syncSelection()
{
    m_view->setCurrentId(m_current);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == m_current) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
        }
    }
}

void TimelinePage::setZoom(int steps)
{
    m_zoom = steps;
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    f.setPointSizeF(qMax(base * 0.5, base + steps));
    m_view->setFont(f);
    m_list->setFont(f);
    applyScale(m_view->yearAt(m_scroll->horizontalScrollBar()->value() + m_scroll->viewport()->width() / 2.0),
        m_scroll->viewport()->width() / 2);
}

void TimelinePage::zoomAxis(int steps, int viewportX)
{
    const double year = m_view->yearAt(m_scroll->horizontalScrollBar()->value() + viewportX);
    m_scaleSteps = std::clamp(m_scaleSteps + steps, minSteps, maxSteps);
    applyScale(year, viewportX);
}

void TimelinePage::zoomToYears(double first, double last)
{
    // Zoomed so that the span fills about half the view, centred: its events part, or come one by one.
    const int width = m_scroll->viewport()->width();
    const double target = width * 0.5 / std::max(last - first, 2.0 / 365);
    const int steps = int(std::ceil(std::log(target / m_view->pixelsPerYear()) / std::log(stepFactor)));
    m_scaleSteps = std::clamp(m_scaleSteps + std::max(1, steps), minSteps, maxSteps);
    applyScale((first + last) / 2, width / 2);
}

void TimelinePage::applyScale(double anchorYear, int viewportX)
{
    // Zoom 0 fits the whole span into the visible width (leaving room for the widest label after the last event).
    const double span = std::max(1.0, std::ceil(m_view->lastYear()) - std::floor(m_view->firstYear()));
    const double fit = std::max(8.0, (m_scroll->viewport()->width() - 48 - 330) / span);
    m_view->setPixelsPerYear(fit * std::pow(stepFactor, m_zoom + m_scaleSteps));
    m_scroll->horizontalScrollBar()->setValue(int(m_view->xForYear(anchorYear)) - viewportX);
    m_view->setVisibleRange(m_scroll->horizontalScrollBar()->value(), m_scroll->viewport()->width());
}

void TimelinePage::reload()
{
    const bool first = m_events.isEmpty() && !m_big;
    const double leftYear = m_view->yearAt(m_scroll->horizontalScrollBar()->value());
    // A small timeline is read whole; a big one as counts per day, its events a span at a time as the view nears
    // them (through the core's query, on this thread: a span is a few hundred rows of an index).
    m_big = m_kb && TimelineQuery(*m_kb).eventCount() > wholeLimit;
    if (m_big) {
        m_events.clear();
        KnowledgeBase *kb = m_kb;
        m_view->setDayCounts(TimelineQuery(*kb).dayCounts(),
            [kb](QDate from, QDate to, int limit) { return TimelineQuery(*kb).events(from, to, limit); });
    } else {
        m_events = m_kb ? m_kb->events(true) : QList<EntityRef> {};
        m_view->setEvents(readerNamed(m_events));
    }
    fillList();
    applyScale(leftYear, 0);
    if (first)
        m_scroll->horizontalScrollBar()->setValue(0);
    syncSelection();
}

QList<EntityRef> TimelinePage::listedEvents() const
{
    // A big timeline lists the first events in view (its undated ones have no place there).
    if (!m_big)
        return m_events;
    const double left = m_view->yearAt(m_scroll->horizontalScrollBar()->value());
    const double right = m_view->yearAt(m_scroll->horizontalScrollBar()->value() + m_scroll->viewport()->width());
    return TimelineQuery(*m_kb).events(
        TimelineClusters::dayAtOrAfter(left), TimelineClusters::dayAtOrBefore(right), listLimit);
}

void TimelinePage::fillTable()
{
    const QLocale locale;
    QList<EntityTable::Row> rows;
    for (const EntityRef &r : listedEvents())
        rows.append({ r.id, { r.date.isValid() ? r.date.toDisplayString(locale) : tr("undated"), r.name } });
    m_table->setRows({ tr("Date"), tr("Event") }, rows);
    m_table->setAccessibleName(tr("Events in chronological order, as a table"));
    m_table->setAccessibleDescription(tr("One row per event. Enter opens the event."));
}

void TimelinePage::fillList()
{
    m_list->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    const QList<EntityRef> shown = listedEvents();
    const qint64 inView = m_big ? m_view->eventsInView() : 0;
    for (const EntityRef &r : std::as_const(shown)) {
        auto *item = new QTreeWidgetItem;
        item->setText(DateColumn, r.date.isValid() ? r.date.toDisplayString(locale) : tr("undated"));
        const QString name = ReaderName::shown(r.name, r.forms, ReaderName::current());
        item->setText(NameColumn, name);
        if (name != r.name)
            item->setToolTip(NameColumn, r.name);
        item->setText(SummaryColumn, WikiLink::stripMarkup(r.summary));
        item->setToolTip(SummaryColumn, WikiLink::stripMarkup(r.summary));
        item->setData(0, Qt::UserRole, r.id);
        items << item;
    }
    if (inView > shown.size()) {
        auto *more = new QTreeWidgetItem;
        const qint64 rest = inView - shown.size();
        const int n = rest > INT_MAX ? INT_MAX : int(rest);
        more->setText(NameColumn, tr("%n more events in view: zoom in to list them.", nullptr, n));
        more->setFlags(Qt::ItemIsEnabled);
        items << more;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(DateColumn);
    m_list->resizeColumnToContents(NameColumn);
    m_list->setColumnWidth(NameColumn, std::min(420, m_list->columnWidth(NameColumn) + 16));
    if (m_switch->isTableShown())
        fillTable();
}

void TimelinePage::retranslate()
{
    m_list->setHeaderLabels({ tr("Date"), tr("Event"), tr("Summary") });
    m_list->setAccessibleName(tr("Events in chronological order"));
    m_view->setAccessibleName(tr("Timeline of events"));
    m_view->setAccessibleDescription(
        tr("Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms. Where events are too many "
           "to tell apart they are grouped with their number: the arrows move between the groups, Enter zooms in."));
    m_view->setToolTip(QString());
    if (!m_big && !m_events.isEmpty()) {
        // Names follow the language's script, as the list does.
        const double leftYear = m_view->yearAt(m_scroll->horizontalScrollBar()->value());
        m_view->setEvents(readerNamed(m_events));
        applyScale(leftYear, 0);
    }
    fillList();
    syncSelection();
}

bool TimelinePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn && m_view->currentId().isEmpty()
        && m_view->eventCount() > 0 && !m_view->isClustered()) {
        // The keyboard arrives on the first event: the focus is visible, and a screen reader names where it is.
        m_view->setCurrentId(m_view->ids().constFirst());
    }
    if ((watched == m_view || watched == m_scroll->viewport()) && event->type() == QEvent::Wheel) {
        auto *we = static_cast<QWheelEvent *>(event);
        if (we->modifiers() & Qt::ControlModifier) {
            const int steps = we->angleDelta().y() > 0 ? 1 : we->angleDelta().y() < 0 ? -1 : 0;
            const QPoint inViewport
                = m_scroll->viewport()->mapFrom(static_cast<QWidget *>(watched), we->position().toPoint());
            if (steps != 0)
                zoomAxis(steps, inViewport.x());
            return true;
        }
    } else if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        applyScale(m_view->yearAt(m_scroll->horizontalScrollBar()->value()), 0);
        m_view->setVisibleRange(m_scroll->horizontalScrollBar()->value(), m_scroll->viewport()->width());
    } else if (watched == m_list->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::MiddleButton) {
            if (QTreeWidgetItem *item = m_list->itemAt(me->position().toPoint())) {
                Q_EMIT linkActivated(KbAddress::entity(item->data(0, Qt::UserRole).toString()), OpenIn::NewTab);
                return true;
            }
        }
    }
    return TabPage::eventFilter(watched, event);
}

void TimelinePage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
}

} // namespace tkb
