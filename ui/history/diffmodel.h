// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two documents' lines side by side for a table: each row a line of the older, of the newer or of both, marked
// removed, added or changed by a sign ("−", "+", "~") and by a background from the palette, so the marks read
// in dark themes and without colour.
#include <ui/history/linediff.h>

#include <QAbstractTableModel>
#include <QPalette>

namespace tkb {

class DiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LeftMarkColumn, LeftColumn, RightMarkColumn, RightColumn, ColumnCount };
    /// The row's LineDiff::Kind as an int, for tests and delegates.
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit DiffModel(QObject *parent = nullptr);

    /// Shows left against right under the given column titles.
    void setLines(
        const QStringList &left, const QStringList &right, const QString &leftTitle, const QString &rightTitle);
    void setPalette(const QPalette &palette);
    /// Rows that are not the same on both sides.
    int changedRows() const;
    LineDiff::Kind kindAt(int row) const { return m_rows.at(row).kind; }
    QString leftText(int row) const;
    QString rightText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_left;
    QStringList m_right;
    QList<LineDiff::Row> m_rows;
    QString m_leftTitle;
    QString m_rightTitle;
    QPalette m_palette;
};

} // namespace tkb
