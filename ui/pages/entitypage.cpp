// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/htmlrenderer.h>
#include <core/render/kbaddress.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entityeditor.h>
#include <ui/editing/selectionactions.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace tkb {

EntityPage::EntityPage(KnowledgeBase *kb, const QString &id, QWidget *parent, EditSession *edits)
    : TabPage(parent)
    , m_kb(kb)
    , m_edits(edits)
    , m_id(id)
    , m_browser(new LinkBrowser(this))
    , m_edit(new QPushButton(this))
    , m_history(new QPushButton(this))
{
    m_history->setObjectName(QStringLiteral("entityHistoryButton"));
    m_history->setFlat(true);
    m_history->setCursor(Qt::PointingHandCursor);
    connect(m_history, &QPushButton::clicked, this,
        [this] { Q_EMIT linkActivated(KbAddress::history(m_id), TabPage::OpenIn::NewTab); });
    m_edit->setObjectName(QStringLiteral("editEntityButton"));
    m_edit->setFlat(true);
    m_edit->setCursor(Qt::PointingHandCursor);
    connect(m_edit, &QPushButton::clicked, this, [this] { EntityEditor::edit(window(), m_edits, m_id); });
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 6, 0);
    bar->addStretch();
    bar->addWidget(m_history);
    bar->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
    connect(m_browser, &LinkBrowser::linkActivated, this, &TabPage::linkActivated);
    connect(m_browser, &LinkBrowser::linkHovered, this, &TabPage::linkHovered);
    if (edits) {
        m_selection = new SelectionActions(m_browser, kb, edits);
        m_selection->showEntity(id);
    }
    render(false);
}

QUrl EntityPage::address() const
{
    return KbAddress::entity(m_id);
}

QString EntityPage::title() const
{
    return m_name.isEmpty() ? m_id : m_name;
}

void EntityPage::setZoom(int steps)
{
    m_browser->setZoom(steps);
}

void EntityPage::reload()
{
    render(true);
}

void EntityPage::render(bool keepPosition)
{
    const QString oldName = m_name;
    // "Аликрам Гумматов (Alikram Hummatov)" in a Russian window: the reader's script, the source's beside it.
    m_name = m_kb ? ReaderName::titledOf(*m_kb, m_id) : QString();
    m_browser->setPageHtml(HtmlRenderer(m_kb).entityPage(m_id), {}, keepPosition);
    m_browser->setAccessibleName(tr("Entry: %1").arg(title()));
    m_edit->setText(tr("Edit"));
    m_edit->setToolTip(tr("Change this entry: its names, text, claims and citations (F2)"));
    m_edit->setAccessibleName(tr("Edit %1").arg(title()));
    m_edit->setVisible(m_edits && m_edits->canEdit() && m_kb && m_kb->contains(m_id)); // not on an entry just deleted
    m_history->setText(tr("History"));
    m_history->setToolTip(tr("Who changed this entry, when and why; compare and revert revisions (Ctrl+H)"));
    m_history->setAccessibleName(tr("History of %1").arg(title()));
    m_history->setVisible(m_kb != nullptr); // a deleted entry has its history too
    if (m_name != oldName)
        Q_EMIT titleChanged();
}

void EntityPage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        render(true);
        Q_EMIT titleChanged();
    }
}

} // namespace tkb
