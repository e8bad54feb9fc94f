// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/textfolder.h>
#include <core/search/wordstemmer.h>

#include <array>
#include <libstemmer.h>
#include <memory>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unordered_map>

namespace tkb {

namespace {

using Language = WordStemmer::Language;

constexpr std::array<Language, 5> languages
    = { Language::English, Language::German, Language::Dutch, Language::Turkish, Language::Russian };
constexpr std::array<Language, 4> latinLanguages
    = { Language::English, Language::German, Language::Dutch, Language::Turkish };
constexpr std::array<Language, 1> cyrillicLanguages = { Language::Russian };

int slot(Language l)
{
    for (std::size_t i = 0; i < languages.size(); ++i) {
        if (languages[i] == l)
            return int(i);
    }
    return -1;
}

const char *algorithm(Language l)
{
    switch (l) {
    case Language::English:
        return "english";
    case Language::German:
        return "german";
    case Language::Dutch:
        return "dutch";
    case Language::Turkish:
        return "turkish";
    case Language::Russian:
        return "russian";
    case Language::None:
        break;
    }
    return nullptr;
}

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

// Snowball stemmers keep their state in the object: one per thread, as the fold's transliterators.
sb_stemmer *stemmer(Language l)
{
    thread_local std::array<std::unique_ptr<sb_stemmer, StemmerDeleter>, languages.size()> stemmers;
    const int i = slot(l);
    if (i < 0)
        return nullptr;
    if (!stemmers[std::size_t(i)])
        stemmers[std::size_t(i)].reset(sb_stemmer_new(algorithm(l), "UTF_8"));
    return stemmers[std::size_t(i)].get();
}

struct WordHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
};
struct Stemmed
{
    std::string stem;
    bool changed = false;
};
using StemCache = std::unordered_map<std::string, Stemmed, WordHash, std::equal_to<>>;
// Prose repeats its words endlessly; stemming costs far more than a look-up. Bounded like the fold cache.
constexpr std::size_t stemCacheLimit = 500000;

bool isAscii(std::string_view s)
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// The word as the stemmer wants it: lower case; for Turkish, Azerbaijani's ə as the e it harmonizes with.
std::string lowered(Language l, std::string_view word)
{
    if (isAscii(word)) {
        std::string out(word);
        for (char &c : out) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        return out;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
    u.toLower(icu::Locale::getRoot());
    if (l == Language::Turkish)
        u.findAndReplace(icu::UnicodeString(u'\u0259'), icu::UnicodeString(u'e'));
    std::string out;
    u.toUTF8String(out);
    return out;
}

const Stemmed &stemCached(Language l, std::string_view word)
{
    thread_local std::array<StemCache, languages.size()> caches;
    StemCache &cache = caches[std::size_t(slot(l))];
    if (const auto it = cache.find(word); it != cache.end())
        return it->second;
    Stemmed s;
    const std::string low = lowered(l, word);
    if (sb_stemmer *st = stemmer(l)) {
        const sb_symbol *out = sb_stemmer_stem(st, reinterpret_cast<const sb_symbol *>(low.data()), int(low.size()));
        if (out)
            s.stem.assign(reinterpret_cast<const char *>(out), std::size_t(sb_stemmer_length(st)));
    }
    if (s.stem.empty())
        s.stem = low;
    s.changed = s.stem != low;
    if (cache.size() >= stemCacheLimit)
        cache.clear();
    return cache.emplace(word, std::move(s)).first->second;
}

// Function words that tell the languages apart: bit 0 English, 1 German, 2 Dutch, 3 Turkish/Azerbaijani.
const std::unordered_map<std::string_view, unsigned> &functionWords()
{
    static const std::unordered_map<std::string_view, unsigned> words = [] {
        std::unordered_map<std::string_view, unsigned> m;
        for (std::string_view w : { "the", "and", "of", "was", "is", "with", "for", "that", "by", "are", "were", "from",
                 "which", "has", "his", "its" })
            m[w] |= 1;
        for (std::string_view w : { "der", "die", "und", "das", "den", "dem", "mit", "von", "ist", "nicht", "auf",
                 "sich", "des", "eine", "ein", "wurde", "auch" })
            m[w] |= 2;
        for (std::string_view w :
            { "het", "een", "niet", "zijn", "met", "voor", "ook", "dat", "van", "werd", "heeft", "wordt", "naar" })
            m[w] |= 4;
        for (std::string_view w : { "ve", "bir", "bu", "ile", "olarak", "daha", "olan", "ilk", "kimi", "sonra" })
            m[w] |= 8;
        return m;
    }();
    return words;
}

} // namespace

WordStemmer::Language WordStemmer::latinLanguage(std::string_view s)
{
    // The first words are enough: a text keeps its language, and this runs for every text indexed.
    constexpr int wordsLooked = 40;
    std::array<int, 4> votes {};
    std::size_t pos = 0;
    TextFolder::Span w;
    std::string low;
    for (int n = 0; n < wordsLooked && TextFolder::nextWord(s, pos, w); ++n) {
        const std::string_view word = s.substr(w.begin, w.end - w.begin);
        if (!isAscii(word)) {
            // Letters only one of them writes: ə ı ğ ş (Azerbaijani, Turkish), ß ä (German), ĳ (Dutch).
            for (std::size_t i = 0; i < word.size();) {
                UChar32 c;
                int32_t at = int32_t(i);
                U8_NEXT(word.data(), at, int32_t(word.size()), c);
                i = std::size_t(at);
                if (c == 0x259 || c == 0x18F || c == 0x131 || c == 0x11F || c == 0x15F)
                    votes[3] += 2;
                else if (c == 0xDF || c == 0xE4)
                    votes[1] += 2;
                else if (c == 0x133)
                    votes[2] += 2;
            }
            if (word == "və" || word == "ilə" || word == "üçün")
                votes[3] += 1;
            continue;
        }
        if (word.size() > 6)
            continue;
        low.assign(word);
        for (char &c : low) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        const auto &fw = functionWords();
        if (const auto it = fw.find(low); it != fw.end()) {
            for (int i = 0; i < 4; ++i) {
                if (it->second & (1u << i))
                    ++votes[std::size_t(i)];
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 4; ++i) {
        if (votes[std::size_t(i)] > votes[std::size_t(best)])
            best = i;
    }
    return latinLanguages[std::size_t(best)];
}

WordStemmer::Language WordStemmer::languageOf(std::string_view word, Language latin)
{
    if (word.empty())
        return Language::None;
    const auto b = static_cast<unsigned char>(word.front());
    if (b < 0x80)
        return (b >= '0' && b <= '9') ? Language::None : latin;
    UChar32 c;
    int32_t at = 0;
    U8_NEXT(word.data(), at, int32_t(word.size()), c);
    if (c < 0)
        return Language::None;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
    case USCRIPT_LATIN:
        return latin;
    case USCRIPT_CYRILLIC:
        return Language::Russian;
    default:
        return Language::None;
    }
}

bool WordStemmer::stem(Language language, std::string_view word, std::string &out)
{
    out.clear();
    if (language == Language::None || word.size() < 3 || slot(language) < 0)
        return false;
    const Stemmed &s = stemCached(language, word);
    out = s.stem;
    return s.changed;
}

bool WordStemmer::findsForms(std::string_view stem)
{
    int letters = 0;
    for (const char c : stem)
        letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // UTF-8 lead bytes
    return letters > 1;
}

std::string WordStemmer::term(Language language, std::string_view stem)
{
    std::string t;
    t.reserve(stem.size() + 2);
    t += stemMarker;
    t += char(language);
    t += stem;
    return t;
}

std::span<const WordStemmer::Language> WordStemmer::queryLanguages(std::string_view word)
{
    const Language l = languageOf(word, Language::English);
    if (l == Language::Russian)
        return cyrillicLanguages;
    if (l == Language::English)
        return latinLanguages;
    return {};
}

} // namespace tkb
