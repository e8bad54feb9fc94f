// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The "tkb" FTS5 tokenizer: TextFolder's words reported at their original byte offsets (so highlights show
// the text as written). In the index, a name-like word that has a sound is its skeleton alone, every other
// word its folded spelling; in a query, a word is its spelling and, colocated, its skeleton: FTS5 matches
// either, which finds every row either term found when names were indexed by both.
#include <QString>

struct sqlite3;

namespace tkb {

class FoldingTokenizer
{
public:
    /// Name used in tokenize='...' of the search tables.
    static constexpr const char *name = "tkb";
    /// Registers the tokenizer on one connection (tokenizers are per connection, not stored in the file).
    static bool registerOn(sqlite3 *db, QString *error);
};

} // namespace tkb
