// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/serverrowbatch_p.h>
#include <core/store/statementcache_p.h>

#include <QSqlError>
#include <QSqlQuery>

namespace tkb {

ServerRowBatch::ServerRowBatch(const QString &insertSql, int columns)
    : m_sql(insertSql)
    , m_columns(columns)
{ }

void ServerRowBatch::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns.size());
    qsizetype i = 0;
    for (const QVariant &v : row) {
        PgArrayLiteral &column = m_columns[i++];
        if (v.isNull())
            column.appendNull();
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            column.appendInteger(v.toLongLong());
        else
            column.appendText(v.toString());
    }
    ++m_rows;
}

bool ServerRowBatch::flush(
    StatementCache &statements, QSqlError *error, const std::function<void(const QSqlQuery &)> &returned)
{
    if (m_rows == 0)
        return true;
    QSqlQuery &q = statements.statement(m_sql);
    for (const PgArrayLiteral &column : std::as_const(m_columns))
        q.addBindValue(column.literal());
    const bool ok = q.exec();
    if (!ok && error)
        *error = q.lastError();
    while (ok && returned && q.next())
        returned(q);
    q.finish();
    for (PgArrayLiteral &column : m_columns)
        column.clear();
    m_rows = 0;
    return ok;
}

} // namespace tkb
