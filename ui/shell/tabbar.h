// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tab strip: browser manners on top of QTabBar — a middle click closes a tab, the context menu is asked
// for with the tab under the pointer (or the current one from the keyboard), and the close buttons' tooltips
// follow a language switch (Qt sets them once, when a tab is made).
#include <QTabBar>

namespace tkb {

class TabBar : public QTabBar
{
    Q_OBJECT
public:
    explicit TabBar(QWidget *parent = nullptr);

Q_SIGNALS:
    /// index is -1 on the empty part of the strip.
    void contextMenuRequested(int index, const QPoint &globalPos);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void tabInserted(int index) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateCloseButton(int index);

    int m_middlePressed = -1;
};

} // namespace tkb
