// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/sqlitehandle_p.h>
#include <core/server/serverschema.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tkb {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
    , m_server(db.driverName() == QLatin1String("QPSQL"))
{ }

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::exec(const QString &sql, QSqlError *why)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (why)
        *why = q.lastError();
    return false;
}

bool WriteTransaction::start(QSqlError *why)
{
    if (!m_server) {
        m_active = exec(QStringLiteral("BEGIN IMMEDIATE"), why);
        return m_active;
    }
    // The server's BEGIN IMMEDIATE: one writer at a time, so what a write reads first (a document's before) is
    // still so when it commits.
    m_active = exec(QStringLiteral("BEGIN"), why);
    if (m_active && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ServerSchema::writeLock), why))
        rollback();
    return m_active;
}

bool WriteTransaction::finish(QSqlError *why)
{
    if (exec(QStringLiteral("COMMIT"), why)) {
        m_active = false;
        return true;
    }
    rollback();
    return false;
}

bool WriteTransaction::begin(QString *error)
{
    QSqlError why;
    if (start(&why))
        return true;
    if (error)
        *error = why.text();
    return false;
}

bool WriteTransaction::begin(const SqlErrorMapper &errors, StoreError *error)
{
    if (errors.isReadOnly()) {
        if (error)
            *error = errors.readOnlyRefusal();
        return false;
    }
    if (errors.writeHold().isError()) {
        if (error)
            *error = errors.writeHold();
        return false;
    }
    QSqlError why;
    if (start(&why))
        return true;
    if (error)
        *error = errors.map(QStringLiteral("starting a write"), why);
    return false;
}

bool WriteTransaction::commit(QString *error)
{
    QSqlError why;
    if (finish(&why))
        return true;
    if (error)
        *error = why.text();
    return false;
}

bool WriteTransaction::commit(const SqlErrorMapper &errors, StoreError *error)
{
    QSqlError why;
    if (finish(&why))
        return true;
    if (error)
        *error = errors.map(QStringLiteral("saving"), why);
    return false;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    exec(QStringLiteral("ROLLBACK"), nullptr);
}

bool WriteTransaction::isOpenOn(const QSqlDatabase &db)
{
    sqlite3 *h = sqliteHandle(db);
    return h && !sqlite3_get_autocommit(h);
}

} // namespace tkb
