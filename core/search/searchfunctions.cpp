// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/namekeys.h>
#include <core/search/searchfunctions.h>
#include <core/search/textfolder.h>
#include <core/search/vocabulary.h>

#include <sqlite3.h>
#include <string>

namespace tkb {

namespace {

std::string_view textArg(sqlite3_value *v)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return p ? std::string_view(p, std::size_t(sqlite3_value_bytes(v))) : std::string_view();
}

// Words are letters, marks and digits, but an unromanized fallback could in principle carry anything.
void appendJsonString(std::string &out, std::string_view s)
{
    out += '"';
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void resultJson(sqlite3_context *ctx, std::string &json)
{
    sqlite3_result_text64(ctx, json.data(), json.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void foldFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const std::string_view s = textArg(argv[0]);
    std::string out, folded;
    std::size_t pos = 0;
    TextFolder::Span w;
    while (TextFolder::nextWord(s, pos, w)) {
        TextFolder::foldWord(s.substr(w.begin, w.end - w.begin), folded);
        if (folded.empty())
            continue;
        if (!out.empty())
            out += ' ';
        out += folded;
    }
    resultJson(ctx, out);
}

void nameKeysFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto keys = NameKeys::build(textArg(argv[0]), textArg(argv[1]));
    std::string json = "[";
    for (const NameKeys::Key &k : keys) {
        if (json.size() > 1)
            json += ',';
        json += '[';
        appendJsonString(json, k.key);
        json += ',' + std::to_string(k.flags) + ',' + std::to_string(k.source) + ']';
    }
    json += ']';
    resultJson(ctx, json);
}

// Distinct alphabetic words with their skeleton and the spelling they were written in: the vocabulary
// "did you mean" picks from.
void wordsFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    std::string json = "[";
    for (const Vocabulary::Word &w : Vocabulary::words(textArg(argv[0]))) {
        if (json.size() > 1)
            json += ',';
        json += '[';
        appendJsonString(json, w.fold);
        json += ',';
        appendJsonString(json, w.skeleton);
        json += ',';
        appendJsonString(json, w.original);
        json += ']';
    }
    json += ']';
    resultJson(ctx, json);
}

// Whether this connection defers indexing (SearchIndexWriter::setDeferred): the triggers ask on every row. Also
// keeps what setDeferred changed for the bulk load, to put it back.
struct ConnectionState
{
    bool deferred = false;
    sqlite3_int64 saved = -1;
};

void deferredFunction(sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_result_int(ctx, static_cast<ConnectionState *>(sqlite3_user_data(ctx))->deferred ? 1 : 0);
}

// tkb_search_defer(on [, saved]): switches deferral; returns the value saved before (or -1), then keeps saved.
void deferFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    auto *state = static_cast<ConnectionState *>(sqlite3_user_data(ctx));
    state->deferred = argc > 0 && sqlite3_value_int(argv[0]) != 0;
    sqlite3_result_int64(ctx, state->saved);
    state->saved = argc > 1 ? sqlite3_value_int64(argv[1]) : -1;
}

} // namespace

bool SearchFunctions::registerOn(sqlite3 *db, QString *error)
{
    // INNOCUOUS: the triggers in the schema call these, which SQLite allows only for harmless functions when
    // trusted_schema is off. tkb_search_defer() changes state, so only direct SQL may call it.
    const int pure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    struct Fn
    {
        const char *name;
        int args;
        int flags;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    };
    // The per-connection state belongs to tkb_search_defer, registered first: SQLite frees it when that
    // function goes (with the connection), or at once if registering fails.
    auto *state = new ConnectionState;
    int rc = sqlite3_create_function_v2(db, "tkb_search_defer", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, state,
        deferFunction, nullptr, nullptr, [](void *p) { delete static_cast<ConnectionState *>(p); });
    const Fn functions[] = {
        { "tkb_search_deferred", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, deferredFunction },
        { "tkb_fold", 1, pure, foldFunction },
        { "tkb_name_keys", 2, pure, nameKeysFunction },
        { "tkb_words", 1, pure, wordsFunction },
    };
    for (const Fn &f : functions) {
        if (rc != SQLITE_OK)
            break;
        rc = sqlite3_create_function_v2(
            db, f.name, f.args, f.flags, f.fn == deferredFunction ? state : nullptr, f.fn, nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK) {
        if (error)
            *error
                = QStringLiteral("cannot register the search functions: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

} // namespace tkb
