// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rows for one table gathered column by column and inserted in one statement, each column bound as an array literal
// that the server unnests: a round trip per row made writing a large base on a server take hours.
#include <core/server/pgarrayliteral_p.h>

#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>

class QSqlQuery;

namespace tkb {

class StatementCache;

class ServerRowBatch
{
public:
    /// insertSql takes one array per column, in the order add() gives them, e.g. "INSERT INTO t(a, b) SELECT * FROM
    /// unnest(CAST(? AS text[]), CAST(? AS bigint[]))".
    ServerRowBatch(const QString &insertSql, int columns);

    /// One row: a null QVariant is NULL, an integer an integer, anything else its text.
    void add(std::initializer_list<QVariant> row);
    qsizetype rows() const { return m_rows; }
    /// Inserts the rows gathered (none: nothing) and empties the batch; returned sees each row the statement
    /// returns (RETURNING). error: the server's.
    bool flush(
        StatementCache &statements, QSqlError *error, const std::function<void(const QSqlQuery &)> &returned = {});

private:
    QString m_sql;
    QList<PgArrayLiteral> m_columns;
    qsizetype m_rows = 0;
};

} // namespace tkb
