// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens one knowledge base on a PostgreSQL server: connects through Qt's QPSQL driver, refuses a database that is
// another program's or was written by a newer version, creates the schema in an empty database (CreateOrOpen)
// or upgrades an older one in one transaction, and finds out whether this user may write.
#include <core/server/serveraddress.h>
#include <core/store/knowledgebase.h>

#include <QSqlDatabase>

namespace tkb {

class ServerOpener
{
public:
    ServerOpener(const ServerAddress &address, KnowledgeBase::OpenMode mode);
    /// A connection not taken by takeConnection() is closed and removed.
    ~ServerOpener();
    ServerOpener(const ServerOpener &) = delete;
    ServerOpener &operator=(const ServerOpener &) = delete;

    /// error must not be null.
    bool open(StoreError *error);
    bool isReadOnly() const { return m_readOnly; }
    /// The database user this connection writes as (what revisions record as their author).
    QString user() const { return m_user; }
    /// Hands the open connection over by its name; the caller closes and removes it.
    QString takeConnection();

private:
    bool connect(StoreError *error);
    bool prepareSchema(StoreError *error);
    bool upgrade(StoreError *error);
    StoreError failure(const QString &what, const QSqlError &e) const;

    ServerAddress m_address;
    KnowledgeBase::OpenMode m_mode;
    bool m_readOnly = false;
    QString m_user;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace tkb
