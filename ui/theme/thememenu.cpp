// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/theme/thememenu.h>

#include <QActionGroup>
#include <QEvent>

namespace tkb {

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    for (ThemeManager::Theme t : ThemeManager::themes()) {
        QAction *a = addAction(QString());
        a->setObjectName(QStringLiteral("actionTheme_") + ThemeManager::code(t));
        a->setData(int(t));
        a->setCheckable(true);
        m_group->addAction(a);
        if (t == ThemeManager::Theme::System)
            addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this,
        [](QAction *a) { ThemeManager::instance()->setTheme(ThemeManager::Theme(a->data().toInt())); });
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, &ThemeMenu::syncChecked);
    retranslate();
    syncChecked();
}

QAction *ThemeMenu::actionFor(ThemeManager::Theme theme) const
{
    for (QAction *a : m_group->actions()) {
        if (a->data().toInt() == int(theme))
            return a;
    }
    return nullptr;
}

void ThemeMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ThemeMenu::retranslate()
{
    setTitle(tr("T&heme"));
    actionFor(ThemeManager::Theme::System)->setText(tr("Follow the &System"));
    actionFor(ThemeManager::Theme::Light)->setText(tr("&Light"));
    actionFor(ThemeManager::Theme::Dark)->setText(tr("&Dark"));
    actionFor(ThemeManager::Theme::HighContrast)->setText(tr("&High Contrast"));
    actionFor(ThemeManager::Theme::HighContrast)->setToolTip(tr("White on black with yellow links, for low vision"));
}

void ThemeMenu::syncChecked()
{
    if (QAction *a = actionFor(ThemeManager::instance()->theme()))
        a->setChecked(true);
}

} // namespace tkb
