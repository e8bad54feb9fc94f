// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/statementcache_p.h>

namespace tkb {

StatementCache::StatementCache(const QSqlDatabase &db, qsizetype limit)
    : m_db(db)
    , m_limit(limit)
{ }

QSqlQuery &StatementCache::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_limit > 0 && m_statements.size() >= m_limit)
            m_statements.clear();
        it = m_statements.insert(sql, QSqlQuery(m_db));
        it->prepare(sql);
    }
    return *it;
}

} // namespace tkb
