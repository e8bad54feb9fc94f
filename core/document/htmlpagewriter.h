// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a PageDocument as safe HTML for the window's QTextBrowser: all text escaped, only kb: and http(s)
// links, print-only blocks and runs left out. The HTML carries no colours, only classes the page styles from its
// palette:
//   .kind .muted (secondary text), .hl (the highlighted cited sentence, preceded by <a name="cite">),
//   .infobox .relations (tables), .pred (relation label cell), .fn (footnote marker), .summary, .aliases, .ref,
//   .hit (a search result; its matched words in <b>).
#include <core/document/pagedocument.h>

#include <QLocale>

namespace tkb {

class HtmlPageWriter
{
public:
    /// Name of the anchor placed where a highlighted sentence starts, for scrollToAnchor().
    static constexpr QLatin1StringView highlightAnchor { "cite" };

    /// The page as a whole HTML document, laid out in the locale's direction.
    static QString page(const PageDocument &page, const QLocale &locale);
    /// The page as a whole HTML document laid out in direction (a widget's, which follows the window's language).
    static QString page(const PageDocument &page, Qt::LayoutDirection direction);
    /// Blocks as HTML, without the surrounding document.
    static QString blocks(const QList<PageBlock> &blocks);
    /// Inline runs as HTML.
    static QString runs(const PageRuns &runs);
};

} // namespace tkb
