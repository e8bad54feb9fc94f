// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/sqlitehandle_p.h>
#include <core/server/serverschema.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace tkb {

namespace {

// Marks on the connection's driver (one per connection): an enclosing transaction is open, and a write inside it
// has failed.
constexpr const char *enclosingMark = "talyshkb_enclosing_write";
constexpr const char *doomedMark = "talyshkb_doomed_write";

} // namespace

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

void WriteTransaction::mark(const char *name, bool on)
{
    if (QSqlDriver *driver = m_db.driver())
        driver->setProperty(name, on ? QVariant(true) : QVariant());
}

bool WriteTransaction::marked(const char *name) const
{
    const QSqlDriver *driver = m_db.driver();
    return driver && driver->property(name).toBool();
}

bool WriteTransaction::start(QSqlError *why)
{
    if (marked(enclosingMark)) {
        m_joined = m_active = true;
        return true;
    }
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
    if (m_joined) {
        m_active = false; // the enclosing transaction commits
        return true;
    }
    if (m_enclosing && marked(doomedMark)) {
        if (why)
            *why = QSqlError(QStringLiteral("A write inside the transaction failed; nothing was changed."), {},
                QSqlError::TransactionError);
        rollback();
        return false;
    }
    // Only a transaction that wrote has a transaction id: one that changed nothing tells nobody.
    if (m_server
        && !exec(QStringLiteral("SELECT pg_notify('%1', '') WHERE pg_current_xact_id_if_assigned() IS NOT NULL")
                     .arg(QLatin1String(ServerSchema::changeChannel)),
            why)) {
        rollback();
        return false;
    }
    if (exec(QStringLiteral("COMMIT"), why)) {
        m_active = false;
        endEnclosing();
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
    if (m_joined) {
        mark(doomedMark, true);
        return;
    }
    exec(QStringLiteral("ROLLBACK"), nullptr);
    endEnclosing();
}

void WriteTransaction::endEnclosing()
{
    if (!m_enclosing)
        return;
    m_enclosing = false;
    mark(enclosingMark, false);
    mark(doomedMark, false);
}

bool WriteTransaction::beginEnclosing(const SqlErrorMapper &errors, StoreError *error)
{
    if (!begin(errors, error))
        return false;
    if (m_joined) { // inside another enclosing transaction: leave that one alone
        m_active = m_joined = false;
        if (error)
            *error = StoreError::make(StoreError::Code::Io, QStringLiteral("A write transaction is already open."));
        return false;
    }
    m_enclosing = true;
    mark(doomedMark, false);
    mark(enclosingMark, true);
    return true;
}

bool WriteTransaction::isOpenOn(const QSqlDatabase &db)
{
    sqlite3 *h = sqliteHandle(db);
    return h && !sqlite3_get_autocommit(h);
}

} // namespace tkb
