// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a line of user text asks the search for: its words, folded and skeletonized, and optional filters
// ("kind:person", dates, a section, a source: SearchFilter). The FTS5 expressions and name keys are built from those
// words alone, each a quoted folded term, so quotes, operators, colons and parentheses in user text are only ever words
// or nothing.
#include <core/model/entitykind.h>
#include <core/search/searchfilter.h>

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tkb {

class ParsedQuery
{
public:
    struct Word
    {
        QString original;
        std::string fold;
        std::string skeleton; ///< without the marker; empty when the word has none
        /// Its stem in each language of its script, as terms (WordStemmer::term), and the folded spellings of
        /// those stems that are their own stem: the words of other forms it also finds.
        std::vector<std::string> stems;
        std::vector<std::string> stemFolds;
    };

    /// More words than this are ignored: a pasted paragraph is not a question, and every word costs a join.
    static constexpr int maxWords = 12;
    /// A last-word prefix shorter than this is matched against names only (a B-tree range), not against the
    /// text: "t*" over a million bodies would be slow and tell the reader nothing.
    static constexpr std::size_t minTextPrefixBytes = 3;

    static ParsedQuery parse(const QString &text, bool prefix);

    const std::vector<Word> &words() const { return m_words; }
    std::optional<EntityKind> kind() const { return m_kind; }
    /// Dates, section and source asked for besides the kind ("1993..2008", "in:History", "source:unpo").
    const SearchFilter &filter() const { return m_filter; }
    bool prefix() const { return m_prefix; }
    bool isEmpty() const { return m_words.empty(); }
    /// Whether the last word is long enough to be matched as a prefix against skeletons and text.
    bool lastWordReachesText() const;
    /// Whether the last word is a prefix to be searched in the text, as itself and its completions. Never as
    /// an FTS5 prefix query: that makes FTS5 merge the whole doclist of every completion before it returns a
    /// row (tens of milliseconds for a common word at 100k entities), and its prefix indexes would cost as
    /// much to build as the index itself.
    bool lastWordNeedsCompletions() const;
    /// Known words (folded) that the last word may be the beginning of, and skeletons its skeleton may be the
    /// beginning of (without the marker): a skeleton stands for every spelling of the names that sound so.
    void setCompletions(std::vector<std::string> folds, std::vector<std::string> skeletons)
    {
        m_completions = std::move(folds);
        m_skeletonCompletions = std::move(skeletons);
    }

    /// FTS5 expression over every column, all words required (each in its spelling, as a literal term, or by
    /// its sound, as a skeleton term; the last one also as its completions if it is a prefix). Empty when no
    /// word can be matched in text.
    std::string ftsExpression() const;
    /// The same terms as the index holds them (a folded word, a skeleton with its marker, a stem term), one group
    /// per word: a row matches when it holds a term of every group. What a server matches its stored terms with.
    std::vector<std::vector<std::string>> termGroups() const;
    /// Whether a term of termGroups() is a word's other form (WordStemmer::term), which ranks lower.
    static bool isStemTerm(std::string_view term);
    /// An expression restricted to the given columns (space-separated; none: every column) and, with kind, also
    /// requiring the kind column. Empty stays empty.
    static std::string restricted(
        const std::string &expression, std::string_view columns, std::optional<EntityKind> kind = std::nullopt);
    /// One FTS5 term: the word after the marker (TextFolder::literalMarker or skeletonMarker), quoted.
    static std::string quotedTerm(std::string_view word, char marker);
    /// Whether the FTS5 expression would hold one of these (folded) words as a term of its own.
    bool hasTermAmong(const std::vector<std::string> &words) const;
    /// The folded words joined by spaces, as name keys are written.
    std::string nameKey() const;
    /// The same in skeletons, as phonetic name keys are written.
    std::string phoneticKey() const;
    /// Whether a document word (folded, and its skeleton) is one the query asked for.
    bool matches(std::string_view fold, std::string_view skeleton) const;
    /// Whether a document word's stem term (WordStemmer::term) is one of the query's word forms.
    bool matchesStem(std::string_view term) const;
    /// Whether any word has word forms to look for (else snippets need not stem the text).
    bool hasStems() const;

private:
    std::vector<Word> m_words;
    std::optional<EntityKind> m_kind;
    SearchFilter m_filter;
    bool m_prefix = true;
    std::vector<std::string> m_completions;
    std::vector<std::string> m_skeletonCompletions;
};

} // namespace tkb
