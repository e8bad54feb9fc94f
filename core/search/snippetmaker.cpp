// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <core/search/parsedquery.h>
#include <core/search/searchindex.h>
#include <core/search/snippetmaker.h>
#include <core/search/textfolder.h>
#include <core/search/wordstemmer.h>

#include <string>
#include <vector>

namespace tkb {

namespace {

struct Match
{
    std::size_t begin, end;
};

std::vector<Match> findMatches(std::string_view s, const ParsedQuery &query)
{
    std::vector<Match> matches;
    std::size_t pos = 0;
    TextFolder::Span w;
    std::string folded, skeleton, stem;
    // Mirror the index: word forms in the text's language, and names never stemmed (but German nouns).
    const bool stems = query.hasStems();
    const WordStemmer::Language latin = stems ? WordStemmer::latinLanguage(s) : WordStemmer::Language::None;
    while (TextFolder::nextWord(s, pos, w)) {
        // Mirror the index: only name-like words were given a skeleton there.
        const std::string_view word = s.substr(w.begin, w.end - w.begin);
        TextFolder::foldToken(word, folded, skeleton);
        if (folded.empty())
            continue;
        bool match = query.matches(folded, skeleton);
        if (!match && stems && (skeleton.empty() || latin == WordStemmer::Language::German)) {
            const WordStemmer::Language language = WordStemmer::languageOf(word, latin);
            match = WordStemmer::stem(language, word, stem) && query.matchesStem(WordStemmer::term(language, stem));
        }
        if (match)
            matches.push_back({ w.begin, w.end });
    }
    return matches;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Copies s[begin, end) with marks around the matches and whitespace runs (Markdown line breaks) as one space.
QString render(std::string_view s, std::size_t begin, std::size_t end, const std::vector<Match> &matches)
{
    static const std::string start = QString(SearchIndex::markStart).toStdString();
    static const std::string stop = QString(SearchIndex::markEnd).toStdString();
    std::string out;
    out.reserve(end - begin + 16);
    if (begin > 0)
        out += "… ";
    std::size_t m = 0;
    while (m < matches.size() && matches[m].begin < begin)
        ++m;
    bool space = false;
    for (std::size_t i = begin; i < end;) {
        if (m < matches.size() && matches[m].begin == i && matches[m].end <= end) {
            if (space)
                out += ' ';
            space = false;
            out += start;
            out.append(s.substr(i, matches[m].end - i));
            out += stop;
            i = matches[m].end;
            ++m;
            continue;
        }
        const char c = s[i++];
        if (isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    if (end < s.size())
        out += " …";
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

// Moves a byte offset back to the start of a UTF-8 character.
std::size_t charStart(std::string_view s, std::size_t i)
{
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
        --i;
    return i;
}

// The text without its link markup, in a buffer kept for the next snippet.
std::string_view plain(std::string_view text)
{
    thread_local std::string stripped;
    WikiLink::stripMarkup(text, stripped);
    return stripped;
}

} // namespace

QString SnippetMaker::passage(std::string_view text, const ParsedQuery &query)
{
    const std::string_view s = plain(text);
    const std::vector<Match> matches = findMatches(s, query);
    if (matches.empty())
        return {};
    // The window that holds the most matches, starting a little before one of them.
    constexpr std::size_t lead = 50;
    std::size_t bestBegin = 0, bestCount = 0;
    for (std::size_t a = 0, b = 0; a < matches.size() && a < 64; ++a) {
        const std::size_t begin = matches[a].begin > lead ? matches[a].begin - lead : 0;
        b = std::max(b, a);
        while (b < matches.size() && matches[b].end <= begin + windowBytes)
            ++b;
        if (b - a > bestCount) {
            bestCount = b - a;
            bestBegin = begin;
        }
    }
    std::size_t begin = bestBegin, end = std::min(s.size(), bestBegin + windowBytes);
    // Whole words at both ends.
    if (begin > 0) {
        std::size_t p = begin;
        while (p > 0 && !isSpace(s[p - 1]) && begin - p < 30)
            --p;
        begin = (p == 0 || isSpace(s[p - 1])) ? p : charStart(s, begin);
    }
    if (end < s.size()) {
        std::size_t p = end;
        while (p > begin && !isSpace(s[p]))
            --p;
        end = p > begin ? p : charStart(s, end);
    }
    return render(s, begin, end, matches);
}

QString SnippetMaker::markAll(std::string_view text, const ParsedQuery &query)
{
    const std::string_view s = plain(text);
    const std::vector<Match> matches = findMatches(s, query);
    return matches.empty() ? QString() : render(s, 0, s.size(), matches);
}

QString SnippetMaker::opening(std::string_view text)
{
    const std::string_view s = plain(text);
    std::size_t end = std::min(s.size(), windowBytes);
    if (end < s.size()) {
        std::size_t p = end;
        while (p > 0 && !isSpace(s[p]))
            --p;
        end = p > 0 ? p : charStart(s, end);
    }
    return render(s, 0, end, {});
}

} // namespace tkb
