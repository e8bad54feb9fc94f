// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a KnowledgeBase holds behind its public face: the connection (to a file or a server) and the parts that
// work on it.
#include <core/store/entityreader_p.h>
#include <core/store/entitywriter_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/statementcache_p.h>

#include <QSqlDatabase>

#include <memory>

struct sqlite3;

namespace tkb {

struct KnowledgeBase::Private
{
    /// Takes over an open connection by its name (FileOpener::takeConnection); closes and removes it when it goes.
    /// server: the connection is to a PostgreSQL server (core/server) and path is its address.
    Private(const QString &path, bool readOnly, const QString &connectionName, bool server = false);
    ~Private();
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;

    static Private &of(const KnowledgeBase &kb) { return *kb.d; }

    const QString path;
    const bool readOnly;
    const bool server;
    const QString connectionName;
    QString serverUser; ///< on a server, the database user each change set records as its author
    QSqlDatabase db;
    SqlErrorMapper errors; ///< not const: it holds writes back until a deferred check has passed
    StatementCache statements;
    EntityReader reader;
    EntityWriter writer;
    std::unique_ptr<SearchIndex> search;
    sqlite3 *handle = nullptr; ///< for interrupt() from another thread
};

} // namespace tkb
