// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The entities of one kind as a table that pages through the knowledge base as the view scrolls
// (canFetchMore/fetchMore), so a base of a million entities never loads whole. Sorts by name either way,
// and events also by date.
#include <core/store/entityref.h>

#include <QAbstractTableModel>

namespace tkb {

class KnowledgeBase;

class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, SummaryColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    EntityListModel(KnowledgeBase *kb, EntityKind kind, QObject *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    /// The second column: the date for events, other names (aliases) for everything else.
    bool showsDates() const { return m_kind == EntityKind::Event; }
    bool isSortable(int column) const;
    /// Case- and accent-insensitive filter on names and aliases, as the knowledge base applies it.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    /// How many entities match, whether fetched yet or not.
    qint64 totalCount() const { return m_total; }
    QString idAt(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// Re-reads from the knowledge base, keeping filter and sort.
    void reload();
    /// Emits headerDataChanged after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reset();
    QList<EntityRef> page(int offset, int limit) const;

    KnowledgeBase *m_kb;
    EntityKind m_kind;
    QString m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_total = 0;
    QList<EntityRef> m_rows;
    QList<EntityRef> m_byDate; ///< events sorted by date, the only order the store cannot page
};

} // namespace tkb
