// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A read-only table whose rows each stand for an entry, the table alternative of a drawing: arrow keys move, Tab
// leaves, Enter or a double click opens the row's entry (with the modifiers a link click knows).
#include <ui/shell/tabpage.h>

#include <QTableView>

class QStandardItemModel;

namespace tkb {

class EntityTable : public QTableView
{
    Q_OBJECT
public:
    struct Row
    {
        QString id; ///< the entry the row opens
        QStringList cells;
    };

    explicit EntityTable(QWidget *parent = nullptr);

    /// Shows rows in the order given, keeping the current row on the same entry where it still is.
    void setRows(const QStringList &headers, const QList<Row> &rows);
    int rowCount() const;
    /// The entry a row stands for.
    QString entityAt(int row) const;

Q_SIGNALS:
    void entityActivated(const QString &id, tkb::TabPage::OpenIn where);

private:
    QStandardItemModel *m_model;
};

} // namespace tkb
