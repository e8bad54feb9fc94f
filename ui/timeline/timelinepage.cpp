// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/pages/linkbrowser.h>
#include <ui/timeline/timelinepage.h>
#include <ui/timeline/timelineview.h>

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace tkb {

namespace {
constexpr double stepFactor = 1.25;
enum ListColumn { DateColumn, NameColumn, SummaryColumn };
} // namespace

TimelinePage::TimelinePage(KnowledgeBase *kb, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_scroll(new QScrollArea(m_splitter))
    , m_view(new TimelineView)
    , m_list(new QTreeWidget(m_splitter))
{
    m_view->setObjectName(QStringLiteral("timelineAxis"));
    m_scroll->setObjectName(QStringLiteral("timelineScroll"));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
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
    layout->addWidget(m_splitter);
    setFocusProxy(m_view);
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
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT linkActivated(KbAddress::entity(item->data(0, Qt::UserRole).toString()),
            LinkBrowser::openInFor(Qt::LeftButton, QGuiApplication::keyboardModifiers()));
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
    m_scaleSteps = std::clamp(m_scaleSteps + steps, -12, 24);
    applyScale(year, viewportX);
}

void TimelinePage::applyScale(double anchorYear, int viewportX)
{
    // Zoom 0 fits the whole span into the visible width (leaving room for the widest label after the last event).
    const double span = std::max(1.0, std::ceil(m_view->lastYear()) - std::floor(m_view->firstYear()));
    const double fit = std::max(8.0, (m_scroll->viewport()->width() - 48 - 330) / span);
    m_view->setPixelsPerYear(fit * std::pow(stepFactor, m_zoom + m_scaleSteps));
    m_scroll->horizontalScrollBar()->setValue(int(m_view->xForYear(anchorYear)) - viewportX);
}

void TimelinePage::reload()
{
    const bool first = m_events.isEmpty();
    const double leftYear = m_view->yearAt(m_scroll->horizontalScrollBar()->value());
    m_events = m_kb ? m_kb->events() : QList<EntityRef> {};
    m_view->setEvents(m_events);
    fillList();
    applyScale(leftYear, 0);
    if (first)
        m_scroll->horizontalScrollBar()->setValue(0);
    syncSelection();
}

void TimelinePage::fillList()
{
    m_list->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (const EntityRef &r : std::as_const(m_events)) {
        auto *item = new QTreeWidgetItem;
        item->setText(DateColumn, r.date.isValid() ? r.date.toDisplayString(locale) : tr("undated"));
        item->setText(NameColumn, r.name);
        item->setText(SummaryColumn, WikiLink::stripMarkup(r.summary));
        item->setToolTip(SummaryColumn, WikiLink::stripMarkup(r.summary));
        item->setData(0, Qt::UserRole, r.id);
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(DateColumn);
    m_list->resizeColumnToContents(NameColumn);
    m_list->setColumnWidth(NameColumn, std::min(420, m_list->columnWidth(NameColumn) + 16));
}

void TimelinePage::retranslate()
{
    m_list->setHeaderLabels({ tr("Date"), tr("Event"), tr("Summary") });
    m_list->setAccessibleName(tr("Events in chronological order"));
    m_view->setAccessibleName(tr("Timeline of events"));
    m_view->setAccessibleDescription(
        tr("Left and right arrows move between events, Enter opens one, Ctrl+wheel zooms."));
    m_view->setToolTip(QString());
    fillList();
    syncSelection();
}

bool TimelinePage::eventFilter(QObject *watched, QEvent *event)
{
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
