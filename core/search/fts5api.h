// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds the FTS5 extension API of a connection, through which tokenizers and ranking functions register.
struct sqlite3;
struct fts5_api;

namespace tkb {

/// The connection's fts5_api, or nullptr if this SQLite has no FTS5.
fts5_api *fts5Api(sqlite3 *db);

} // namespace tkb
