// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One stretch of inline text on a page with its look (emphasis, strong, highlight, muted), an optional link,
// or a footnote reference. Both back ends (screen HTML, PDF) draw the same runs.
#include <QList>
#include <QString>
#include <QUrl>

namespace tkb {

struct PageRun
{
    enum Style : int {
        Plain = 0,
        Emphasis = 1,
        Strong = 2,
        Highlight = 4, ///< the cited sentence being shown
        Muted = 8, ///< secondary text
        ScreenOnly = 16, ///< a way to another view of the window (a graph, the source text): not printed
        Matched = 32, ///< a word a search matched, in a result's snippet
        PrintOnly = 64, ///< paper's own addition (a footnote marker where the screen lists no notes)
    };

    QString text; ///< never escaped; a "\n" is a line break
    int style = Plain;
    QUrl link; ///< a kb: or http(s) address; empty when the run links nowhere
    QString entityId; ///< the entity the link names, so a printed page can link to its place in the document
    QString place; ///< the entity whose place in the document this run is (a printed page's link target)
    int note = 0; ///< > 0: a reference to this footnote (text holds the cited sentence, shown as a tooltip)
    bool anchor = false; ///< the highlight anchor is placed just before this run

    static PageRun plain(const QString &text, int style = Plain)
    {
        return PageRun { text, style, {}, {}, {}, 0, false };
    }
    static PageRun linked(const QString &text, const QUrl &url, int style = Plain)
    {
        return PageRun { text, style, url, {}, {}, 0, false };
    }
};

using PageRuns = QList<PageRun>;

} // namespace tkb
