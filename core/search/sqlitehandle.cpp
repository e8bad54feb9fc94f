// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/sqlitehandle_p.h>

#include <QSqlDriver>
#include <QVariant>

namespace tkb {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace tkb
