// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts a laid-out QTextDocument (one long page) into printed pages: only between lines, never inside a table
// row, never right after a heading; a page that continues a table repeats the table's header rows.
// QTextDocument's own pagination splits table rows and orphans headings, which is why this exists.
#include <QList>
#include <QtGlobal>

class QTextDocument;

namespace tkb {

class PageBreaker
{
public:
    struct Page
    {
        qreal start = 0; ///< document y where the page's text begins
        qreal end = 0; ///< document y where it ends (exclusive)
        qreal headerTop = -1; ///< when the page continues a table: its header rows, to draw first
        qreal headerBottom = -1;
        bool repeatsHeader() const { return headerBottom > headerTop; }
    };

    /// doc must be laid out without pagination (a text width, no page height). pageHeight and cellPadding
    /// are in the document's device units. Paragraphs that a page break cuts are split in two there.
    static QList<Page> paginate(QTextDocument &doc, qreal pageHeight, qreal cellPadding);

private:
    static QList<Page> plan(QTextDocument &doc, qreal pageHeight, qreal cellPadding);
};

} // namespace tkb
