// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fills the name-key and word tables for many rows at once. The triggers do it row by row through JSON and
// inserts all over the B-tree; here the rows are read once, their keys and words computed and sorted on a
// second thread while the caller builds the FTS5 index, then written in key order, many rows per statement.
#include <QString>

#include <memory>

struct sqlite3;

namespace tkb {

class BulkIndexer
{
public:
    /// Reads the rows to index (entitySql selects rowid, kind, name, aliases_text; sectionSql one text per
    /// source section, whose words join the vocabulary) and starts working on them in the background.
    BulkIndexer(sqlite3 *db, const char *entitySql, const char *sectionSql);
    ~BulkIndexer();
    BulkIndexer(const BulkIndexer &) = delete;
    BulkIndexer &operator=(const BulkIndexer &) = delete;

    /// Waits for the background work and writes the keys and words, inside the caller's transaction.
    bool finish(QString *error);

private:
    struct Work;
    std::unique_ptr<Work> m_work;
};

} // namespace tkb
