// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Left-to-right stretches of a right-to-left page isolated with Unicode's FSI … PDI (which QTextDocument's bidi
// algorithm honours), so an English sentence in a Persian page keeps its full stop at its own end and a Latin name
// among Persian words keeps its place and its punctuation.
#include <core/document/pagedocument.h>

namespace tkb {

class BidiIsolation
{
public:
    static constexpr QChar firstStrongIsolate { 0x2068 };
    static constexpr QChar popDirectionalIsolate { 0x2069 };

    /// runs with each stretch that holds left-to-right letters and no right-to-left ones wrapped in FSI … PDI. A
    /// stretch reaching the end of the runs takes the punctuation there with it (the sentence's own), one at the
    /// start that in its first letter's run; between right-to-left words it is trimmed to its letters (and the
    /// brackets they opened), leaving the rest to the page's direction.
    static PageRuns isolated(const PageRuns &runs);
    /// Every heading, paragraph, list item, footnote and table cell of page isolated; search hits keep the
    /// direction they set themselves.
    static PageDocument isolated(PageDocument page);
};

} // namespace tkb
