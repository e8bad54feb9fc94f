// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Full-text search over a knowledge base, the reading side: ranked hits, type-ahead and "did you mean" over the
// FTS5 tables that SearchIndexWriter keeps in step with the entity and section tables, through a folding
// tokenizer so every spelling and script meets.
#include <core/search/searchhit.h>
#include <core/search/searchquery.h>
#include <core/search/suggestion.h>

#include <QStringList>

#include <memory>

namespace tkb {

struct SearchStatements;

class SearchIndex
{
public:
    static constexpr QChar markStart { u'\x02' };
    static constexpr QChar markEnd { u'\x03' };

    /// The database a SearchIndex reads, and its statements. Only core makes one (makeSearchIndex() in
    /// searchindex_p.h), so that nothing outside core reaches the database through a SearchIndex.
    struct Connection;
    explicit SearchIndex(std::unique_ptr<Connection> connection);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /// Best first. Never fails on user text: odd input gives an empty list. error is set only for I/O trouble.
    QList<SearchHit> search(const SearchQuery &query, QString *error = nullptr) const;
    /// Names and aliases starting with the words typed (any script), best first; while the last chunk is a
    /// filter being typed ("in:Hi", "kind:p", "source:"), the filter's completions instead (Suggestion::completion).
    QList<Suggestion> suggest(const QString &prefix, int limit = 10) const;
    /// Close spellings of the query's words that do occur, for a "Did you mean ..." line; empty if none
    /// (SpellingSuggester).
    QStringList didYouMean(const QString &query, int limit = 3) const;
    /// The FTS5 expression search() matches the entities' text with: each word in its spelling and by its
    /// sound, the last one also as its completions while typed. Empty when the words reach no text. For
    /// comparisons (the benchmark runs it as a bare FTS5 query) and diagnostics.
    QString textExpression(const SearchQuery &query) const;

private:
    SearchStatements &statements() const;
    QList<Suggestion> filterCompletions(const QString &prefix, int limit) const;

    std::unique_ptr<Connection> m_connection;
};

} // namespace tkb
