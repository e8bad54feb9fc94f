// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One prepared SQLite statement on a connection, used straight through the C API where a search runs many
// small queries per keystroke and QSqlQuery's per-call QVariant work would cost more than SQLite itself.
#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tkb {

class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// Binding copies the value, so temporaries are fine. Indexes start at 1, as in SQL.
    void bind(int index, std::string_view text);
    void bind(int index, const QString &text);
    void bind(int index, std::int64_t value);
    /// Next row: true while there is one; false at the end or on error (see failed()).
    bool next();
    /// Ready to run again, releasing its read of the database; always call when done with the rows.
    void reset();
    bool failed() const { return m_failed; }
    /// The SQLite message for the last failure.
    QString errorText() const { return m_error; }

    std::int64_t int64(int column) const;
    double real(int column) const;
    /// Valid until the next call to next() or reset().
    std::string_view text(int column) const;
    QString string(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    QString m_error;
};

} // namespace tkb
