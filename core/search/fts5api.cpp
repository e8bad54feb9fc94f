// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/fts5api.h>

#include <sqlite3.h>

namespace tkb {

fts5_api *fts5Api(sqlite3 *db)
{
    // The documented way: SELECT fts5(?1) hands the pointer back through sqlite3_bind_pointer.
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api && api->iVersion >= 2 ? api : nullptr;
}

} // namespace tkb
