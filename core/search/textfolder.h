// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Splits text into words and folds each word of any script to one plain ASCII spelling plus a phonetic
// skeleton, identically at index and at query time, so Hümmətov, Гумматов, Gummatov and Hummatov meet.
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace tkb {

class TextFolder
{
public:
    /// Starts every skeleton term: folded words are [a-z0-9] only, so a skeleton can never equal a word.
    static constexpr char skeletonMarker = '_';
    /// Starts a query term to be matched as written, without its sound: the rest is a folded word. A plain
    /// query word stands for its spelling and its sound (FoldingTokenizer); the index never holds this marker.
    static constexpr char literalMarker = '=';
    /// Folded words are cut to this many bytes: longer "words" are pasted junk and would only bloat the index.
    static constexpr std::size_t maxWordBytes = 64;

    struct Span
    {
        std::size_t begin = 0;
        std::size_t end = 0;
    };

    /// Finds the next word of utf8 at or after pos (byte offsets); false at the end. A word is a run of
    /// letters, combining marks and digits; each ideograph is a word of its own; the "[[target|" of a
    /// [[target|label]] link is skipped so that links index their label, not the entity id.
    static bool nextWord(std::string_view utf8, std::size_t &pos, Span &word);

    /// The folded spelling of one word (as found by nextWord): lower-case ASCII letters and digits, or, for
    /// a script ICU cannot romanize, the case-folded word. Empty when nothing is left.
    static void foldWord(std::string_view word, std::string &out);
    /// The phonetic skeleton of a folded word, without the marker: consonant classes (g/h/k/q/x, sh/s, ...),
    /// vowels and y dropped, doubled letters and a final h removed. Empty for short or non-alphabetic words.
    static void skeleton(std::string_view folded, std::string &out);
    /// The sounds a word that begins with this folded prefix may start with: the prefix's consonant classes as
    /// if it were the whole word, and, when its last letter may join the next (p, d, c, dz) or be a dropped
    /// final h, those of the letters before it too (else empty). Unlike skeleton, no length limit. Empty for
    /// a prefix with no consonant or not romanized. For FTS5 prefix queries (FoldingTokenizer).
    static void soundPrefixes(std::string_view folded, std::string &whole, std::string &shorter);

    /// foldWord, and in nameSkeleton the skeleton of the fold if the word looks like a name (else empty): what
    /// the index and the snippets need of every word, with one cache look-up for a non-ASCII word.
    static void foldToken(std::string_view word, std::string &fold, std::string &nameSkeleton);

    /// Whether a word as written looks like a name: it starts with a capital, or its script has no case
    /// (Persian, Georgian ...). Only such words are indexed by their skeleton (and then by it alone):
    /// sound-alike matching is for names, and lower-case prose keeps its spelling.
    static bool looksLikeName(std::string_view word);

    // Qt conveniences for query parsing, snippets and tests.
    /// Folded words of a text, in order (empty folds dropped).
    static QStringList foldWords(const QString &text);
    /// Folded spelling of a single word.
    static QString fold(const QString &word);
    /// Skeleton of a folded word, without the marker.
    static QString skeleton(const QString &folded);
};

} // namespace tkb
