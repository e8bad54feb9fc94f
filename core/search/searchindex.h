#pragma once
// Full-text search over a knowledge base: FTS5 tables kept in step with the entity and section tables by
// triggers, a folding tokenizer so every spelling and script meets, type-ahead and "did you mean".
#include <core/search/searchhit.h>
#include <core/search/searchquery.h>
#include <core/search/suggestion.h>

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace tkb {

class SearchIndex
{
public:
    static constexpr QChar markStart{u'\x02'};
    static constexpr QChar markEnd{u'\x03'};

    /// Registers the folding FTS5 tokenizer (and any SQL functions the triggers use) on this connection. Must run
    /// on every connection before any
    /// statement touches the search tables (KnowledgeBase does it at open).
    static bool prepareConnection(QSqlDatabase &db, QString *error);
    /// DDL for the search tables and the triggers that keep them in step; run inside the migration that
    /// introduces them. Idempotent is not required: a migration runs once.
    static QStringList schemaStatements();
    /// Schema 3: the skeleton index of search_word also holds the counts, so the sound completions of a word
    /// being typed (hundreds of words for a common first name at a million entities) are read from the index
    /// alone, not each looked up in the table.
    static QStringList coveringSkeletonIndex();
    /// Repopulates every search table from the entity/alias/section tables (inside the caller's transaction).
    static bool rebuild(QSqlDatabase &db, QString *error);
    /// FTS5 'integrity-check' on each search table; appends problems.
    static bool integrityCheck(QSqlDatabase &db, QStringList *problems);

    /// Bulk loading. The triggers index each row as it is written, which costs FTS5 a flush per statement;
    /// while deferred (this connection only), they merely queue the rows, and indexDeferred() indexes the
    /// queue in a few set-wise statements (three to four times faster for large imports). Call
    /// indexDeferred() before committing the transaction that wrote the rows, else searches miss them.
    /// While deferred, the connection also keeps its temporary storage (statement journals) in memory;
    /// switching it drops the connection's TEMP tables, which the store has none of.
    static bool setDeferred(QSqlDatabase &db, bool deferred, QString *error = nullptr);
    static bool indexDeferred(QSqlDatabase &db, QString *error = nullptr);

    explicit SearchIndex(QSqlDatabase db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /// Best first. Never fails on user text: odd input gives an empty list. error is set only for I/O trouble.
    QList<SearchHit> search(const SearchQuery &query, QString *error = nullptr) const;
    /// Names and aliases starting with the words typed (any script), best first.
    QList<Suggestion> suggest(const QString &prefix, int limit = 10) const;
    /// Close spellings of the query's words that do occur, for a "Did you mean ..." line; empty if none.
    QStringList didYouMean(const QString &query, int limit = 3) const;
    /// The FTS5 expression search() matches the entities' text with: each word in its spelling and by its
    /// sound, the last one also as its completions while typed. Empty when the words reach no text. For
    /// comparisons (the benchmark runs it as a bare FTS5 query) and diagnostics.
    QString textExpression(const SearchQuery &query) const;

private:
    struct Statements;
    Statements &statements() const;

    QSqlDatabase m_db;
    mutable std::unique_ptr<Statements> m_statements; ///< prepared once: type-ahead runs a search per key
};

} // namespace tkb
