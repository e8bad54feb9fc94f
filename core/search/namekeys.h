// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The keys under which an entity's name and aliases are found while typing: the folded words from each word
// to the end ("alikram hummatov", "hummatov") and the same in skeletons, so a B-tree range answers a prefix.
#include <string>
#include <string_view>
#include <vector>

namespace tkb {

class NameKeys
{
public:
    /// flags bit: the key starts at a later word of the name (a surname), not at its beginning.
    static constexpr int laterWord = 2;
    /// flags bit: the key is made of skeletons (it starts with TextFolder::skeletonMarker).
    static constexpr int phonetic = 4;
    /// Keys start at no later word than this: nobody types the seventh word of a name first.
    static constexpr int maxStartWords = 6;
    /// Longer keys are cut: a prefix range needs only the beginning.
    static constexpr std::size_t maxKeyBytes = 120;

    struct Key
    {
        std::string key;
        int flags = 0;
        int source = -1; ///< -1: the name; n: the n-th alias line
    };

    /// Keys for a name and its aliases (aliasesText: one alias per line), each key once with its best flags.
    static std::vector<Key> build(std::string_view name, std::string_view aliasesText);
    /// The word a skeleton key uses for a folded word: its skeleton, or the word itself when it has none.
    static void skeletonWord(const std::string &folded, std::string &out);
};

} // namespace tkb
