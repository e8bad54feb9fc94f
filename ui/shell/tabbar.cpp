// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/tabbar.h>

#include <QContextMenuEvent>
#include <QEvent>
#include <QMouseEvent>

namespace tkb {

TabBar::TabBar(QWidget *parent)
    : QTabBar(parent)
{
    setObjectName(QStringLiteral("tabBar"));
    setElideMode(Qt::ElideRight);
    setMovable(true);
    setTabsClosable(true);
    setSelectionBehaviorOnRemove(QTabBar::SelectPreviousTab);
    setUsesScrollButtons(true);
    setDocumentMode(true);
}

void TabBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_middlePressed = tabAt(event->position().toPoint());
        event->accept();
        return;
    }
    QTabBar::mousePressEvent(event);
}

void TabBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        // Close only when press and release are on the same tab, so a slip does not close the wrong one.
        const int index = tabAt(event->position().toPoint());
        if (index >= 0 && index == m_middlePressed)
            Q_EMIT tabCloseRequested(index);
        m_middlePressed = -1;
        event->accept();
        return;
    }
    QTabBar::mouseReleaseEvent(event);
}

void TabBar::contextMenuEvent(QContextMenuEvent *event)
{
    int index = -1;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        index = currentIndex();
        if (index >= 0)
            global = mapToGlobal(tabRect(index).center());
    } else {
        index = tabAt(event->pos());
    }
    Q_EMIT contextMenuRequested(index, global);
    event->accept();
}

} // namespace tkb

namespace tkb {

QSize TabBar::minimumTabSizeHint(int index) const
{
    // Qt shrinks a tab to three characters and "…" ("Лю…") before it scrolls; room for ten is wanted. The tab's
    // text may already be elided (TabWidget does it) and has "&&" for "&".
    QSize size = QTabBar::minimumTabSizeHint(index);
    QString title = tabText(index);
    title.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (title.size() <= 3)
        return size;
    const QFontMetrics fm = fontMetrics();
    const int wanted = fm.horizontalAdvance(title.left(minimumTitleChars)) - fm.horizontalAdvance(title.left(3));
    const QSize full = tabSizeHint(index);
    const QList<Shape> vertical { RoundedWest, RoundedEast, TriangularWest, TriangularEast };
    if (vertical.contains(shape()))
        size.setHeight(qMin(full.height(), size.height() + qMax(0, wanted)));
    else
        size.setWidth(qMin(full.width(), size.width() + qMax(0, wanted)));
    return size;
}

void TabBar::tabInserted(int index)
{
    QTabBar::tabInserted(index);
    retranslateCloseButton(index);
}

void TabBar::changeEvent(QEvent *event)
{
    QTabBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < count(); ++i)
            retranslateCloseButton(i);
    }
}

void TabBar::retranslateCloseButton(int index)
{
    for (ButtonPosition side : { LeftSide, RightSide }) {
        if (QWidget *button = tabButton(index, side)) {
            button->setToolTip(tr("Close Tab"));
            button->setAccessibleName(tr("Close Tab"));
        }
    }
}

} // namespace tkb
