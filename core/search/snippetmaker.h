// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cuts a short passage around the words a query matched, in the text's own spelling and script, with each
// match wrapped in SearchIndex::markStart/markEnd and [[id|label]] links reduced to their labels.
#include <QString>

#include <string_view>

namespace tkb {

class ParsedQuery;

class SnippetMaker
{
public:
    /// About this many bytes of text around the matches.
    static constexpr std::size_t windowBytes = 200;

    // Texts are UTF-8, as SQLite stores them: a snippet is cut without converting the whole text to QString.

    /// A passage of text around its best cluster of matches; empty when no word matches.
    static QString passage(std::string_view text, const ParsedQuery &query);
    /// The whole (short) text with every match marked; empty when no word matches.
    static QString markAll(std::string_view text, const ParsedQuery &query);
    /// The beginning of text, unmarked, for hits that matched elsewhere (the name, a hidden column).
    static QString opening(std::string_view text);
};

} // namespace tkb
