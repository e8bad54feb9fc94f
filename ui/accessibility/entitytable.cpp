// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/accessibility/entitytable.h>
#include <ui/pages/linkbrowser.h>

#include <QGuiApplication>
#include <QHeaderView>
#include <QStandardItemModel>

#include <algorithm>

namespace tkb {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

EntityTable::EntityTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Tab leaves the table (the arrows move in it), as it leaves every other part of a page.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = entityAt(index.row());
        if (!id.isEmpty())
            Q_EMIT entityActivated(id, LinkBrowser::openInFor(Qt::LeftButton, QGuiApplication::keyboardModifiers()));
    });
}

void EntityTable::setRows(const QStringList &headers, const QList<Row> &rows)
{
    const QString keep = entityAt(currentIndex().row());
    m_model->clear();
    m_model->setHorizontalHeaderLabels(headers);
    int current = rows.isEmpty() ? -1 : 0;
    for (const Row &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row.cells)
            items << new QStandardItem(cell);
        if (items.isEmpty())
            items << new QStandardItem;
        items.first()->setData(row.id, IdRole);
        if (row.id.isEmpty())
            items.first()->setFlags(Qt::ItemIsEnabled);
        if (!keep.isEmpty() && row.id == keep)
            current = m_model->rowCount();
        m_model->appendRow(items);
    }
    resizeColumnsToContents();
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        setColumnWidth(c, std::min(columnWidth(c), 420));
    if (current >= 0)
        setCurrentIndex(m_model->index(current, 0));
}

int EntityTable::rowCount() const
{
    return m_model->rowCount();
}

QString EntityTable::entityAt(int row) const
{
    return row >= 0 && row < m_model->rowCount() ? m_model->item(row, 0)->data(IdRole).toString() : QString();
}

} // namespace tkb
