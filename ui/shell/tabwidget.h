// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tab area: a QTabWidget with our TabBar and titles kept short (elided, the full title in the tooltip).
#include <QTabWidget>

namespace tkb {

class TabBar;

class TabWidget : public QTabWidget
{
    Q_OBJECT
public:
    explicit TabWidget(QWidget *parent = nullptr);

    TabBar *browserTabBar() const { return m_bar; }
    /// Sets a tab's title: shortened to fit a tab, whole in the tooltip, "&" shown as itself.
    void setTabTitle(int index, const QString &title);
    /// The full title last set for a tab.
    QString tabTitle(int index) const;

private:
    TabBar *m_bar = nullptr;
};

} // namespace tkb
