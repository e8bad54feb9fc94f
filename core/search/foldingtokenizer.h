// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "tkb" FTS5 tokenizer: TextFolder's words reported at their original byte offsets (so highlights show
// the text as written). In the index, a name-like word that has a sound is its skeleton alone, every other
// word its folded spelling; in a query, a word is its spelling and, colocated, its skeleton: FTS5 matches
// either, which finds every row either term found when names were indexed by both.
#include <QString>

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace tkb {

class FoldingTokenizer
{
public:
    /// Name used in tokenize='...' of the search tables.
    static constexpr const char *name = "tkb";
    /// Registers the tokenizer on one connection (tokenizers are per connection, not stored in the file).
    static bool registerOn(sqlite3 *db, QString *error);

    /// Where terms go: FTS5's own callback (context, 1 for a term colocated with the one before or 0, the term
    /// and its bytes, the word's byte offsets in the text); anything but 0 stops and is returned.
    using TermSink = int (*)(void *ctx, int flags, const char *term, int bytes, int begin, int end);
    /// The terms of a text, as the index holds them or (query) as a query asks for them, prefix: its last word
    /// being typed. The one loop both engines run: FTS5 through this tokenizer, a server through documentTerms().
    static int terms(std::string_view text, bool query, bool prefix, void *ctx, TermSink sink);
    /// The distinct terms the index holds for one column's text, sorted: what a server stores (ServerTextIndex).
    static std::vector<std::string> documentTerms(std::string_view text);
};

} // namespace tkb
