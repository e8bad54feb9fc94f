// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/foldingtokenizer.h>
#include <core/search/fts5api.h>
#include <core/search/textfolder.h>
#include <core/search/wordstemmer.h>

#include <algorithm>
#include <sqlite3.h>
#include <string>

namespace tkb {

namespace {

// FTS5 wants a non-null handle per tokenizer instance; ours has no state or options.
struct Instance
{
};
Instance theInstance;

int create(void *, const char **, int, ::Fts5Tokenizer **out)
{
    *out = reinterpret_cast<::Fts5Tokenizer *>(&theInstance);
    return SQLITE_OK;
}

void destroy(::Fts5Tokenizer *)
{ }

int tokenize(::Fts5Tokenizer *, void *ctx, int flags, const char *text, int length,
    int (*emit)(void *, int, const char *, int, int, int))
{
    const std::string_view s(text ? text : "", text && length > 0 ? std::size_t(length) : 0);
    // prefix: the last word is the beginning of a word
    return FoldingTokenizer::terms(
        s, (flags & FTS5_TOKENIZE_QUERY) != 0, (flags & FTS5_TOKENIZE_PREFIX) != 0, ctx, emit);
}

} // namespace

int FoldingTokenizer::terms(std::string_view s, bool query, bool prefix, void *ctx, TermSink emit)
{
    // Terms written by SearchIndex carry a marker: a skeleton (marker first, matched as such) or a folded word
    // to be matched as written, without its sound. Either reaches the index unchanged: folding would drop it.
    if (query && !s.empty() && s.front() == TextFolder::skeletonMarker) {
        std::size_t end = 1;
        while (end < s.size() && s[end] >= 'a' && s[end] <= 'z')
            ++end;
        return emit(ctx, 0, s.data(), int(end), 0, int(end));
    }
    if (query && !s.empty() && s.front() == TextFolder::literalMarker)
        return s.size() > 1 ? emit(ctx, 0, s.data() + 1, int(s.size() - 1), 0, int(s.size())) : SQLITE_OK;
    if (query && s.size() > 2 && s.front() == WordStemmer::stemMarker)
        return emit(ctx, 0, s.data(), int(s.size()), 0, int(s.size()));
    thread_local std::string folded, skeleton, shorter, stem;
    // Prose is stemmed in its text's language (a text's Latin words in the one its function words tell); a
    // query, too short to tell, in each language of its script, every stem a term that meets its own only.
    const WordStemmer::Language latin = query ? WordStemmer::Language::English : WordStemmer::latinLanguage(s);
    std::size_t pos = 0;
    TextFolder::Span w;
    while (TextFolder::nextWord(s, pos, w)) {
        const std::string_view word = s.substr(w.begin, w.end - w.begin);
        shorter.clear();
        if (query) {
            // A word typed is its spelling or its sound, whatever its case: FTS5 matches either token. The
            // beginning of a word (an FTS5 prefix query) is also the beginning of a sound: names are in the
            // index by their sound alone.
            TextFolder::foldWord(word, folded);
            std::size_t after = pos;
            TextFolder::Span next;
            if (prefix && !TextFolder::nextWord(s, after, next))
                TextFolder::soundPrefixes(folded, skeleton, shorter);
            else
                TextFolder::skeleton(folded, skeleton);
        } else {
            // A name-like word is indexed by its sound alone: its spelling as a term of its own would find,
            // besides the rows its skeleton finds, only the rows that write it in lower case, and FTS5 would
            // read a doclist as long as the skeleton's for every name searched. Prose keeps its spelling.
            TextFolder::foldToken(word, folded, skeleton);
        }
        if (folded.empty())
            continue;
        const bool spelling = query || skeleton.empty();
        if (spelling) {
            const int rc = emit(ctx, 0, folded.data(), int(folded.size()), int(w.begin), int(w.end));
            if (rc != SQLITE_OK)
                return rc;
        }
        if (!skeleton.empty()) {
            skeleton.insert(skeleton.begin(), TextFolder::skeletonMarker);
            int rc = emit(ctx, spelling ? FTS5_TOKEN_COLOCATED : 0, skeleton.data(), int(skeleton.size()), int(w.begin),
                int(w.end));
            if (rc == SQLITE_OK && !shorter.empty()) {
                shorter.insert(shorter.begin(), TextFolder::skeletonMarker);
                rc = emit(ctx, FTS5_TOKEN_COLOCATED, shorter.data(), int(shorter.size()), int(w.begin), int(w.end));
            }
            if (rc != SQLITE_OK)
                return rc;
        }
        // Word forms: a name (a capitalized word) is never stemmed, but German writes every noun so.
        if (!query && !spelling && latin != WordStemmer::Language::German)
            continue;
        const auto emitStem = [&](WordStemmer::Language language, bool always) {
            const bool changed = WordStemmer::stem(language, word, stem);
            // The index keeps every stem, as files indexed before hold them; a query only those that find forms.
            if (stem.empty() || !(changed || always) || (query && !WordStemmer::findsForms(stem)))
                return SQLITE_OK;
            const std::string term = WordStemmer::term(language, stem);
            return emit(ctx, FTS5_TOKEN_COLOCATED, term.data(), int(term.size()), int(w.begin), int(w.end));
        };
        if (query && !prefix) {
            for (const WordStemmer::Language language : WordStemmer::queryLanguages(word)) {
                if (const int rc = emitStem(language, true); rc != SQLITE_OK)
                    return rc;
            }
        } else if (!query) {
            if (const int rc = emitStem(WordStemmer::languageOf(word, latin), false); rc != SQLITE_OK)
                return rc;
        }
    }
    return SQLITE_OK;
}

std::vector<std::string> FoldingTokenizer::documentTerms(std::string_view text)
{
    std::vector<std::string> out;
    terms(text, false, false, &out, [](void *ctx, int, const char *term, int bytes, int, int) {
        static_cast<std::vector<std::string> *>(ctx)->emplace_back(term, std::size_t(bytes));
        return SQLITE_OK;
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool FoldingTokenizer::registerOn(sqlite3 *db, QString *error)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        if (error)
            *error = QStringLiteral("this SQLite library was built without FTS5 (%1)")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    static fts5_tokenizer tokenizer { create, destroy, tokenize };
    const int rc = api->xCreateTokenizer(api, name, nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error
                = QStringLiteral("cannot register the search tokenizer: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

} // namespace tkb
