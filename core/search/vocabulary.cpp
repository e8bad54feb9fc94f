// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/textfolder.h>
#include <core/search/vocabulary.h>

#include <unordered_set>

namespace tkb {

std::vector<Vocabulary::Word> Vocabulary::words(std::string_view text)
{
    std::vector<Word> out;
    std::unordered_set<std::string> seen;
    std::string folded, skeleton;
    std::size_t pos = 0;
    TextFolder::Span w;
    while (TextFolder::nextWord(text, pos, w)) {
        const std::string_view original = text.substr(w.begin, w.end - w.begin);
        TextFolder::foldWord(original, folded);
        if (folded.size() < minWordBytes)
            continue;
        TextFolder::skeleton(folded, skeleton);
        if (skeleton.empty() || !seen.insert(folded).second)
            continue; // no sound to compare (numbers, unromanized scripts), or seen already
        out.push_back({ folded, skeleton, original });
    }
    return out;
}

} // namespace tkb
