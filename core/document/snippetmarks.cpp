// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/pagetext.h>
#include <core/document/snippetmarks.h>
#include <core/search/searchindex.h>

namespace tkb {

QList<SnippetMarks::Piece> SnippetMarks::pieces(const QString &snippet)
{
    QList<Piece> out;
    Piece run;
    const auto flush = [&] {
        if (!run.text.isEmpty())
            out << run;
        run.text.clear();
    };
    for (const QChar c : snippet) {
        if (c == SearchIndex::markStart || c == SearchIndex::markEnd) {
            flush();
            run.matched = c == SearchIndex::markStart;
        } else if (c.category() != QChar::Other_Control || c == u'\n' || c == u'\t') {
            run.text += c;
        }
    }
    flush();
    return out;
}

QString SnippetMarks::wrapped(const QString &snippet, const QString &open, const QString &close, bool escapeHtml)
{
    QString out;
    for (const Piece &p : pieces(snippet)) {
        const QString text = escapeHtml ? PageText::escaped(p.text) : p.text;
        out += p.matched ? open + text + close : text;
    }
    return out;
}

} // namespace tkb
