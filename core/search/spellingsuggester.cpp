// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/parsedquery.h>
#include <core/search/spellingsource.h>
#include <core/search/spellingsuggester.h>
#include <core/search/textfolder.h>
#include <core/search/vocabulary.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace tkb {

namespace {

// Optimal string alignment distance: Levenshtein plus swapped neighbours, the commonest typing slip.
int editDistance(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size(), m = b.size();
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = int(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

// The script of a word's first letter.
QChar::Script scriptOf(const QString &word)
{
    for (const char32_t c : word.toUcs4()) {
        if (QChar::isLetter(c))
            return QChar::script(c);
    }
    return QChar::Script_Unknown;
}

// Whether a Latin word carries letters beyond ASCII (Hümmətov, Talış): Azerbaijani or Turkish Latin rather than
// the plain Latin of English spellings, a writing of its own for the reader who typed either.
bool extendedLatin(const QString &word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() >= 0x80 && c.isLetter(); });
}

// Letters readers confuse at the start of a name (Gummatov/Hummatov, Olikram/Alikram).
std::string_view firstLetterClass(char c)
{
    static constexpr std::string_view classes[] = { "aeiouy", "ghkqx", "cjsz", "fvw", "bp", "dt", "mn", "lr" };
    for (std::string_view cls : classes) {
        if (cls.find(c) != std::string_view::npos)
            return cls;
    }
    return {};
}

} // namespace

SpellingSuggester::SpellingSuggester(SpellingSource &source)
    : m_source(source)
{ }

QStringList SpellingSuggester::suggest(const ParsedQuery &pq, int limit) const
{
    SpellingSource &source = m_source;
    // A word occurs if the base knows it as a word of a name, or the texts hold it in lower case (a literal
    // term). Written with a capital, a text word is indexed by its sound alone, which a misspelled name shares
    // with the names it is near (Humatov, Hummatov): a sound found in the texts makes the word known only when
    // no name sounds so.
    auto known = [&](const ParsedQuery::Word &w) {
        if (source.known(w.fold) || source.inText(w.fold))
            return true;
        return !source.soundsLikeAWord(w.skeleton) && source.inText(TextFolder::skeletonMarker + w.skeleton);
    };

    struct Spelling
    {
        QString display;
        double cost;
        std::int64_t count;
        std::string word;
    };
    std::vector<std::vector<Spelling>> alternatives(pq.words().size());
    bool anyChange = false;
    for (std::size_t i = 0; i < pq.words().size(); ++i) {
        const ParsedQuery::Word &w = pq.words()[i];
        if (w.fold.size() < Vocabulary::minWordBytes || w.skeleton.empty() || known(w))
            continue;
        const int allowed = w.fold.size() <= 4 ? 1 : w.fold.size() <= 8 ? 2 : 3;
        const QChar::Script typedScript = scriptOf(w.original);
        const bool typedExtended = typedScript == QChar::Script_Latin && extendedLatin(w.original);
        std::unordered_map<std::string, Spelling> found;
        const auto consider = [&](std::string_view word, std::string_view shown, std::int64_t count) {
            const std::string candidate(word);
            if (candidate == w.fold || found.count(candidate))
                return;
            std::string skeleton;
            TextFolder::skeleton(candidate, skeleton);
            const bool sameSound = skeleton == w.skeleton;
            const int distance = editDistance(w.fold, candidate);
            if (distance > allowed + (sameSound ? 1 : 0))
                return;
            // Offer the spelling in the script the reader typed in, when there is one.
            const QString display = QString::fromUtf8(shown.data(), qsizetype(shown.size()));
            const bool otherScript = !display.isEmpty() && scriptOf(display) != typedScript;
            // Among equally close spellings, the one in the reader's own Latin (plain or Azerbaijani) first.
            const bool otherLatin
                = !otherScript && typedScript == QChar::Script_Latin && extendedLatin(display) != typedExtended;
            found.emplace(candidate,
                Spelling { display,
                    distance - (sameSound ? 0.5 : 0.0) + (otherScript ? 1.0 : 0.0) + (otherLatin ? 0.25 : 0.0), count,
                    candidate });
        };
        source.wordsBySkeleton(w.skeleton, consider);
        // Typos rarely hit the first two letters together: look among the words that start with the same two
        // letters, with the two swapped, or with a confusable first letter (Gummatov/Hummatov). Each is a
        // short B-tree range even in a vocabulary of a million words.
        const std::int64_t minLength = std::int64_t(w.fold.size()) - allowed,
                           maxLength = std::int64_t(w.fold.size()) + allowed;
        std::vector<std::string> starts { w.fold.substr(0, 2), { w.fold[1], w.fold[0] } };
        for (const char letter : firstLetterClass(w.fold[0])) {
            if (letter != w.fold[0])
                starts.push_back({ letter, w.fold[1] });
        }
        for (const std::string &from : starts) {
            std::string to = from;
            ++to.back();
            source.wordsInRange(from, to, minLength, maxLength, consider);
        }
        std::vector<Spelling> list;
        for (auto &[word, s] : found)
            list.push_back(std::move(s));
        std::sort(list.begin(), list.end(), [](const Spelling &a, const Spelling &b) {
            if (a.cost != b.cost)
                return a.cost < b.cost;
            if (a.count != b.count)
                return a.count > b.count;
            return a.word < b.word;
        });
        if (list.size() > std::size_t(limit))
            list.resize(std::size_t(limit));
        anyChange = anyChange || !list.empty();
        alternatives[i] = std::move(list);
    }
    if (!anyChange)
        return {};
    // The n-th line takes every corrected word's n-th best spelling (or its last, if it has fewer).
    QStringList out;
    for (int n = 0; n < limit; ++n) {
        QStringList words;
        bool fresh = false;
        for (std::size_t i = 0; i < pq.words().size(); ++i) {
            const auto &alts = alternatives[i];
            if (alts.empty()) {
                words << pq.words()[i].original;
                continue;
            }
            const std::size_t pick = std::min<std::size_t>(std::size_t(n), alts.size() - 1);
            fresh = fresh || pick == std::size_t(n);
            words << alts[pick].display;
        }
        if (!fresh)
            break;
        const QString line = words.join(u' ');
        if (!out.contains(line))
            out << line;
    }
    return out;
}

} // namespace tkb
