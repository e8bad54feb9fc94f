// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Did you mean": close spellings of a query's words that the base does hold (in its names, aliases, sources or
// texts), found among the words of the same sound and those that start alike.
#include <QStringList>

namespace tkb {

class ParsedQuery;
class SpellingSource;

class SpellingSuggester
{
public:
    explicit SpellingSuggester(SpellingSource &source);

    /// Up to limit lines, each the query with its unknown words respelled, best first; empty if every word
    /// is known or none has a close spelling.
    QStringList suggest(const ParsedQuery &pq, int limit) const;

private:
    SpellingSource &m_source;
};

} // namespace tkb
