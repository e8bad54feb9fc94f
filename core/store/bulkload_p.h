// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Makes one large write (an import of many thousands of entities) fast without making it less safe: search
// indexing is deferred to one set-wise pass, the page cache is larger, commits do not wait for the disk (WAL
// with synchronous=NORMAL: a power cut may lose the last commits, never the file), and, on request, the
// list-order indexes of the entity table are dropped and rebuilt by one sort at the end.
//
// Use: begin() before (or inside) the first transaction that writes, finish() inside the last one before
// COMMIT. Settings are restored when the object goes. A process that dies in between leaves a note in the
// meta table; recover() (run by KnowledgeBase at every read-write open) rebuilds the indexes it names and
// indexes rows still queued, so a crash costs time, never an index.
#include <core/search/largerpagecache_p.h>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace tkb {

class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase db);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    /// Starts bulk mode on this connection. With dropIndexes, the entity table's own indexes (not its
    /// uniqueness constraints) are dropped in the current transaction, or in one of their own outside one.
    bool begin(bool dropIndexes, QString *error);
    /// Rebuilds the dropped indexes and indexes every queued row, in the caller's transaction.
    bool finish(QString *error);

    /// Re-creates the list indexes a bulk load dropped (one sort each), in the caller's transaction.
    static bool rebuildListIndexes(QSqlDatabase &db, QString *error);
    /// Repairs what an interrupted bulk load left (see above); a no-op on a base that needs nothing.
    static bool recover(QSqlDatabase &db, QString *error);
    /// The meta key under which the dropped indexes' SQL is kept until they are rebuilt.
    static constexpr const char *pendingIndexesKey = "bulk_load_pending_indexes";

private:
    void restoreSettings();

    QSqlDatabase m_db;
    bool m_active = false;
    std::optional<LargerPageCache> m_cache;
    int m_synchronous = 2;
    bool m_leftLog = false; ///< switched from the write-ahead log to a rollback journal for the load
};

} // namespace tkb
