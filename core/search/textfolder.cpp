// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/textfolder.h>

#include <QDebug>

#include <algorithm>
#include <array>
#include <memory>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unordered_map>

namespace tkb {

namespace {

// ICU romanizes nearly every script, but: it keeps the Azerbaijani schwa (ə, Cyrillic ә) and the other
// Azerbaijani Cyrillic letters as they are; its default Cyrillic is ISO 9 (ш -> s, х -> h), which misses the
// English spellings readers type (Talysh, Khalil), so Russian goes through BGN/PCGN first; and Latin-ASCII
// turns ş/ç into s/c where Azerbaijani readers mean sh/ch (Talış = Talish). These few rules run first.
constexpr char16_t azerbaijaniCyrillic[] = u"ә > a; Ә > a; ҹ > j; Ҹ > j; ҝ > g; Ҝ > g; ғ > gh; Ғ > gh; һ > h; Һ > h; ј "
                                           u"> y; Ј > y; ө > o; Ө > o; ү > u; Ү > u; ";
constexpr char16_t azerbaijaniLatin[] = u"ə > a; Ə > a; ş > sh; Ş > sh; ç > ch; Ç > ch; ";
// Persian is typed with Arabic keyboards too: Arabic yeh and alef maksura are Persian yeh, Arabic kaf is keheh;
// the zero-width non-joiner and the tatweel only shape the letters, and the short vowels are seldom written.
// Without these rules a word typed one way is romanized otherwise than the same word written the other.
constexpr char16_t persian[] = u"\\u064A > \\u06CC; \\u0649 > \\u06CC; \\u0643 > \\u06A9; \\u200C > ; \\u200D > ; "
                               u"\\u0640 > ; [\\u064B-\\u065F \\u0670] > ; ";

std::unique_ptr<icu::Transliterator> makeTransliterator(const icu::UnicodeString &rules)
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        icu::UnicodeString(u"tkb-fold"), rules, UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status)) {
        qWarning("TextFolder: ICU rules failed (%s)", u_errorName(status));
        t.reset();
    }
    return t;
}

// One per thread: ICU transliterators are not safe to share between threads, and a knowledge base may be
// searched from a worker thread on its own connection.
const icu::Transliterator *transliterator()
{
    thread_local const std::unique_ptr<icu::Transliterator> instance = [] {
        // NFKC first, so compatibility forms (ﬁ, fullwidth and mathematical letters) reach the rules as letters.
        auto t = makeTransliterator(icu::UnicodeString(u"::NFKC; ") + persian + azerbaijaniLatin + azerbaijaniCyrillic
            + u"::Russian-Latin/BGN; ::Any-Latin; ::Latin-ASCII; ::Lower;");
        if (!t) {
            // A trimmed ICU data file may lack BGN; plain romanization still lets most spellings meet.
            UErrorCode status = U_ZERO_ERROR;
            UParseError parseError;
            t.reset(icu::Transliterator::createInstance(
                icu::UnicodeString(u"Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, parseError, status));
            if (U_FAILURE(status))
                t.reset();
        }
        return t;
    }();
    return instance.get();
}

// Most non-ASCII words of a Talysh knowledge base are Cyrillic; without Any-Latin and Latin-ASCII (which try
// every script and every Latin letter) they fold four times faster. Used when its output is plain ASCII.
const icu::Transliterator *cyrillicTransliterator()
{
    thread_local const std::unique_ptr<icu::Transliterator> instance
        = makeTransliterator(icu::UnicodeString(azerbaijaniCyrillic) + u"::Russian-Latin/BGN; ::Lower;");
    return instance.get();
}

// Folding through ICU costs microseconds per word; names and words repeat endlessly, so remember them.
// Per thread for the same reason as the transliterator; bounded so a huge import cannot grow it forever.
// Looked up by string_view: the index hashes millions of words, and a key string per lookup cost more than the hash.
struct WordHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
};
// A word's fold, and its skeleton if the word looks like a name (else empty): what the tokenizer and the
// snippets need of every word, found with one look-up.
struct FoldedWord
{
    std::string fold;
    std::string nameSkeleton;
};
using FoldCache = std::unordered_map<std::string, FoldedWord, WordHash, std::equal_to<>>;
FoldCache &foldCache()
{
    thread_local FoldCache cache;
    return cache;
}
// Large enough for the vocabulary of a big import (a million synthetic entities have some 740,000 distinct words,
// most of them non-ASCII): a cache that is cleared halfway through sends every word back to ICU.
constexpr std::size_t foldCacheLimit = 1000000;

constexpr std::array<bool, 128> makeAsciiWord()
{
    std::array<bool, 128> t {};
    for (int c = '0'; c <= '9'; ++c)
        t[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = true;
    return t;
}
constexpr std::array<bool, 128> asciiWord = makeAsciiWord();

enum class CharClass { Other, Word, Ideograph };

CharClass classify(UChar32 c)
{
    // ZWNJ/ZWJ sit inside Persian and Indic words.
    if (c == 0x200C || c == 0x200D)
        return CharClass::Word;
    switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
        // Scripts written without spaces: without a dictionary, one character per word is the honest split.
        if (c >= 0x2E80
            && (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || ublock_getCode(c) == UBLOCK_HIRAGANA
                || ublock_getCode(c) == UBLOCK_KATAKANA))
            return CharClass::Ideograph;
        return CharClass::Word;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
        return CharClass::Word;
    default:
        return CharClass::Other;
    }
}

// Decodes the code point at pos; returns its end, and c < 0 for a broken sequence.
std::size_t decode(std::string_view s, std::size_t pos, UChar32 &c)
{
    int32_t i = int32_t(pos);
    U8_NEXT(s.data(), i, int32_t(s.size()), c);
    return std::size_t(i);
}

// Skips "[[target|" so a link indexes its label; a "[[target]]" without label keeps its target as text.
std::size_t skipLinkTarget(std::string_view s, std::size_t pos)
{
    const std::size_t limit = std::min(s.size(), pos + 2 + 256);
    for (std::size_t i = pos + 2; i < limit; ++i) {
        const char c = s[i];
        if (c == '|')
            return i + 1;
        if (c == ']' || c == '[' || c == '\n')
            break;
    }
    return pos + 2;
}

void keepLatin(const icu::UnicodeString &u, std::string &out)
{
    const int32_t n = u.length();
    for (int32_t i = 0; i < n && out.size() < TextFolder::maxWordBytes; ++i) {
        const char16_t c = u.charAt(i);
        if (c >= 'a' && c <= 'z')
            out += char(c);
        else if (c >= 'A' && c <= 'Z')
            out += char(c - 'A' + 'a');
        else if (c >= '0' && c <= '9')
            out += char(c);
    }
}

// Whether the Cyrillic shortcut left only ASCII (and the BGN soft/hard sign and separator, which go).
bool plainAfterShortcut(const icu::UnicodeString &u)
{
    for (int32_t i = 0; i < u.length(); ++i) {
        const char16_t c = u.charAt(i);
        if (c >= 0x80 && c != 0x02B9 && c != 0x02BA && c != 0x00B7)
            return false;
    }
    return true;
}

bool startsCyrillic(std::string_view word)
{
    for (std::size_t i = 0; i < word.size();) {
        UChar32 c;
        const std::size_t next = decode(word, i, c);
        if (c >= 0x80) {
            UErrorCode status = U_ZERO_ERROR;
            return uscript_getScript(c, &status) == USCRIPT_CYRILLIC;
        }
        i = next;
    }
    return false;
}

void foldUncached(std::string_view word, std::string &out)
{
    const icu::UnicodeString original
        = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
    const icu::Transliterator *fast = startsCyrillic(word) ? cyrillicTransliterator() : nullptr;
    if (fast) {
        icu::UnicodeString u(original);
        fast->transliterate(u);
        if (plainAfterShortcut(u))
            keepLatin(u, out);
    }
    if (out.empty()) {
        if (const icu::Transliterator *t = transliterator()) {
            icu::UnicodeString u(original);
            t->transliterate(u);
            keepLatin(u, out);
        }
    }
    if (!out.empty())
        return;
    // A script ICU cannot romanize still deserves to be found in its own spelling.
    icu::UnicodeString folded(original);
    folded.foldCase();
    std::string utf8;
    folded.toUTF8String(utf8);
    bool hasLetter = false;
    std::size_t cut = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        UChar32 c;
        const std::size_t next = decode(utf8, i, c);
        if (next > TextFolder::maxWordBytes)
            break;
        if (c >= 0 && (u_isalpha(c) || u_isdigit(c)))
            hasLetter = true;
        cut = i = next;
    }
    if (hasLetter)
        out.assign(utf8, 0, cut);
}

inline bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

} // namespace

bool TextFolder::nextWord(std::string_view s, std::size_t &pos, Span &word)
{
    const std::size_t n = s.size();
    auto extend = [&] {
        while (pos < n) {
            const auto b = static_cast<unsigned char>(s[pos]);
            if (b < 0x80) {
                if (!asciiWord[b])
                    break;
                ++pos;
                continue;
            }
            UChar32 c;
            const std::size_t next = decode(s, pos, c);
            if (c < 0 || classify(c) != CharClass::Word)
                break;
            pos = next;
        }
        word.end = pos;
    };
    while (pos < n) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            if (asciiWord[b]) {
                word.begin = pos++;
                extend();
                return true;
            }
            if (b == '[' && pos + 1 < n && s[pos + 1] == '[')
                pos = skipLinkTarget(s, pos);
            else
                ++pos;
            continue;
        }
        UChar32 c;
        const std::size_t next = decode(s, pos, c);
        const CharClass cls = c < 0 ? CharClass::Other : classify(c);
        if (cls == CharClass::Word) {
            word.begin = pos;
            pos = next;
            extend();
            return true;
        }
        if (cls == CharClass::Ideograph) {
            word.begin = pos;
            word.end = pos = next;
            return true;
        }
        pos = next;
    }
    return false;
}

namespace {

bool isAscii(std::string_view word)
{
    for (char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// The common case at index time: no ICU, no allocation beyond out's buffer.
void foldAscii(std::string_view word, std::string &out)
{
    out.clear();
    for (std::size_t i = 0; i < word.size() && out.size() < TextFolder::maxWordBytes; ++i) {
        const char c = word[i];
        if (c >= 'A' && c <= 'Z')
            out += char(c - 'A' + 'a');
        else if (asciiWord[static_cast<unsigned char>(c)])
            out += c;
    }
}

const FoldedWord &foldCached(std::string_view word)
{
    auto &cache = foldCache();
    if (const auto it = cache.find(word); it != cache.end())
        return it->second;
    FoldedWord f;
    foldUncached(word, f.fold);
    if (!f.fold.empty() && TextFolder::looksLikeName(word))
        TextFolder::skeleton(f.fold, f.nameSkeleton);
    if (cache.size() >= foldCacheLimit)
        cache.clear();
    return cache.emplace(word, std::move(f)).first->second;
}

} // namespace

void TextFolder::foldWord(std::string_view word, std::string &out)
{
    if (isAscii(word)) {
        foldAscii(word, out);
        return;
    }
    out = foldCached(word).fold;
}

void TextFolder::foldToken(std::string_view word, std::string &fold, std::string &nameSkeleton)
{
    if (isAscii(word)) {
        foldAscii(word, fold);
        if (!fold.empty() && word.front() >= 'A' && word.front() <= 'Z')
            skeleton(fold, nameSkeleton);
        else
            nameSkeleton.clear();
        return;
    }
    const FoldedWord &f = foldCached(word);
    fold = f.fold;
    nameSkeleton = f.nameSkeleton;
}

bool TextFolder::looksLikeName(std::string_view word)
{
    if (word.empty())
        return false;
    const auto b = static_cast<unsigned char>(word.front());
    if (b < 0x80)
        return b >= 'A' && b <= 'Z';
    UChar32 c;
    decode(word, 0, c);
    if (c < 0)
        return false;
    return u_isupper(c) || u_istitle(c) || (u_isalpha(c) && !u_hasBinaryProperty(c, UCHAR_CASED));
}

namespace {

// The consonant classes of f's first n letters (f: a-z only), as TextFolder::skeleton describes.
void consonants(std::string_view f, std::size_t n, std::string &out)
{
    out.clear();
    char last = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = f[i];
        const char next = i + 1 < n ? f[i + 1] : 0;
        char mapped = 0;
        if (isVowel(c)) {
            last = 0; // a vowel separates: Mamed keeps both m, Mammad's mm collapses to match it
            continue;
        }
        if (next == 'h'
            && (c == 's' || c == 'c' || c == 'z' || c == 'k' || c == 'g' || c == 'p' || c == 't' || c == 'd')) {
            // sh/s, ch/c (Azerbaijani ç), zh/z, kh/x/h, gh/g, ph/f, th/t, dh/d
            static constexpr std::string_view from = "sczkgptd", to = "sczggftd";
            mapped = to[from.find(c)];
            ++i;
        } else if (c == 'd' && next == 'z' && i + 2 < n && f[i + 2] == 'h') {
            mapped = 'j'; // Russian дж romanized as dzh
            i += 2;
        } else if (c == 'd' && next == 'j') {
            mapped = 'j';
            ++i;
        } else if (c == 'c' && next == 'k') {
            mapped = 'g';
            ++i;
        } else {
            switch (c) {
            case 'g':
            case 'h':
            case 'k':
            case 'q':
            case 'x':
                mapped = 'g'; // Гумматов/Hummatov, Qasımov/Kasimov, Xəlil/Khalil
                break;
            case 'w':
                mapped = 'v';
                break;
            default:
                mapped = c;
            }
        }
        if (mapped != last)
            out += mapped;
        last = mapped;
    }
}

bool romanized(std::string_view f)
{
    return std::all_of(f.begin(), f.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

void TextFolder::skeleton(std::string_view f, std::string &out)
{
    out.clear();
    if (f.size() < 3 || !romanized(f))
        return; // numbers and unromanized words have no sound to compare
    std::size_t n = f.size();
    // Abbaszadeh / Аббасзаде / Abbaszadə: a final h is often not written at all.
    if (n >= 4 && f[n - 1] == 'h')
        --n;
    consonants(f, n, out);
    if (out.size() < 2)
        out.clear(); // one consonant would match half the vocabulary
}

void TextFolder::soundPrefixes(std::string_view f, std::string &whole, std::string &shorter)
{
    whole.clear();
    shorter.clear();
    if (f.empty() || !romanized(f))
        return;
    consonants(f, f.size(), whole);
    // A last letter that may join the next one (ph, dj, dzh, ck) or be a final h that is dropped: the sound
    // of the letters before it as well, so that every word with this beginning is covered.
    const char last = f.back();
    std::size_t keep = f.size();
    if (last == 'p' || last == 'd' || last == 'c' || last == 'h')
        keep = f.size() - 1;
    else if (f.ends_with("dz"))
        keep = f.size() - 2;
    if (keep < f.size()) {
        consonants(f, keep, shorter);
        if (shorter == whole)
            shorter.clear();
    }
}

QStringList TextFolder::foldWords(const QString &text)
{
    QStringList words;
    const QByteArray utf8 = text.toUtf8();
    const std::string_view s(utf8.constData(), std::size_t(utf8.size()));
    std::size_t pos = 0;
    Span w;
    std::string folded;
    while (nextWord(s, pos, w)) {
        foldWord(s.substr(w.begin, w.end - w.begin), folded);
        if (!folded.empty())
            words << QString::fromUtf8(folded.data(), qsizetype(folded.size()));
    }
    return words;
}

QString TextFolder::fold(const QString &word)
{
    const QByteArray utf8 = word.toUtf8();
    std::string folded;
    foldWord(std::string_view(utf8.constData(), std::size_t(utf8.size())), folded);
    return QString::fromUtf8(folded.data(), qsizetype(folded.size()));
}

QString TextFolder::skeleton(const QString &folded)
{
    const QByteArray utf8 = folded.toUtf8();
    std::string out;
    skeleton(std::string_view(utf8.constData(), std::size_t(utf8.size())), out);
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

} // namespace tkb
