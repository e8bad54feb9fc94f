// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes the full-text search index: the FTS5, name and word tables and the triggers that keep them in step with
// the entity and section tables, rebuilds, deferred indexing for bulk loads, and the integrity check. SearchIndex
// runs the queries.
#include <QSqlDatabase>
#include <QStringList>

namespace tkb {

class SearchIndexWriter
{
public:
    SearchIndexWriter() = delete;

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
};

} // namespace tkb
