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
