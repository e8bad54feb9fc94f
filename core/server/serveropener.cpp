// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/servernameindex_p.h>
#include <core/server/serveropener_p.h>
#include <core/server/serverschema.h>
#include <core/server/servertextindex_p.h>
#include <core/store/sqlerrormapper_p.h>

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace tkb {

namespace {

QAtomicInteger<quint64> serverConnections;

} // namespace

ServerOpener::ServerOpener(const ServerAddress &address, KnowledgeBase::OpenMode mode)
    : m_address(address)
    , m_mode(mode)
{ }

ServerOpener::~ServerOpener()
{
    if (m_connection.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString ServerOpener::takeConnection()
{
    m_db = QSqlDatabase();
    return std::exchange(m_connection, QString());
}

StoreError ServerOpener::failure(const QString &what, const QSqlError &e) const
{
    return SqlErrorMapper(m_address.toString(), m_readOnly, true).map(what, e);
}

bool ServerOpener::open(StoreError *error)
{
    return connect(error) && prepareSchema(error);
}

bool ServerOpener::connect(StoreError *error)
{
    m_connection = QStringLiteral("tkb-server-%1").arg(++serverConnections);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!m_db.isValid()) {
        *error = StoreError::make(StoreError::Code::Io,
            QStringLiteral("The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql."));
        return false;
    }
    m_db.setHostName(m_address.host());
    if (m_address.port() > 0)
        m_db.setPort(m_address.port());
    m_db.setUserName(m_address.user());
    if (!m_address.password().isEmpty())
        m_db.setPassword(m_address.password());
    m_db.setDatabaseName(m_address.database());
    m_db.setConnectOptions(m_address.connectOptions());
    if (!m_db.open()) {
        *error = StoreError::make(StoreError::Code::Unreadable,
            QStringLiteral("Cannot connect to %1: %2")
                .arg(m_address.toString(), m_db.lastError().databaseText().trimmed()));
        return false;
    }
    QSqlQuery q(m_db);
    // Text as text and times as UTC, whatever the server's defaults. No JIT: the planner's costs for a search over a
    // million entities pass its threshold, and compiling took 60 ms of a query that runs in 2.
    if (!q.exec(QStringLiteral("SET client_encoding TO 'UTF8'")) || !q.exec(QStringLiteral("SET jit = off"))
        || !q.exec(QStringLiteral("SELECT session_user")) || !q.next()) {
        *error = failure(QStringLiteral("starting the session"), q.lastError());
        return false;
    }
    m_user = q.value(0).toString();
    return true;
}

bool ServerOpener::prepareSchema(StoreError *error)
{
    using C = StoreError::Code;
    const QString where = m_address.toString();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"))
        || !q.next()) {
        *error = failure(QStringLiteral("reading the schema"), q.lastError());
        return false;
    }
    const bool empty = q.value(0).toLongLong() == 0;
    int version = 0;
    if (!empty) {
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
        q.addBindValue(QString::fromLatin1(ServerSchema::applicationKey));
        const bool ours = q.exec() && q.next() && q.value(0).toString() == QLatin1String(ServerSchema::applicationName);
        if (!ours) {
            *error = StoreError::make(C::NotADatabase,
                QStringLiteral("The database %1 holds something else than a Talysh knowledge base.").arg(where));
            return false;
        }
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
        q.addBindValue(QString::fromLatin1(ServerSchema::versionKey));
        version = q.exec() && q.next() ? q.value(0).toInt() : 0;
        if (version > ServerSchema::version) {
            *error = StoreError::make(C::NewerSchema,
                QStringLiteral("%1 was written by a newer version of Talysh KB (server schema %2; this version "
                               "reads up to %3). It was not changed; please update the program.")
                    .arg(where)
                    .arg(version)
                    .arg(ServerSchema::version));
            return false;
        }
    } else if (m_mode != KnowledgeBase::OpenMode::CreateOrOpen) {
        *error = StoreError::make(C::NotFound, QStringLiteral("There is no knowledge base in %1 yet.").arg(where));
        return false;
    }
    m_readOnly = m_mode == KnowledgeBase::OpenMode::ReadOnly;
    if (!empty && !m_readOnly) {
        // A user granted reading alone (a reader's role) opens the base read-only rather than failing on a write.
        m_readOnly = !(q.exec(QStringLiteral("SELECT has_table_privilege('entity', 'INSERT')")) && q.next()
            && q.value(0).toBool());
    }
    if (version == ServerSchema::version)
        return true;
    if (m_readOnly) {
        *error = StoreError::make(C::ReadOnly,
            QStringLiteral("%1 was made by an older version and must be upgraded, but it is open read-only.")
                .arg(where));
        return false;
    }
    return upgrade(error);
}

bool ServerOpener::upgrade(StoreError *error)
{
    QSqlQuery q(m_db);
    const auto fail = [&](const QString &what) {
        *error = failure(what, q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // Steps that run again unharmed and grants made again are no news: the server's notices stay off the terminal.
    if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("SET LOCAL client_min_messages = warning"))
        || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ServerSchema::writeLock)))
        return fail(QStringLiteral("starting the upgrade"));
    // Another client may have made or upgraded the schema while this one waited for the lock.
    int from = 0;
    if (q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) && q.next() && q.value(0).toBool()
        && q.exec(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")) && q.next())
        from = q.value(0).toInt();
    for (int v = from + 1; v <= ServerSchema::version; ++v) {
        for (const QString &statement : ServerSchema::migrationStatements(v)) {
            if (!q.exec(statement))
                return fail(QStringLiteral("upgrading to server schema %1").arg(v));
        }
        QString why;
        if (ServerSchema::rebuildsNameKeys(v) && !ServerNameIndex::rebuild(m_db, &why)) {
            *error = StoreError::make(StoreError::Code::Io,
                QStringLiteral("%1: building the type-ahead keys failed: %2").arg(m_address.toString(), why));
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        if (ServerSchema::rebuildsTextTerms(v) && !ServerTextIndex::rebuild(m_db, &why)) {
            *error = StoreError::make(StoreError::Code::Io,
                QStringLiteral("%1: building the search terms failed: %2").arg(m_address.toString(), why));
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!q.exec(ServerSchema::roleStatement()))
        return fail(QStringLiteral("granting the team roles"));
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?), (?, ?) ON CONFLICT(key) DO UPDATE SET "
                             "value=excluded.value"));
    q.addBindValue(QString::fromLatin1(ServerSchema::applicationKey));
    q.addBindValue(QString::fromLatin1(ServerSchema::applicationName));
    q.addBindValue(QString::fromLatin1(ServerSchema::versionKey));
    q.addBindValue(QString::number(ServerSchema::version));
    if (!q.exec())
        return fail(QStringLiteral("recording the server schema version"));
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("saving the upgrade"));
    return true;
}

} // namespace tkb
