// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The words "did you mean" can offer: the distinct alphabetic words of names, aliases and source sections,
// each with its skeleton and the spelling it was written in, so a correction is shown as readers write it.
#include <string>
#include <string_view>
#include <vector>

namespace tkb {

class Vocabulary
{
public:
    /// Shorter words are never offered: they are too close to too many others.
    static constexpr std::size_t minWordBytes = 3;

    struct Word
    {
        std::string fold;
        std::string skeleton;
        std::string_view original;
    };
    /// The distinct words of text (numbers and unromanizable words left out), in order of appearance.
    static std::vector<Word> words(std::string_view text);
};

} // namespace tkb
