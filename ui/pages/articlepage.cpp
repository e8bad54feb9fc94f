// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/render/htmlrenderer.h>
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/selectionactions.h>
#include <ui/pages/articlepage.h>
#include <ui/pages/linkbrowser.h>

#include <QEvent>
#include <QVBoxLayout>

namespace tkb {

ArticlePage::ArticlePage(KnowledgeBase *kb, const QString &sourceId, const QString &section, const QString &highlight,
    QWidget *parent, EditSession *edits)
    : TabPage(parent)
    , m_kb(kb)
    , m_sourceId(sourceId)
    , m_section(section)
    , m_highlight(highlight)
    , m_browser(new LinkBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    setFocusProxy(m_browser);
    connect(m_browser, &LinkBrowser::linkActivated, this, &TabPage::linkActivated);
    connect(m_browser, &LinkBrowser::linkHovered, this, &TabPage::linkHovered);
    if (edits) {
        m_selection = new SelectionActions(m_browser, kb, edits);
        m_selection->showSource(sourceId, section);
    }
    render(false);
}

std::optional<SourceDocument> ArticlePage::findDocument(const KnowledgeBase *kb, const QString &sourceId)
{
    return ArticleSource::find(kb, sourceId);
}

QUrl ArticlePage::address() const
{
    return KbAddress::article(m_section, m_highlight, m_sourceId);
}

QString ArticlePage::title() const
{
    if (m_section.isEmpty())
        return m_doc.title.isEmpty() ? tr("Article") : m_doc.title;
    const Section *s = m_doc.section(m_section);
    const QString sectionTitle = !s ? m_section : s->title.isEmpty() ? tr("Introduction") : s->title;
    return tr("%1 · %2").arg(sectionTitle, m_doc.title);
}

QString ArticlePage::currentEntityId() const
{
    // The article is also an entity (of kind source), which the sidebar can describe.
    return m_kb && m_kb->contains(m_doc.id) ? m_doc.id : QString();
}

void ArticlePage::setZoom(int steps)
{
    m_browser->setZoom(steps);
}

void ArticlePage::reload()
{
    render(true);
}

void ArticlePage::render(bool keepPosition)
{
    const QString oldTitle = title();
    const std::optional<SourceDocument> doc = findDocument(m_kb, m_sourceId);
    const HtmlRenderer renderer(m_kb);
    m_doc = doc.value_or(SourceDocument {});
    if (!doc) {
        m_browser->setPageHtml(renderer.messagePage(tr("Not found"), tr("This knowledge base holds no article.")));
    } else {
        const QString html = renderer.articlePage(*doc, m_section, m_highlight);
        // Scroll to the cited sentence only on first show; a reload keeps the reader where they were.
        const bool marks = html.contains(QStringLiteral("<a name=\"%1\">").arg(HtmlRenderer::highlightAnchor));
        m_browser->setPageHtml(
            html, marks && !keepPosition ? QString(HtmlRenderer::highlightAnchor) : QString(), keepPosition);
    }
    m_browser->setAccessibleName(title());
    if (title() != oldTitle)
        Q_EMIT titleChanged();
}

void ArticlePage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        render(true);
}

} // namespace tkb
