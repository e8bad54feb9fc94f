// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws one search suggestion on a line: the entity's name, the spelling that matched when it differs
// (Гумматов for "Gumm"), and the kind, dimmed, at the far end.
#include <QStyledItemDelegate>

namespace tkb {

class SuggestionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tkb
