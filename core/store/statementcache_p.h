// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Statements prepared once per connection: the write path runs the same few thousands of times, and preparing
// the statements that fire the search triggers costs more than running them.
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tkb {

class StatementCache
{
public:
    /// At most limit statements (0: any number): past it, all are dropped and prepared again as they come.
    explicit StatementCache(const QSqlDatabase &db, qsizetype limit = 0);

    /// The statement for sql, prepared on first use; finish() it when its rows are read. The reference holds until the
    /// next call.
    QSqlQuery &statement(const QString &sql);
    /// Drops every statement (before the connection closes).
    void clear() { m_statements.clear(); }

private:
    const QSqlDatabase &m_db;
    qsizetype m_limit;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace tkb
