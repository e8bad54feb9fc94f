// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/filespellingsource.h>
#include <core/search/parsedquery.h>
#include <core/search/searchstatements_p.h>
#include <core/search/textfolder.h>

namespace tkb {

namespace {

bool exists(SqlStatement &q, const std::string &value)
{
    q.bind(1, value);
    const bool found = q.next();
    q.reset();
    return found;
}

void forEachWord(SqlStatement &q, const SpellingSource::WordFn &fn)
{
    SearchStatements::forEachRow(q, nullptr, [&] { fn(q.text(0), q.text(1), q.int64(2)); });
}

} // namespace

FileSpellingSource::FileSpellingSource(SearchStatements &statements)
    : m_st(statements)
{ }

bool FileSpellingSource::known(const std::string &fold)
{
    return m_st.known(fold);
}

bool FileSpellingSource::inText(const std::string &term)
{
    // A skeleton carries its marker; a folded word is matched as a literal.
    const std::string quoted = !term.empty() && term.front() == TextFolder::skeletonMarker
        ? ParsedQuery::quotedTerm(std::string_view(term).substr(1), TextFolder::skeletonMarker)
        : ParsedQuery::quotedTerm(term, TextFolder::literalMarker);
    return exists(m_st.entityTerm, quoted) || exists(m_st.sectionTerm, quoted);
}

bool FileSpellingSource::soundsLikeAWord(const std::string &skeleton)
{
    return exists(m_st.wordsBySkeleton, skeleton);
}

void FileSpellingSource::wordsBySkeleton(const std::string &skeleton, const WordFn &fn)
{
    m_st.wordsBySkeleton.bind(1, skeleton);
    forEachWord(m_st.wordsBySkeleton, fn);
}

void FileSpellingSource::wordsInRange(
    const std::string &from, const std::string &to, std::int64_t minLength, std::int64_t maxLength, const WordFn &fn)
{
    m_st.wordsInRange.bind(1, from);
    m_st.wordsInRange.bind(2, to);
    m_st.wordsInRange.bind(3, minLength);
    m_st.wordsInRange.bind(4, maxLength);
    forEachWord(m_st.wordsInRange, fn);
}

} // namespace tkb
