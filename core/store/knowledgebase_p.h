// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a KnowledgeBase holds behind its public face: the connection and the parts that work on it.
#include <core/store/entityreader_p.h>
#include <core/store/entitywriter_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/statementcache_p.h>

#include <QSqlDatabase>

#include <memory>

namespace tkb {

struct KnowledgeBase::Private
{
    /// Takes over an open connection by its name (FileOpener::takeConnection); closes and removes it when it goes.
    Private(const QString &path, bool readOnly, const QString &connectionName);
    ~Private();
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;

    static Private &of(const KnowledgeBase &kb) { return *kb.d; }

    const QString path;
    const bool readOnly;
    const QString connectionName;
    QSqlDatabase db;
    const SqlErrorMapper errors;
    StatementCache statements;
    EntityReader reader;
    EntityWriter writer;
    std::unique_ptr<SearchIndex> search;
};

} // namespace tkb
