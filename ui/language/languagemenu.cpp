// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/language/languagemanager.h>
#include <ui/language/languagemenu.h>

#include <QActionGroup>
#include <QEvent>

namespace tkb {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_system = addAction(QString());
    m_system->setData(QString());
    m_system->setCheckable(true);
    m_group->addAction(m_system);
    addSeparator();
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
        QAction *a = addAction(l.nativeName);
        a->setData(l.code);
        a->setCheckable(true);
        // Each name is in its own language; say so for screen readers picking the voice.
        a->setToolTip(l.nativeName);
        m_group->addAction(a);
    }
    addSeparator();
    m_readerNames = addAction(QString());
    m_readerNames->setObjectName(QStringLiteral("actionReaderNames"));
    m_readerNames->setCheckable(true);
    m_readerNames->setChecked(LanguageManager::instance()->readerNames());
    connect(m_readerNames, &QAction::toggled, this, [](bool on) { LanguageManager::instance()->setReaderNames(on); });
    connect(LanguageManager::instance(), &LanguageManager::readerNamesChanged, m_readerNames, &QAction::setChecked);
    connect(m_group, &QActionGroup::triggered, this,
        [](QAction *a) { LanguageManager::instance()->setLanguage(a->data().toString()); });
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &LanguageMenu::syncChecked);
    retranslate();
    syncChecked();
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    for (QAction *a : m_group->actions()) {
        if (a->data().toString() == code)
            return a;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("System default"));
    m_readerNames->setText(tr("Names in the Language's &Script"));
    m_readerNames->setToolTip(tr("Show a name in the script of the language where the knowledge base holds it (a "
                                 "Cyrillic spelling in Russian), with the source's spelling beside it"));
}

void LanguageMenu::syncChecked()
{
    if (QAction *a = actionFor(LanguageManager::instance()->chosen()))
        a->setChecked(true);
}

} // namespace tkb
