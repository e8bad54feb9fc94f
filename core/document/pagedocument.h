// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A page built once from the knowledge base (an entity, the article or a section of it, the timeline, a list,
// search results) as plain blocks, for the screen's HTML writer and the PDF writer to draw alike.
#include <core/document/pageblock.h>

#include <QStringList>

namespace tkb {

struct PageDocument
{
    QString title; ///< what the page shows, for a window title or a PDF's running header
    QString subject; ///< a sentence saying what the page is (PDF metadata)
    QStringList keywords; ///< PDF metadata
    QList<PageBlock> blocks;
    int noteCount = 0; ///< footnotes in the Notes block
    int namedCount = 0; ///< entries in the printed appendix of named entities
    QString notFound; ///< when the page only says what could not be found: that sentence
};

} // namespace tkb
