// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchindexwriter_p.h>
#include <core/store/fileopener_p.h>
#include <core/store/integritychecker_p.h>
#include <core/store/schema.h>

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace tkb {

namespace {

QAtomicInteger<quint64> connectionCounter;

// The page cache of every connection (KiB): enough for the pages a search reads to stay in memory between searches.
// 8 MiB: with 32 the window's connections kept 144 MB after a tour of a 1M base, with 8 they keep 112 MB, and a
// search's CPU time at 1M is the same (docs/PERFORMANCE.md).
constexpr int readCacheKiB = 8 * 1024;

} // namespace

FileOpener::FileOpener(const QString &path, KnowledgeBase::OpenMode mode, bool fullCheck)
    : m_requested(path)
    , m_mode(mode)
    , m_fullCheck(fullCheck)
{ }

FileOpener::~FileOpener()
{
    if (m_connection.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString FileOpener::takeConnection()
{
    m_db = QSqlDatabase();
    return std::exchange(m_connection, QString());
}

bool FileOpener::open(StoreError *error)
{
    if (!sniff(error) || !connect(error) || !checkHeader(error))
        return false;
    setPragmas();
    return true;
}

bool FileOpener::sniff(StoreError *error)
{
    using C = StoreError::Code;
    const QString file = QDir::toNativeSeparators(m_requested);
    QFileInfo fi(m_requested);
    if (!fi.exists()) {
        if (m_mode != KnowledgeBase::OpenMode::CreateOrOpen) {
            *error = StoreError::make(C::NotFound, QStringLiteral("There is no knowledge base at %1.").arg(file));
            return false;
        }
        if (!QDir().mkpath(fi.absolutePath())) {
            *error = StoreError::make(
                C::Io, QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(fi.absolutePath())));
            return false;
        }
        m_creating = true;
    } else {
        if (fi.isDir()) {
            *error = StoreError::make(
                C::NotADatabase, QStringLiteral("%1 is a folder, not a knowledge base file.").arg(file));
            return false;
        }
        QFile f(m_requested);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = StoreError::make(C::Unreadable, QStringLiteral("Cannot read %1: %2.").arg(file, f.errorString()));
            return false;
        }
        const QByteArray head = f.read(100);
        // An empty file would be taken by SQLite as a new database and silently filled: refuse it instead.
        if (head.size() < 100 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            *error = StoreError::make(C::NotADatabase,
                head.isEmpty()
                    ? QStringLiteral("%1 is empty; it is not a knowledge base file.").arg(file)
                    : QStringLiteral("%1 is not a knowledge base file (it is not an SQLite database).").arg(file));
            return false;
        }
    }
    m_path = fi.absoluteFilePath();
    m_readOnly = m_mode == KnowledgeBase::OpenMode::ReadOnly;
    if (!m_creating && !m_readOnly) {
        // WAL needs to create -wal/-shm files beside the database.
        const QFileInfo dir(fi.absolutePath());
        if (!fi.isWritable() || !dir.isWritable())
            m_readOnly = true;
    }
    return true;
}

bool FileOpener::connect(StoreError *error)
{
    m_connection = QStringLiteral("tkb-%1").arg(++connectionCounter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid()) {
        *error = StoreError::make(StoreError::Code::Io,
            QStringLiteral("The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite."));
        return false;
    }
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        *error = errors().map(QStringLiteral("open"), m_db.lastError());
        return false;
    }
    QString why;
    if (!SearchIndexWriter::prepareConnection(m_db, &why)) {
        *error = StoreError::make(StoreError::Code::Io,
            QStringLiteral("Cannot prepare the search engine for %1: %2")
                .arg(QDir::toNativeSeparators(m_requested), why));
        return false;
    }
    return true;
}

bool FileOpener::checkHeader(StoreError *error)
{
    using C = StoreError::Code;
    const QString file = QDir::toNativeSeparators(m_requested);
    const SqlErrorMapper mapper = errors();
    QSqlQuery q(m_db);
    // The first read is where SQLite notices a file that is not a database or is damaged.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *error = mapper.map(QStringLiteral("reading the header"), q.lastError());
        return false;
    }
    const qint32 appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = mapper.map(QStringLiteral("reading the header"), q.lastError());
        return false;
    }
    const int version = m_version = q.value(0).toInt();
    // Before the schema is read: a newer version's schema may hold what this SQLite cannot parse.
    if (appId == Schema::applicationId && version > Schema::version) {
        *error = StoreError::make(C::NewerSchema,
            QStringLiteral("%1 was written by a newer version of Talysh KB (schema %2; this version "
                           "reads up to %3). It was not changed; please update the program.")
                .arg(file)
                .arg(version)
                .arg(Schema::version));
        return false;
    }
    // Reading the schema is the first look past page 1; a failure here is damage, not an empty file.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
        *error = mapper.map(QStringLiteral("reading the schema"), q.lastError());
        return false;
    }
    const bool empty = q.value(0).toInt() == 0;
    if (!(empty && version == 0) && appId != Schema::applicationId) {
        *error = StoreError::make(
            C::NotADatabase, QStringLiteral("%1 is an SQLite database but not a Talysh knowledge base.").arg(file));
        return false;
    }
    q.finish();
    if (empty && version == 0) {
        m_fullyChecked = true; // nothing in it to check
        return true;
    }
    // A file that must be migrated is rewritten: it is checked in full first.
    if (m_fullCheck || version < Schema::version)
        return checkWhole(error);
    return checkSample(error);
}

StoreError FileOpener::damaged(const QSqlError &why) const
{
    const StoreError mapped = errors().map(QStringLiteral("checking the file"), why);
    if (mapped.code != StoreError::Code::Damaged && mapped.code != StoreError::Code::NotADatabase)
        return mapped;
    return StoreError::make(StoreError::Code::Damaged,
        QStringLiteral("%1 is damaged (%2). It was not changed; open a backup or the bundled knowledge base.")
            .arg(QDir::toNativeSeparators(m_requested), why.databaseText()));
}

bool FileOpener::checkWhole(StoreError *error)
{
    // SQLite's own failure (not a database, unreadable) says more than a problem line: map it as any other.
    QStringList problems;
    QSqlError failure;
    if (!IntegrityChecker::pragmaCheck(m_db, true, &problems, &failure)) {
        *error = errors().map(QStringLiteral("checking the file"), failure);
        return false;
    }
    if (!problems.isEmpty()) {
        *error = StoreError::make(StoreError::Code::Damaged,
            QStringLiteral("%1 is damaged (%2). It was not changed; open a backup or "
                           "the bundled knowledge base.")
                .arg(QDir::toNativeSeparators(m_requested), problems.first()));
        return false;
    }
    m_fullyChecked = true;
    return true;
}

bool FileOpener::checkSample(StoreError *error)
{
    // The first and the last rows of every table: the root pages and a path down each b-tree's both
    // ends, a few dozen pages at any size. What this misses, the full check on a worker thread finds.
    QSqlQuery q(m_db);
    QStringList tables;
    if (!q.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"))) {
        *error = errors().map(QStringLiteral("reading the schema"), q.lastError());
        return false;
    }
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        const QString quoted = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
        for (const char *order : { "ASC", "DESC" }) {
            // WITHOUT ROWID tables have no rowid: their first column's order walks the same tree.
            const QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY %2 %3 LIMIT 2")
                                    .arg(quoted, QStringLiteral("_rowid_"), QLatin1String(order));
            QSqlQuery sample(m_db);
            if (!sample.exec(sql)) {
                const QString fallback
                    = QStringLiteral("SELECT * FROM %1 ORDER BY 1 %2 LIMIT 2").arg(quoted, QLatin1String(order));
                if (!sample.exec(fallback)) {
                    *error = damaged(sample.lastError());
                    return false;
                }
            }
            while (sample.next()) { }
            if (sample.lastError().isValid()) {
                *error = damaged(sample.lastError());
                return false;
            }
        }
    }
    return true;
}

void FileOpener::setPragmas()
{
    QSqlQuery q(m_db);
    if (!m_readOnly) {
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // A search touches a few hundred pages (name keys, text index, the rows it shows); with SQLite's default
    // 2 MB cache most of them were read from the file again on every keystroke. An upper bound, not an allocation.
    q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(readCacheKiB));
    q.finish();
}

} // namespace tkb
