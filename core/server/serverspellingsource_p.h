// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Did you mean"'s vocabulary on a PostgreSQL server: search_word (a row per word and row holding it, counted as the
// file counts them) and the texts' terms (search_term, search_section_term), which ServerTextIndex writes.
#include <core/search/spellingsource.h>

#include <QSqlDatabase>

namespace tkb {

class ServerSpellingSource : public SpellingSource
{
public:
    explicit ServerSpellingSource(const QSqlDatabase &db);

    bool known(const std::string &fold) override;
    bool inText(const std::string &term) override;
    bool soundsLikeAWord(const std::string &skeleton) override;
    void wordsBySkeleton(const std::string &skeleton, const WordFn &fn) override;
    void wordsInRange(const std::string &from, const std::string &to, std::int64_t minLength, std::int64_t maxLength,
        const WordFn &fn) override;

private:
    QSqlDatabase m_db;
};

} // namespace tkb
