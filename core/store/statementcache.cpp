// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/statementcache_p.h>

namespace tkb {

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{ }

QSqlQuery &StatementCache::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db));
        it->prepare(sql);
    }
    return *it;
}

} // namespace tkb
