// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/sidebar/entitycard.h>
#include <ui/sidebar/sidebardock.h>

#include <QEvent>

namespace tkb {

SidebarDock::SidebarDock(QWidget *parent)
    : QDockWidget(parent)
{
    // saveState() finds docks by object name.
    setObjectName(QStringLiteral("sidebar"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_card = new EntityCard(this);
    setWidget(m_card);
    setFocusProxy(m_card);
    connect(m_card, &EntityCard::linkActivated, this, &SidebarDock::linkActivated);
    connect(m_card, &EntityCard::linkHovered, this, &SidebarDock::linkHovered);
    retranslate();
}

void SidebarDock::setKnowledgeBase(const KnowledgeBase *kb)
{
    m_card->setKnowledgeBase(kb);
}

void SidebarDock::showEntity(const QString &id)
{
    m_card->showEntity(id);
}

QString SidebarDock::entityId() const
{
    return m_card->entityId();
}

void SidebarDock::refresh()
{
    m_card->refresh();
}

void SidebarDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void SidebarDock::retranslate()
{
    setWindowTitle(tr("Linked entities"));
    m_card->setAccessibleName(tr("Linked entities"));
    toggleViewAction()->setText(tr("&Linked Entities"));
    toggleViewAction()->setToolTip(tr("Show or hide the linked entities sidebar"));
}

} // namespace tkb
