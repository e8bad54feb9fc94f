// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Word forms for search: the Snowball stem of a prose word in its text's language (English, German, Dutch,
// Turkish serving Azerbaijani too, Russian), as an index term of its own, so that "arrests" finds "arrested".
// A stem term is the marker, the language's letter and the stem: each language's stems meet only its own.
#include <span>
#include <string>
#include <string_view>

namespace tkb {

class WordStemmer
{
public:
    /// Starts every stem term; folded words are [a-z0-9] or case-folded letters, so never start with it.
    static constexpr char stemMarker = '~';

    /// The letter after the marker names the language.
    enum class Language : char {
        None = 0,
        English = 'e',
        German = 'd',
        Dutch = 'n',
        Turkish = 't', ///< also Azerbaijani (ə read as e)
        Russian = 'r',
    };

    /// The language of a text's Latin-script words, from the commonest function words of its first few
    /// hundred words and the letters only one language writes (ß, ə, ı); English when nothing tells.
    static Language latinLanguage(std::string_view utf8);
    /// The language a word of this text is stemmed in: Cyrillic words in Russian, Latin ones in latin, other
    /// scripts (Persian, Georgian ...) not at all.
    static Language languageOf(std::string_view word, Language latin);
    /// The Snowball stem of a word as written (lower-cased first), in stem; true when it differs from the
    /// lower-cased word. A word that is its own stem gets no stem term: its spelling finds it.
    static bool stem(Language language, std::string_view word, std::string &stem);
    /// Whether a query word's stem may stand for its forms: not when it is a single letter, as Turkish makes of
    /// both "aydın" and "aya"; it would meet every word cut so short (and, by its spelling, the article "a").
    static bool findsForms(std::string_view stem);
    /// The index or query term of a stem: the marker, the language's letter, the stem.
    static std::string term(Language language, std::string_view stem);
    /// The languages a query word may be in, by its script: a query has too few words to tell its language.
    static std::span<const Language> queryLanguages(std::string_view word);
};

} // namespace tkb
