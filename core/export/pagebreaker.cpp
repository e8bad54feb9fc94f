// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/pagebreaker.h>

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

namespace tkb {

namespace {

/// A place where a page may end: strong ones between paragraphs, lines and table rows; weak ones (used only
/// when no strong one fits) between lines inside a table row or next to a paragraph's first or last line.
struct Cut
{
    qreal y = 0;
    bool strong = true;
    qreal headerTop = -1;
    qreal headerBottom = -1;
};

/// Document y of each line's top and of the last line's bottom.
struct Lines
{
    QList<qreal> tops;
    qreal bottom = 0;
};

Lines linesOf(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    Lines l;
    const QTextLayout *tl = block.layout();
    if (!tl || tl->lineCount() == 0)
        return l;
    // blockBoundingRect is the lines' bounding box in document coordinates; QTextLine::y is relative to
    // the layout, whose own bounding box may start below 0.
    const qreal origin = layout->blockBoundingRect(block).top() - tl->boundingRect().top();
    for (int i = 0; i < tl->lineCount(); ++i)
        l.tops << origin + tl->lineAt(i).y();
    const QTextLine last = tl->lineAt(tl->lineCount() - 1);
    l.bottom = origin + last.y() + last.height();
    return l;
}

} // namespace

/// Splits every paragraph that a page break cuts into two paragraphs at that line. QTextLayout::draw also draws
/// the line just above its clip rectangle (to paint selections), which in a PDF would put that line's text on
/// two pages; a paragraph that ends at the cut has no such line. Returns whether anything was split.
static bool splitAtCuts(QTextDocument &doc, const QList<PageBreaker::Page> &pages)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<int> positions;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const Lines l = linesOf(layout, b);
        for (qsizetype k = 1; k < l.tops.size(); ++k) {
            for (const PageBreaker::Page &p : pages) {
                if (std::abs(p.start - l.tops[k]) < 0.5)
                    positions << b.position() + b.layout()->lineAt(int(k)).textStart();
            }
        }
    }
    // From the end, so earlier positions stay valid.
    std::sort(positions.begin(), positions.end(), std::greater<int>());
    for (int pos : std::as_const(positions)) {
        QTextCursor c(&doc);
        c.setPosition(pos);
        // A line that a <br/> ended: the break becomes the paragraph end, not an empty line before it.
        if (doc.characterAt(pos - 1) == QChar::LineSeparator) {
            c.setPosition(pos - 1);
            c.deleteChar();
        }
        QTextBlockFormat first = c.blockFormat();
        QTextBlockFormat second = first;
        first.setBottomMargin(0);
        second.setTopMargin(0);
        second.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        c.setBlockFormat(first);
        QTextList *list = c.currentList();
        c.insertBlock(second);
        if (list) {
            // The rest of a list item is not a new item: no second bullet, same indent.
            list->remove(c.block());
            QTextBlockFormat f = c.blockFormat();
            f.setIndent(list->format().indent());
            c.setBlockFormat(f);
        }
    }
    return !positions.isEmpty();
}

QList<PageBreaker::Page> PageBreaker::paginate(QTextDocument &doc, qreal pageHeight, qreal cellPadding)
{
    QList<Page> pages = plan(doc, pageHeight, cellPadding);
    // A split can move later text a little, so plan again until no page begins inside a paragraph.
    for (int pass = 0; pass < 64 && splitAtCuts(doc, pages); ++pass)
        pages = plan(doc, pageHeight, cellPadding);
    return pages;
}

QList<PageBreaker::Page> PageBreaker::plan(QTextDocument &doc, qreal pageHeight, qreal cellPadding)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    // The layout is otherwise finished lazily from the event loop; asking for the size completes it now.
    const qreal docHeight = layout->documentSize().height();
    QList<Cut> cuts;
    // After a heading the next thing may not begin a new page: the heading would be left alone.
    bool keepWithPrevious = false;
    auto lead = [&](qreal y) {
        if (!keepWithPrevious)
            cuts << Cut { y, true, -1, -1 };
        keepWithPrevious = false;
    };

    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextTable *t = qobject_cast<QTextTable *>(it.currentFrame())) {
            const QRectF box = layout->frameBoundingRect(t);
            lead(box.top());
            const int rows = t->rows();
            QList<qreal> top(rows, -1);
            QList<Cut> weak;
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < t->columns(); ++c) {
                    const QTextTableCell cell = t->cellAt(r, c);
                    if (cell.row() != r || cell.column() != c)
                        continue;
                    for (auto b = cell.begin(); !b.atEnd(); ++b) {
                        if (!b.currentBlock().isValid())
                            continue;
                        const Lines l = linesOf(layout, b.currentBlock());
                        if (!l.tops.isEmpty() && (top[r] < 0 || l.tops.first() < top[r]))
                            top[r] = l.tops.first();
                        for (qreal y : l.tops)
                            weak << Cut { y, false, -1, -1 };
                    }
                }
            }
            const int headerRows = std::min(t->format().headerRowCount(), rows - 1);
            // Just above a row's text, below the line that closes the row before it.
            auto rowCut = [&](int r) { return top[r] - cellPadding / 2; };
            const qreal headerTop = box.top();
            const qreal headerBottom = headerRows > 0 && top[headerRows] >= 0 ? rowCut(headerRows) : -1;
            for (Cut &w : weak) {
                w.headerTop = headerTop;
                w.headerBottom = headerBottom;
            }
            cuts << weak;
            // Never between header rows, nor between the header and the first row under it.
            for (int r = headerRows + 1; r < rows; ++r) {
                if (top[r] >= 0)
                    cuts << Cut { rowCut(r), true, headerTop, headerBottom };
            }
            keepWithPrevious = false;
        } else if (QTextFrame *f = it.currentFrame()) {
            lead(layout->frameBoundingRect(f).top());
        } else {
            const QTextBlock b = it.currentBlock();
            const Lines l = linesOf(layout, b);
            if (l.tops.isEmpty())
                continue;
            lead(l.tops.first());
            // No paragraph leaves a single line at the foot of a page or carries one over to the next, unless
            // nothing else fits.
            const qsizetype n = l.tops.size();
            for (qsizetype i = 1; i < n; ++i)
                cuts << Cut { l.tops[i], i >= 2 && i <= n - 2, -1, -1 };
            if (b.blockFormat().headingLevel() > 0)
                keepWithPrevious = true;
        }
    }
    std::stable_sort(cuts.begin(), cuts.end(), [](const Cut &a, const Cut &b) { return a.y < b.y; });

    const qreal eps = 0.5;
    QList<Page> pages;
    qreal start = 0;
    qreal headerTop = -1;
    qreal headerBottom = -1;
    while (true) {
        qreal headerHeight = headerBottom > headerTop ? headerBottom - headerTop : 0;
        if (headerHeight > pageHeight / 3) {
            headerTop = headerBottom = -1;
            headerHeight = 0;
        }
        const qreal limit = start + pageHeight - headerHeight;
        if (docHeight <= limit + eps) {
            pages << Page { start, std::max(docHeight, start), headerTop, headerBottom };
            break;
        }
        const Cut *best = nullptr;
        for (bool strong : { true, false }) {
            for (const Cut &c : std::as_const(cuts)) {
                if (c.strong == strong && c.y > start + eps && c.y <= limit && (!best || c.y >= best->y))
                    best = &c;
            }
            if (best)
                break;
        }
        const Cut chosen = best ? *best : Cut { limit, false, -1, -1 };
        pages << Page { start, chosen.y, headerTop, headerBottom };
        start = chosen.y;
        headerTop = chosen.headerTop;
        headerBottom = chosen.headerBottom;
    }
    return pages;
}

} // namespace tkb
