// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one Markdown dialect of the knowledge base's text, read into page blocks: blank-line separated
// paragraphs (a single newline is a line break), "- " or "* " list items, "# " to "### " lines as headings,
// **bold**, *italic*, [[id|label]] links (http(s) targets link outside). Everything else is text.
// One reader can mark a sentence to highlight across all the text it reads, and places its anchor once.
#include <core/document/pageblock.h>

namespace tkb {

class MarkdownReader
{
public:
    /// sentence: a verbatim sentence (links' labels as plain text) to highlight where it first occurs.
    explicit MarkdownReader(const QString &sentence = {});

    /// Paragraphs, lists and headings; headings get level 3 (the page's own use 1 and 2).
    QList<PageBlock> blocks(const QString &text);
    /// One stretch of inline markup (no blocks).
    PageRuns runs(const QString &text);
    /// Whether the sentence was found (so no later text marks it).
    bool placed() const { return m_placed; }
    /// Marks the sentence as placed elsewhere (the article's infobox highlights a whole row).
    void setPlaced() { m_placed = m_anchorPlaced = true; }

    /// The address of a [[target|label]] link: kb: for an entity id, the url for a safe http(s) one, else empty.
    static QUrl linkTarget(const QString &target);

private:
    PageRuns inlineRuns(const QString &text);
    QString markSentence(const QString &text);

    QString m_sentence;
    bool m_placed = false;
    bool m_highlighting = false;
    bool m_anchorPlaced = false;
};

} // namespace tkb
