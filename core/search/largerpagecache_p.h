// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Raises a connection's page cache for one large piece of work (a bulk load, indexing a big queue) and puts the
// old size back afterwards. The name keys and text-index segments of a large base run to hundreds of megabytes,
// and with SQLite's default 2 MB cache every miss is a read and a write. Only ever raised, never lowered.
#include <QSqlDatabase>

namespace tkb {

class LargerPageCache
{
public:
    static constexpr int kibibytes = 256 * 1024;

    explicit LargerPageCache(QSqlDatabase db);
    ~LargerPageCache();
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -2000; ///< as PRAGMA cache_size reports it: pages when positive, KiB when negative
};

} // namespace tkb
