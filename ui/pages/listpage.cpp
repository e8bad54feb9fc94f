// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <ui/pages/entitylistmodel.h>
#include <ui/pages/linkbrowser.h>
#include <ui/pages/listpage.h>

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tkb {

ListPage::ListPage(KnowledgeBase *kb, EntityKind kind, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
    , m_kind(kind)
    , m_model(new EntityListModel(kb, kind, this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_debounce(new QTimer(this))
{
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("listFilter"));
    m_status->setObjectName(QStringLiteral("listStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_view->verticalHeader()->hide();
    // Fixed row heights: measuring rows would touch every row of a huge base.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(EntityListModel::NameColumn, 280);
    header->resizeSection(EntityListModel::DetailColumn, 240);
    header->setSortIndicator(EntityListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Columns that cannot be sorted put the indicator back where the order really is.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section, Qt::SortOrder) {
        if (!m_model->isSortable(section)) {
            QSignalBlocker block(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(filterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ListPage::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &ListPage::applyFilter);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        activate(index, LinkBrowser::openInFor(Qt::LeftButton, QGuiApplication::keyboardModifiers()));
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            const QString id = m_model->idAt(current.row());
            if (id != m_current) {
                m_current = id;
                Q_EMIT currentEntityChanged(id);
            }
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateStatus);
    m_view->viewport()->installEventFilter(this);
    m_filter->installEventFilter(this);

    m_baseFont = m_view->font();
    setZoom(0);
    retranslate();
}

QUrl ListPage::address() const
{
    return KbAddress::list(m_kind);
}

QString ListPage::title() const
{
    return entityKindPluralName(m_kind);
}

QString ListPage::currentEntityId() const
{
    return m_current;
}

void ListPage::setZoom(int steps)
{
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    f.setPointSizeF(qMax(base * 0.5, base + steps));
    m_view->setFont(f);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 8);
}

void ListPage::reload()
{
    const QString keep = m_current;
    m_model->reload();
    m_current.clear();
    // Keep the selection when the entity is among the rows loaded again.
    while (true) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->idAt(row) == keep) {
                m_view->setCurrentIndex(m_model->index(row, 0));
                return;
            }
        }
        if (keep.isEmpty() || !m_model->canFetchMore({}) || m_model->rowCount() >= 10 * EntityListModel::pageSize)
            break;
        m_model->fetchMore({});
    }
    if (!keep.isEmpty())
        Q_EMIT currentEntityChanged(QString());
}

void ListPage::applyFilter()
{
    m_debounce->stop();
    m_model->setFilter(m_filter->text().trimmed());
}

void ListPage::updateStatus()
{
    const qint64 total = m_model->totalCount();
    if (m_model->filter().isEmpty())
        m_status->setText(tr("%n entries", nullptr, int(total)));
    else if (total == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%n matches", nullptr, int(total)));
}

void ListPage::retranslate()
{
    const QString plural = entityKindPluralName(m_kind);
    m_filter->setPlaceholderText(tr("Filter by name or other spelling…"));
    m_filter->setAccessibleName(tr("Filter %1").arg(plural));
    m_view->setAccessibleName(plural);
    m_status->setAccessibleName(tr("Number of entries"));
    m_model->retranslate();
    updateStatus();
}

void ListPage::activate(const QModelIndex &index, OpenIn where)
{
    const QString id = m_model->idAt(index.row());
    if (!id.isEmpty())
        Q_EMIT linkActivated(KbAddress::entity(id), where);
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::MiddleButton) {
            const QModelIndex index = m_view->indexAt(me->position().toPoint());
            if (index.isValid()) {
                activate(index, OpenIn::NewTab);
                return true;
            }
        }
    } else if (watched == m_filter && event->type() == QEvent::KeyPress) {
        // Down from the filter goes to the results, so the keyboard never has to Tab around.
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            applyFilter();
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return TabPage::eventFilter(watched, event);
}

void ListPage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
}

} // namespace tkb
