// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a search snippet's match marks (SearchIndex::markStart/markEnd) once, for every place that shows a
// snippet: the results page, the PDF and the command line.
#include <QList>
#include <QString>

namespace tkb {

class SnippetMarks
{
public:
    struct Piece
    {
        QString text;
        bool matched = false; ///< the words the search matched
    };

    /// The snippet cut where its marks are, marks and other control characters dropped; unbalanced marks are
    /// forgiven (a stray end mark ends nothing, an unclosed start runs to the end).
    static QList<Piece> pieces(const QString &snippet);
    /// The snippet with the matched words between open and close, the text escaped when escapeHtml.
    static QString wrapped(const QString &snippet, const QString &open, const QString &close, bool escapeHtml);
};

} // namespace tkb
