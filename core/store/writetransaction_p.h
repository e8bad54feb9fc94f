// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One write to a knowledge base, all or nothing: BEGIN IMMEDIATE in begin() (on a server: BEGIN and a lock), COMMIT in
// commit(), and a ROLLBACK when the guard goes without a commit (an early return, a failed step), so no path leaves a
// write half-done. On a server a commit that wrote anything notifies the other clients (ServerSchema::changeChannel).
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace tkb {

class SqlErrorMapper;
struct StoreError;

class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Takes the write lock now (a second writer waits its busy timeout instead of failing mid-way). A base
    /// open read-only is refused before SQLite is asked.
    bool begin(const SqlErrorMapper &errors, StoreError *error);
    bool begin(QString *error = nullptr);
    /// Begins a transaction that the writes made inside it join: their own WriteTransactions neither begin nor
    /// commit, so several writes (a whole push: pack, history, names) commit as one or not at all. A write inside
    /// that fails dooms it: commit() then rolls everything back.
    bool beginEnclosing(const SqlErrorMapper &errors, StoreError *error);
    /// On failure the write is rolled back: nothing was changed.
    bool commit(const SqlErrorMapper &errors, StoreError *error);
    bool commit(QString *error = nullptr);
    void rollback();

    bool isActive() const { return m_active; }
    /// Whether a transaction is already open on the connection (a caller's), so a nested BEGIN would fail.
    static bool isOpenOn(const QSqlDatabase &db);

private:
    bool exec(const QString &sql, QSqlError *why);
    bool start(QSqlError *why);
    bool finish(QSqlError *why); ///< COMMIT, or ROLLBACK when that fails
    void mark(const char *name, bool on);
    void endEnclosing();
    bool marked(const char *name) const;

    QSqlDatabase m_db;
    bool m_server; ///< a PostgreSQL connection (core/server) rather than an SQLite file
    bool m_active = false;
    bool m_joined = false; ///< inside an enclosing transaction: no BEGIN or COMMIT of its own
    bool m_enclosing = false;
};

} // namespace tkb
