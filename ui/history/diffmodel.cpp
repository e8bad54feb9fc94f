// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/kindcolors.h>
#include <ui/history/diffmodel.h>

#include <QFont>

#include <algorithm>

namespace tkb {

namespace {

// Bidi isolates mean nothing to a screen reader.
QString spoken(QString text)
{
    text.remove(QChar(0x2068));
    text.remove(QChar(0x2069));
    return text;
}

bool isLeft(int column)
{
    return column == DiffModel::LeftMarkColumn || column == DiffModel::LeftColumn;
}

} // namespace

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DiffModel::setLines(
    const QStringList &left, const QStringList &right, const QString &leftTitle, const QString &rightTitle)
{
    beginResetModel();
    m_left = left;
    m_right = right;
    m_rows = LineDiff::compare(left, right);
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DiffModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), { Qt::BackgroundRole });
}

int DiffModel::changedRows() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const LineDiff::Row &r) { return r.kind != LineDiff::Kind::Same; }));
}

QString DiffModel::leftText(int row) const
{
    const int i = m_rows.at(row).left;
    return i < 0 ? QString() : m_left.at(i);
}

QString DiffModel::rightText(int row) const
{
    const int i = m_rows.at(row).right;
    return i < 0 ? QString() : m_right.at(i);
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LineDiff::Row &row = m_rows.at(index.row());
    const bool left = isLeft(index.column());
    const bool present = left ? row.left >= 0 : row.right >= 0;
    const bool marked = present && row.kind != LineDiff::Kind::Same;
    const bool mark = index.column() == LeftMarkColumn || index.column() == RightMarkColumn;
    // What the mark says, for screen readers and tooltips: the sign alone would be read as "minus".
    const auto words = [&]() -> QString {
        if (!marked)
            return {};
        switch (row.kind) {
        case LineDiff::Kind::Removed:
            return tr("Removed");
        case LineDiff::Kind::Added:
            return tr("Added");
        case LineDiff::Kind::Changed:
            return left ? tr("Changed from") : tr("Changed to");
        case LineDiff::Kind::Same:
            break;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        if (mark) {
            if (!marked)
                return QString();
            if (row.kind == LineDiff::Kind::Changed)
                return QStringLiteral("~");
            return row.kind == LineDiff::Kind::Removed ? QStringLiteral("−") : QStringLiteral("+");
        }
        return left ? leftText(index.row()) : rightText(index.row());
    case Qt::ToolTipRole:
        return words();
    case Qt::AccessibleTextRole: {
        if (mark)
            return words();
        const QString text = left ? leftText(index.row()) : rightText(index.row());
        return spoken(marked ? words() + QStringLiteral(": ") + text : text);
    }
    case Qt::TextAlignmentRole:
        return mark ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignLeading | Qt::AlignTop);
    case Qt::FontRole:
        if (mark && marked) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole: {
        const QColor base = m_palette.color(QPalette::Base);
        if (!present)
            return QColor(KindColors::mix(base, m_palette.color(QPalette::Text), 0.06));
        if (!marked)
            return {};
        // Hues every theme lacks are blended into its own base, strongly enough to see on light and dark.
        const bool dark = KindColors::isDark(m_palette);
        const QColor red(dark ? 0xff6b6b : 0xd73a49);
        const QColor green(dark ? 0x5bd75b : 0x22863a);
        const QColor hue = row.kind == LineDiff::Kind::Removed ? red
            : row.kind == LineDiff::Kind::Added                ? green
            : left                                             ? red
                                                               : green;
        return KindColors::mix(base, hue, mark ? 0.35 : 0.2);
    }
    case KindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LeftColumn:
        return m_leftTitle;
    case RightColumn:
        return m_rightTitle;
    default:
        return QString();
    }
}

} // namespace tkb
