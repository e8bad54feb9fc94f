// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tab strip: browser manners on top of QTabBar — a middle click closes a tab, the context menu is asked
// for with the tab under the pointer (or the current one from the keyboard), and the close buttons' tooltips
// follow a language switch (Qt sets them once, when a tab is made). With many tabs a title keeps its first
// minimumTitleChars characters (elided at the end; the tooltip has it whole) and the strip scrolls instead.
#include <QTabBar>

namespace tkb {

class TabBar : public QTabBar
{
    Q_OBJECT
public:
    explicit TabBar(QWidget *parent = nullptr);

    /// How many characters of its title a tab shows however many tabs there are.
    static constexpr int minimumTitleChars = 10;

Q_SIGNALS:
    /// index is -1 on the empty part of the strip.
    void contextMenuRequested(int index, const QPoint &globalPos);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void tabInserted(int index) override;
    QSize minimumTabSizeHint(int index) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateCloseButton(int index);

    int m_middlePressed = -1;
};

} // namespace tkb
