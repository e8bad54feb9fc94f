// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>
#include <ui/pages/entitylistmodel.h>

#include <QSet>

namespace tkb {

EntityListModel::EntityListModel(KnowledgeBase *kb, EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kb(kb)
    , m_kind(kind)
{
    reset();
}

bool EntityListModel::isSortable(int column) const
{
    return column == NameColumn || (column == DetailColumn && showsDates());
}

void EntityListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reset();
}

QString EntityListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

void EntityListModel::reload()
{
    reset();
}

void EntityListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Dates are written in the new language, and names in its script (core/render/readername.h).
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, DetailColumn));
}

void EntityListModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_byDate.clear();
    if (!m_kb) {
        m_total = 0;
    } else if (m_sortColumn == DetailColumn && showsDates()) {
        // The store gives events in date order but unpaged and unfiltered; events are few enough for that,
        // and the filter is still the store's own, through the ids it matches.
        m_byDate = m_kb->events(true);
        if (!m_filter.trimmed().isEmpty()) {
            QSet<QString> ids;
            for (const EntityRef &r : m_kb->entities(m_kind, m_filter))
                ids.insert(r.id);
            m_byDate.removeIf([&ids](const EntityRef &r) { return !ids.contains(r.id); });
        }
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_byDate.begin(), m_byDate.end());
        m_total = m_byDate.size();
    } else {
        m_total = m_kb->count(m_kind, m_filter);
    }
    endResetModel();
}

QList<EntityRef> EntityListModel::page(int offset, int limit) const
{
    if (m_sortColumn == DetailColumn && showsDates())
        return m_byDate.mid(offset, limit);
    // Aliases for every list, events too: the name shown may be one of them (core/render/readername.h).
    const bool aliases = true;
    if (m_sortOrder == Qt::AscendingOrder)
        return m_kb->entities(m_kind, m_filter, offset, limit, aliases);
    // Descending name order: the matching page counted from the end, reversed.
    const qint64 end = m_total - offset;
    const qint64 start = qMax<qint64>(0, end - limit);
    QList<EntityRef> rows = m_kb->entities(m_kind, m_filter, int(start), int(end - start), aliases);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EntityRef &r = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return ReaderName::shown(r.name, r.forms, ReaderName::current());
        case DetailColumn:
            if (showsDates())
                return r.date.isValid() ? r.date.toDisplayString(QLocale()) : tr("undated");
            return r.aliases.join(QStringLiteral(", "));
        case SummaryColumn:
            return WikiLink::stripMarkup(r.summary);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            // A name shown in the reader's script gives the source's form on hover.
            const QString summary = WikiLink::stripMarkup(r.summary);
            if (ReaderName::shown(r.name, r.forms, ReaderName::current()) == r.name)
                return summary;
            return summary.isEmpty() ? r.name : r.name + u'\n' + summary;
        }
        if (index.column() == SummaryColumn)
            return WikiLink::stripMarkup(r.summary);
        if (index.column() == DetailColumn && !showsDates())
            return r.aliases.join(u'\n');
        break;
    default:
        break;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return showsDates() ? tr("Date") : tr("Also known as");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

bool EntityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void EntityListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_kb)
        return;
    const int offset = int(m_rows.size());
    const QList<EntityRef> more = page(offset, pageSize);
    if (more.isEmpty()) {
        m_total = offset; // the base changed under us; stop asking
        return;
    }
    beginInsertRows({}, offset, offset + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void EntityListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reset();
}

} // namespace tkb
