// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/htmlpagewriter.h>
#include <core/document/markdownreader.h>
#include <core/document/pagebuilder.h>
#include <core/document/pagelabels.h>
#include <core/render/htmlrenderer.h>

namespace tkb {

HtmlRenderer::HtmlRenderer(const KnowledgeBase *kb, const QLocale &locale)
    : m_kb(kb)
    , m_locale(locale)
{ }

QString HtmlRenderer::markdownToHtml(const QString &text)
{
    return HtmlPageWriter::blocks(MarkdownReader().blocks(text));
}

QString HtmlRenderer::inlineToHtml(const QString &text)
{
    return HtmlPageWriter::runs(MarkdownReader().runs(text));
}

QString HtmlRenderer::relationLabel(const QString &predicate, bool inverse)
{
    return PageLabels::relation(predicate, inverse);
}

QUrl HtmlRenderer::citationUrl(const Citation &c, const QString &primarySource)
{
    return PageBuilder::citationUrl(c, primarySource);
}

QString HtmlRenderer::languageName(const QString &code)
{
    return PageLabels::language(code);
}

QString HtmlRenderer::scriptName(const QString &code)
{
    return PageLabels::script(code);
}

QString HtmlRenderer::messagePage(const QString &title, const QString &text) const
{
    return HtmlPageWriter::page(PageBuilder(m_kb, m_locale).message(title, text), m_locale);
}

QString HtmlRenderer::entityPage(const QString &id) const
{
    return HtmlPageWriter::page(PageBuilder(m_kb, m_locale).entity(id), m_locale);
}

QString HtmlRenderer::entityPage(
    const Entity &e, const QList<Relation> &relations, const QList<Mention> &backlinks) const
{
    return HtmlPageWriter::page(PageBuilder(m_kb, m_locale).entity(e, relations, backlinks), m_locale);
}

QString HtmlRenderer::articlePage(const SourceDocument &doc, const QString &section, const QString &highlight) const
{
    return HtmlPageWriter::page(PageBuilder(m_kb, m_locale).article(doc, section, highlight), m_locale);
}

QString HtmlRenderer::listPage(const QString &title, const QList<EntityRef> &items) const
{
    return HtmlPageWriter::page(PageBuilder(m_kb, m_locale).list(title, items), m_locale);
}

QString HtmlRenderer::timelinePage(const QList<EntityRef> &events) const
{
    return HtmlPageWriter::page(PageBuilder(m_kb, m_locale).timeline(events), m_locale);
}

} // namespace tkb
