// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite connection under a QSqlDatabase: the Qt plugin links the same system libsqlite3 as we do, so its
// handle takes our tokenizer and functions, and our hot paths skip QSqlQuery's per-call QVariant work.
#include <QSqlDatabase>

struct sqlite3;

namespace tkb {

/// Null when the connection is not an open SQLite connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace tkb
