// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The screen's pages as safe HTML for a QTextBrowser: the page PageBuilder builds, drawn by HtmlPageWriter
// (all text escaped, only kb: and http(s) links, the classes listed in htmlpagewriter.h for the page to style).
#include <core/document/htmlpagewriter.h>
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/model/sourcedocument.h>
#include <core/store/entityref.h>
#include <core/store/mention.h>

#include <QLocale>
#include <QUrl>

namespace tkb {

class KnowledgeBase;

class HtmlRenderer
{
public:
    /// Name of the anchor placed where a highlighted sentence starts, for scrollToAnchor().
    static constexpr QLatin1StringView highlightAnchor = HtmlPageWriter::highlightAnchor;

    /// kb may be null: names of linked entities then show as their ids and nothing is looked up.
    explicit HtmlRenderer(const KnowledgeBase *kb, const QLocale &locale = QLocale());

    /// The entity's page read from the knowledge base, or a "not found" page.
    QString entityPage(const QString &id) const;
    /// An entity's page with the given relations (both directions) and backlinks.
    QString entityPage(const Entity &entity, const QList<Relation> &relations, const QList<Mention> &backlinks) const;
    /// The whole document (section empty) or one section (title, or id for the lead), with the first
    /// occurrence of highlight (a verbatim sentence, or "Key: Value" of the infobox) marked as .hl.
    QString articlePage(const SourceDocument &doc, const QString &section = {}, const QString &highlight = {}) const;
    /// A titled list of entity links with their summaries.
    QString listPage(const QString &title, const QList<EntityRef> &items) const;
    /// Events with their dates at their precision, in the order given.
    QString timelinePage(const QList<EntityRef> &events) const;
    /// A page saying what could not be found.
    QString messagePage(const QString &title, const QString &text) const;

    /// The Markdown dialect (core/document/markdownreader.h) as HTML blocks: blank-line separated paragraphs
    /// (single newlines kept as line breaks), "- " list items, "# " headings, **bold**, *italic*, [[id|label]] links.
    static QString markdownToHtml(const QString &text);
    /// One line of inline markup (no blocks) as HTML.
    static QString inlineToHtml(const QString &text);
    /// A readable, translated label for a predicate: "heads", or read from the object's side "headed by".
    static QString relationLabel(const QString &predicate, bool inverse);
    /// The kb: address that opens the cited sentence highlighted in its source document.
    /// primarySource is the base's article, which is addressed as plain kb:article.
    static QUrl citationUrl(const Citation &citation, const QString &primarySource);
    /// Translated language ("Azerbaijani") and script ("Cyrillic") names for alias codes.
    static QString languageName(const QString &code);
    static QString scriptName(const QString &code);

private:
    const KnowledgeBase *m_kb = nullptr;
    QLocale m_locale;
};

} // namespace tkb
