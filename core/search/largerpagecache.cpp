// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/largerpagecache_p.h>

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tkb {

LargerPageCache::LargerPageCache(QSqlDatabase db)
    : m_db(db)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_previous = q.value(0).toInt();
    q.finish();
    if (m_previous > -kibibytes && m_previous < kibibytes / 4)
        q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kibibytes));
}

LargerPageCache::~LargerPageCache()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous));
}

} // namespace tkb
