#pragma once
// The "tkb" FTS5 tokenizer: TextFolder's words reported at their original byte offsets (so highlights show
// the text as written), each name-like word followed, when indexing, by its skeleton as a colocated token.
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
