// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/search/searchbar.h>
#include <ui/search/suggestiondelegate.h>

#include <QApplication>
#include <QPainter>

namespace tkb {

void SuggestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = index.data(SearchBar::NameRole).toString();
    const QString matched = index.data(SearchBar::MatchedRole).toString();
    const QString kind = index.data(SearchBar::KindRole).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -4, 0);
    const bool rtl = opt.direction == Qt::RightToLeft;
    const Qt::Alignment lead = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    const Qt::Alignment trail = (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
    const QFontMetrics fm(opt.font);

    painter->save();
    painter->setFont(opt.font);
    // A pixel or two over the rounded advance, or elidedText() cuts a word that fits.
    const int kindWidth = qMin(fm.horizontalAdvance(kind) + 2, r.width() / 3);
    QRect rest = r.adjusted(rtl ? kindWidth + 12 : 0, 0, rtl ? 0 : -(kindWidth + 12), 0);
    painter->setPen(dim);
    painter->drawText(r, trail, fm.elidedText(kind, Qt::ElideRight, kindWidth));

    painter->setPen(text);
    const QString shownName = fm.elidedText(name, Qt::ElideRight, rest.width() + 1);
    painter->drawText(rest, lead, shownName);
    if (!matched.isEmpty()) {
        const int used = fm.horizontalAdvance(shownName) + fm.horizontalAdvance(QLatin1Char(' ')) * 2;
        QRect tail = rest.adjusted(rtl ? 0 : used, 0, rtl ? -used : 0, 0);
        if (tail.width() > fm.averageCharWidth() * 3) {
            painter->setPen(dim);
            painter->drawText(tail, lead, fm.elidedText(matched, Qt::ElideRight, tail.width()));
        }
    }
    painter->restore();
}

QSize SuggestionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    const QString line = index.data(SearchBar::NameRole).toString() + QStringLiteral("    ")
        + index.data(SearchBar::MatchedRole).toString() + QStringLiteral("    ")
        + index.data(SearchBar::KindRole).toString();
    s.setWidth(qMax(s.width(), fm.horizontalAdvance(line) + 24));
    s.setHeight(qMax(s.height(), fm.height() + 8));
    return s;
}

} // namespace tkb
