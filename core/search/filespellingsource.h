// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Did you mean"'s vocabulary in an SQLite file: search_word, and the FTS5 tables for the words of the texts.
#include <core/search/spellingsource.h>

namespace tkb {

struct SearchStatements;

class FileSpellingSource : public SpellingSource
{
public:
    explicit FileSpellingSource(SearchStatements &statements);

    bool known(const std::string &fold) override;
    bool inText(const std::string &term) override;
    bool soundsLikeAWord(const std::string &skeleton) override;
    void wordsBySkeleton(const std::string &skeleton, const WordFn &fn) override;
    void wordsInRange(const std::string &from, const std::string &to, std::int64_t minLength, std::int64_t maxLength,
        const WordFn &fn) override;

private:
    SearchStatements &m_st;
};

} // namespace tkb
