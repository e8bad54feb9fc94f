// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What "did you mean" reads of a base's vocabulary (SpellingSuggester), whichever engine holds it: the SQLite file's
// search_word and FTS5 tables (FileSpellingSource) or a server's (ServerSpellingSource).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace tkb {

class SpellingSource
{
public:
    virtual ~SpellingSource() = default;

    /// A word of the vocabulary: folded, a spelling to show (UTF-8), and how many names or sections hold it; both
    /// texts valid for the call only.
    using WordFn = std::function<void(std::string_view word, std::string_view display, std::int64_t count)>;

    /// Whether the word is one of the base's names, aliases or sources.
    virtual bool known(const std::string &fold) = 0;
    /// Whether some entity or section text holds the term (as the index holds it: a folded word or a skeleton).
    virtual bool inText(const std::string &term) = 0;
    /// Whether some word of the vocabulary has this skeleton.
    virtual bool soundsLikeAWord(const std::string &skeleton) = 0;
    /// The vocabulary's words of this skeleton (at most 200).
    virtual void wordsBySkeleton(const std::string &skeleton, const WordFn &fn) = 0;
    /// Its words from from to before to, of a length (in bytes) between the two given.
    virtual void wordsInRange(const std::string &from, const std::string &to, std::int64_t minLength,
        std::int64_t maxLength, const WordFn &fn)
        = 0;
};

} // namespace tkb
