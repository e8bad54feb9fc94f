// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns what SQLite (or the PostgreSQL server) reported about one knowledge base into a StoreError: a code a program
// can act on and a message that names the file (or the server's address) and says what to do.
#include <core/store/storeerror.h>

#include <QString>

class QSqlError;

namespace tkb {

class SqlErrorMapper
{
public:
    /// server: path is a server's address and errors carry PostgreSQL's SQLSTATE codes.
    SqlErrorMapper(const QString &path, bool readOnly, bool server = false);

    /// what: the step that failed, in words ("saving", "reading the header"...).
    StoreError map(const QString &what, const QSqlError &e) const;
    /// The refusal of a write asked of a base opened read-only.
    StoreError readOnlyRefusal() const;

    bool isReadOnly() const { return m_readOnly; }
    /// Writes wait for the full check of a file opened without it: while held, every write is refused with
    /// refusal (Unverified while the check runs, Damaged when it failed). An empty refusal lets them through.
    void holdWrites(const StoreError &refusal) { m_hold = refusal; }
    const StoreError &writeHold() const { return m_hold; }
    /// The file's path as the person's system writes it.
    QString file() const;

private:
    StoreError mapServer(const QString &what, const QSqlError &e) const;

    QString m_path;
    bool m_readOnly;
    bool m_server;
    StoreError m_hold;
};

} // namespace tkb
