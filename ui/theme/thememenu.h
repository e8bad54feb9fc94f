// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View > Theme: follow the system, light, dark or high contrast; picking one switches the colours through the
// ThemeManager at once and remembers the choice.
#include <ui/theme/thememanager.h>

#include <QMenu>

class QActionGroup;

namespace tkb {

class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

    QAction *actionFor(ThemeManager::Theme theme) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncChecked();

    QActionGroup *m_group = nullptr;
};

} // namespace tkb
