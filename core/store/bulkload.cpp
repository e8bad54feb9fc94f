// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/largerpagecache_p.h>
#include <core/search/searchindexwriter_p.h>
#include <core/store/bulkload_p.h>
#include <core/store/writetransaction_p.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

int pragmaValue(QSqlDatabase &db, const char *name, int fallback)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0).toInt() : fallback;
}

QStringList pendingIndexes(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key='%1'").arg(QLatin1String(BulkLoad::pendingIndexesKey)))
        || !q.next())
        return {};
    QStringList sql;
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
        sql << v.toString();
    return sql;
}

} // namespace

bool BulkLoad::rebuildListIndexes(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const QStringList statements = pendingIndexes(q);
    if (statements.isEmpty())
        return true;
    for (const QString &sql : statements) {
        if (!run(q, sql, error))
            return false;
    }
    return run(
        q, QStringLiteral("DELETE FROM meta WHERE key='%1'").arg(QLatin1String(BulkLoad::pendingIndexesKey)), error);
}

BulkLoad::BulkLoad(QSqlDatabase db)
    : m_db(db)
{ }

BulkLoad::~BulkLoad()
{
    restoreSettings();
}

bool BulkLoad::begin(bool dropIndexes, QString *error)
{
    if (m_active)
        return true;
    m_synchronous = pragmaValue(m_db, "synchronous", 2);
    if (!SearchIndexWriter::setDeferred(m_db, true, error))
        return false;
    m_active = true;
    // The B-trees a million-entity import touches stay in memory between statements: a spilled page is
    // written to the log and read back again.
    m_cache.emplace(m_db);
    QSqlQuery q(m_db);
    // Outside a transaction, on a file no other connection has open, the load runs with a rollback journal:
    // with the write-ahead log every page is written twice (to the log, then into the file at each
    // checkpoint), while a rollback journal keeps only the few pages that existed before, and the new pages go
    // straight into the file. synchronous=FULL keeps that as safe as the log. SQLite refuses the switch
    // inside a transaction or while another connection has the file open; the load then keeps the log.
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() && q.value(0).toString() == QLatin1String("wal")) {
        q.finish();
        m_leftLog = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next()
            && q.value(0).toString() == QLatin1String("delete");
        q.finish();
    }
    if (m_leftLog)
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    else if (m_synchronous > 1)
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!dropIndexes)
        return true;

    // Inserting a million rows into an index in random key order touches every page of it in every
    // transaction; building it afterwards is one sort. The note goes in with the drop, in one transaction.
    // Inside the caller's transaction the drop is part of it; outside one it gets a transaction of its own.
    WriteTransaction own(m_db);
    if (!WriteTransaction::isOpenOn(m_db) && !own.begin(error))
        return false;
    auto done = [&] { return !own.isActive() || own.commit(error); };
    if (!pendingIndexes(q).isEmpty())
        return done(); // already dropped by an earlier, unfinished bulk load
    if (!q.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_schema WHERE type='index' AND tbl_name='entity' AND sql IS NOT NULL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QStringList names;
    QJsonArray sql;
    while (q.next()) {
        names << q.value(0).toString();
        sql.append(q.value(1).toString());
    }
    if (names.isEmpty())
        return done();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    q.addBindValue(QLatin1String(pendingIndexesKey));
    q.addBindValue(QString::fromUtf8(QJsonDocument(sql).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QString &name : names) {
        if (!run(q, QStringLiteral("DROP INDEX \"%1\"").arg(name), error))
            return false;
    }
    return done();
}

bool BulkLoad::finish(QString *error)
{
    return rebuildListIndexes(m_db, error) && SearchIndexWriter::indexDeferred(m_db, error);
}

void BulkLoad::restoreSettings()
{
    if (!m_active)
        return;
    m_active = false;
    SearchIndexWriter::setDeferred(m_db, false);
    m_cache.reset();
    QSqlQuery q(m_db);
    if (m_leftLog) {
        // Fails only inside a transaction that outlives the load; the next read-write open puts the log back.
        m_leftLog = false;
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.finish();
    }
    q.exec(QStringLiteral("PRAGMA synchronous=%1").arg(m_synchronous));
}

bool BulkLoad::recover(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const bool indexes = !pendingIndexes(q).isEmpty();
    const bool queued
        = q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_queue)")) && q.next() && q.value(0).toBool();
    q.finish();
    if (!indexes && !queued)
        return true;
    WriteTransaction transaction(db);
    return transaction.begin(error) && rebuildListIndexes(db, error) && SearchIndexWriter::indexDeferred(db, error)
        && transaction.commit(error);
}

} // namespace tkb
