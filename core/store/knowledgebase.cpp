// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchindex_p.h>
#include <core/search/sqlitehandle_p.h>
#include <core/server/serveraddress.h>
#include <core/server/serveropener_p.h>
#include <core/server/serverschema.h>
#include <core/store/bulkload_p.h>
#include <core/store/connection_p.h>
#include <core/store/documentstore_p.h>
#include <core/store/fileopener_p.h>
#include <core/store/integritychecker_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/knowledgebase_p.h>
#include <core/store/migrations_p.h>
#include <core/store/revisionstore_p.h>
#include <core/store/writetransaction_p.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tkb {

namespace {

// From this many entities on, importPack writes set-wise (BulkLoad); below, row by row is as fast.
constexpr qsizetype bulkImportEntities = 500;

} // namespace

KnowledgeBase::Private::Private(const QString &path, bool readOnly, const QString &connectionName, bool server)
    : path(path)
    , readOnly(readOnly)
    , server(server)
    , connectionName(connectionName)
    , db(QSqlDatabase::database(connectionName, false))
    , errors(path, readOnly, server)
    , statements(db)
    , reader(db, statements)
    , writer(db, statements, reader, errors)
{ }

KnowledgeBase::Private::~Private()
{
    // Every statement and the search index's own go before the connection closes, and every handle to the
    // connection before its name is removed.
    statements.clear();
    search.reset();
    if (db.isOpen())
        db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
}

QSqlDatabase connection(const KnowledgeBase &kb)
{
    return KnowledgeBase::Private::of(kb).db;
}

std::unique_ptr<KnowledgeBase> KnowledgeBase::open(
    const QString &path, OpenMode mode, StoreError *error, Verification verification)
{
    return openFile(path, mode, error, verification, {});
}

namespace {

// A base on a PostgreSQL server (core/server): path() is its address without the password, and nothing SQLite
// does at open applies. The server checks its own pages and upgrades under its own lock, so there is no deferred
// check to wait for.
std::unique_ptr<KnowledgeBase::Private> openServer(
    const QString &address, KnowledgeBase::OpenMode mode, StoreError &err)
{
    QString why;
    const std::optional<ServerAddress> parsed = ServerAddress::parse(address, &why);
    if (!parsed) {
        err = StoreError::make(
            StoreError::Code::NotFound, QStringLiteral("%1 is not a server address: %2.").arg(address, why));
        return nullptr;
    }
    ServerOpener opener(*parsed, mode);
    if (!opener.open(&err))
        return nullptr;
    auto d = std::make_unique<KnowledgeBase::Private>(
        parsed->toString(), opener.isReadOnly(), opener.takeConnection(), true);
    d->serverUser = opener.user();
    d->search = makeSearchIndex(d->db);
    return d;
}

} // namespace

bool KnowledgeBase::needsUpgrade(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray file = QFile::encodeName(path);
    bool older = false;
    if (QFileInfo(path).isFile()
        && sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        const auto pragma = [db](const char *sql) {
            sqlite3_stmt *st = nullptr;
            qint64 value = -1;
            if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
                value = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
            return value;
        };
        const qint64 version = pragma("PRAGMA user_version");
        older = pragma("PRAGMA application_id") == Schema::applicationId && version > 0 && version < Schema::version;
    }
    sqlite3_close_v2(db);
    return older;
}

bool KnowledgeBase::upgrade(const QString &path, StoreError *error, const std::function<bool()> &keepGoing)
{
    return openFile(path, OpenMode::ReadWrite, error, Verification::Full, keepGoing) != nullptr;
}

std::unique_ptr<KnowledgeBase> KnowledgeBase::openFile(const QString &path, OpenMode mode, StoreError *error,
    Verification verification, const std::function<bool()> &keepGoing)
{
    StoreError dummy;
    StoreError &err = error ? *error : dummy;
    err = {};
    if (ServerAddress::isServerAddress(path)) {
        std::unique_ptr<Private> d = openServer(path, mode, err);
        return d ? std::unique_ptr<KnowledgeBase>(new KnowledgeBase(std::move(d))) : nullptr;
    }
    FileOpener opener(path, mode, verification == Verification::Full);
    if (!opener.open(&err))
        return nullptr;
    const QString file = QDir::toNativeSeparators(path);
    const bool outdated = opener.userVersion() < Schema::version;
    if (outdated && opener.isReadOnly()) {
        err = StoreError::make(StoreError::Code::ReadOnly,
            QStringLiteral("%1 was made by an older version and must be upgraded, "
                           "but it is read-only.")
                .arg(file));
        return nullptr;
    }
    const QString absolutePath = opener.path();
    const bool readOnly = opener.isReadOnly();
    std::unique_ptr<KnowledgeBase> kb(
        new KnowledgeBase(std::make_unique<Private>(absolutePath, readOnly, opener.takeConnection())));
    Private &d = *kb->d;
    if (!opener.isFullyChecked()) {
        d.errors.holdWrites(StoreError::make(StoreError::Code::Unverified,
            QStringLiteral("%1 is still being checked; nothing is written before the check has passed.").arg(file)));
    }
    if (outdated && !Migrations::upgrade(d.db, d.errors, &err, keepGoing))
        return nullptr;
    // An import that died half-way left its rows committed but not yet indexed: index them now, so no
    // search misses them. A failure (another program holds the write lock) is not fatal: check() reports it.
    QString why;
    if (!d.readOnly && opener.isFullyChecked() && !BulkLoad::recover(d.db, &why))
        qWarning("KnowledgeBase: cannot finish an interrupted import in %s: %s", qPrintable(file), qPrintable(why));
    d.search = makeSearchIndex(d.db);
    // Taken here, on the connection's thread: interrupt() may not touch the QSqlDatabase from another.
    d.handle = sqliteHandle(d.db);
    return kb;
}

KnowledgeBase::KnowledgeBase(std::unique_ptr<Private> d)
    : d(std::move(d))
{ }

KnowledgeBase::~KnowledgeBase() = default;

QString KnowledgeBase::path() const
{
    return d->path;
}

bool KnowledgeBase::isReadOnly() const
{
    return d->readOnly;
}

bool KnowledgeBase::isVerified() const
{
    return !d->errors.writeHold().isError();
}

void KnowledgeBase::setVerified(const IntegrityReport &report)
{
    if (report.ok) {
        d->errors.holdWrites({});
        // What open() leaves to a verified file: an import that died half-way is indexed now.
        QString why;
        if (!d->readOnly && !d->server && !BulkLoad::recover(d->db, &why))
            qWarning("KnowledgeBase: cannot finish an interrupted import: %s", qPrintable(why));
        return;
    }
    d->errors.holdWrites(StoreError::make(StoreError::Code::Damaged,
        QStringLiteral("%1 is damaged (%2). Nothing was written to it; open a backup or the bundled knowledge base.")
            .arg(d->errors.file(), report.problems.value(0))));
}

const SearchIndex &KnowledgeBase::search() const
{
    return *d->search;
}

IntegrityReport KnowledgeBase::check(bool quick) const
{
    return IntegrityChecker::check(d->db, quick);
}

IntegrityReport KnowledgeBase::checkFile() const
{
    IntegrityReport r;
    if (d->server) {
        r.ok = true; // the server keeps its own pages sound; check() looks at what is stored
        return r;
    }
    r.checks << QStringLiteral("quick_check");
    // The check reads every page once: a large cache would only hold pages it never reads again, and at a million
    // entities it filled to the connection's 32 MiB, a third of the window's peak memory.
    QSqlQuery cache(d->db);
    const QVariant previous
        = cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next() ? cache.value(0) : QVariant(-2000);
    cache.finish();
    cache.exec(QStringLiteral("PRAGMA cache_size=-2000"));
    QSqlError failure;
    if (!IntegrityChecker::pragmaCheck(d->db, true, &r.problems, &failure))
        r.problems << d->errors.map(QStringLiteral("checking the file"), failure).message;
    cache.exec(QStringLiteral("PRAGMA cache_size=%1").arg(previous.toLongLong()));
    r.ok = r.problems.isEmpty();
    return r;
}

void KnowledgeBase::interrupt() const
{
    if (sqlite3 *handle = d->handle)
        sqlite3_interrupt(handle);
}

// ---------------------------------------------------------------------------------------------- reads

qint64 KnowledgeBase::dataVersion() const
{
    QSqlQuery q(d->db);
    // On a server: the writes counted there, less this session's own (ServerSchema step 3).
    if (!q.exec(d->server ? QStringLiteral("SELECT n - coalesce(CAST(nullif(current_setting('talyshkb.own', true), '')"
                                           " AS bigint), 0) FROM data_version")
                          : QStringLiteral("PRAGMA data_version"))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString KnowledgeBase::meta(const QString &key) const
{
    return d->reader.meta(key);
}

std::optional<Entity> KnowledgeBase::entity(const QString &id) const
{
    return d->reader.entity(id);
}

bool KnowledgeBase::contains(const QString &id) const
{
    return d->reader.contains(id);
}

QString KnowledgeBase::name(const QString &id) const
{
    return d->reader.name(id);
}

QList<Alias> KnowledgeBase::aliases(const QString &id) const
{
    return d->reader.aliases(id);
}

QList<EntityRef> KnowledgeBase::entities(
    std::optional<EntityKind> kind, const QString &filter, int offset, int limit, bool withAliases) const
{
    return d->reader.entities(kind, filter, offset, limit, withAliases);
}

qint64 KnowledgeBase::count(std::optional<EntityKind> kind, const QString &filter) const
{
    return d->reader.count(kind, filter);
}

QList<Relation> KnowledgeBase::relations(const QString &id) const
{
    return d->reader.relations(id);
}

QList<Mention> KnowledgeBase::backlinks(const QString &id) const
{
    return d->reader.backlinks(id);
}

QList<EntityRef> KnowledgeBase::events(bool withAliases) const
{
    return d->reader.events(withAliases);
}

QList<SourceDocument> KnowledgeBase::sources() const
{
    return d->reader.sources();
}

std::optional<SourceDocument> KnowledgeBase::source(const QString &id) const
{
    return d->reader.source(id);
}

// --------------------------------------------------------------------------------------------- writes
// Each write is one WriteTransaction: a step that fails returns, and the guard rolls everything back.

namespace {

/// On a server every change is recorded as made by the database user who made it, whatever the client says.
ChangeSetInfo byServerUser(const KnowledgeBase::Private &d, const ChangeSetInfo &info)
{
    ChangeSetInfo made = info;
    if (d.server)
        made.author = d.serverUser;
    return made;
}

/// One write step in a transaction of its own: begun, the step, committed; rolled back by the guard otherwise.
template <typename Step> bool inTransaction(KnowledgeBase::Private &d, StoreError *error, Step step)
{
    WriteTransaction transaction(d.db);
    return transaction.begin(d.errors, error) && step() && transaction.commit(d.errors, error);
}

} // namespace

bool KnowledgeBase::importPack(const KnowledgePack &pack, StoreError *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = StoreError::make(StoreError::Code::Io, message);
        return false;
    };
    // Declared before the transaction, so the connection's settings come back only after it has ended.
    std::optional<BulkLoad> bulk;
    WriteTransaction transaction(d->db);
    if (!transaction.begin(d->errors, error))
        return false;
    // A large pack is written set-wise (BulkLoad): its search indexing waits for the end of the transaction, and
    // when it outweighs what is stored the list indexes are rebuilt by one sort rather than grown row by row.
    QString why;
    if (pack.entities.size() >= bulkImportEntities && !d->server) {
        bulk.emplace(d->db);
        if (!bulk->begin(pack.entities.size() >= count(std::nullopt), &why))
            return fail(QStringLiteral("Cannot start the import: %1. Nothing was changed.").arg(why));
    }
    // On a server, a pack that adds a tenth or more to the base changes what the planner should know of the search
    // tables (ServerSchema::analyzeStatement).
    const bool reanalyze
        = d->server && pack.entities.size() >= bulkImportEntities && pack.entities.size() * 10 >= count(std::nullopt);
    if (!d->writer.writePack(pack, error))
        return false;
    if (bulk && !bulk->finish(&why))
        return fail(QStringLiteral("Cannot index the import: %1. Nothing was changed.").arg(why));
    if (!transaction.commit(d->errors, error))
        return false;
    if (reanalyze)
        QSqlQuery(d->db).exec(ServerSchema::analyzeStatement()); // a help to the planner, not part of the import
    return true;
}

bool KnowledgeBase::upsertEntity(const Entity &entity, StoreError *error)
{
    return inTransaction(*d, error, [&] { return d->writer.writeEntity(entity, error); });
}

bool KnowledgeBase::removeEntity(const QString &id, StoreError *error)
{
    return inTransaction(*d, error, [&] { return d->writer.removeEntity(id, error); });
}

bool KnowledgeBase::addRelation(const Relation &relation, StoreError *error)
{
    if (!contains(relation.subject) || !contains(relation.object)) {
        if (error)
            *error = StoreError::make(StoreError::Code::Invalid,
                QStringLiteral("The relation names an entity that does not exist (%1, %2).")
                    .arg(relation.subject, relation.object));
        return false;
    }
    return inTransaction(*d, error, [&] { return d->writer.writeRelation(relation, error); });
}

bool KnowledgeBase::setMeta(const QString &key, const QString &value, StoreError *error)
{
    return inTransaction(*d, error, [&] { return d->writer.writeMeta(key, value, error); });
}

// ---------------------------------------------------------------------------------- documents and history

std::optional<EntityDocument> KnowledgeBase::document(const QString &id) const
{
    return DocumentStore(d->db, d->reader, d->writer, d->errors).read(id);
}

bool KnowledgeBase::commit(
    const ChangeSetInfo &info, const QList<DocumentChange> &changes, StoreError *error, qint64 *changesetId)
{
    return DocumentStore(d->db, d->reader, d->writer, d->errors)
        .commit(byServerUser(*d, info), changes, error, changesetId);
}

bool KnowledgeBase::recordNotApplied(const ChangeSetInfo &info, StoreError *error, qint64 *changesetId)
{
    ChangeSetInfo kept = byServerUser(*d, info);
    kept.state = ChangeSetInfo::notApplied;
    return DocumentStore(d->db, d->reader, d->writer, d->errors).record(kept, error, changesetId);
}

bool KnowledgeBase::importHistory(
    const QList<ChangeSetInfo> &changeSets, const QList<Revision> &revisions, StoreError *error)
{
    RevisionStore store(d->db, d->errors);
    return inTransaction(*d, error, [&] { return store.import(changeSets, revisions, error); });
}

QList<Revision> KnowledgeBase::history(const QString &id) const
{
    return RevisionStore(d->db, d->errors).history(id);
}

std::optional<Revision> KnowledgeBase::revision(qint64 id) const
{
    return RevisionStore(d->db, d->errors).revision(id);
}

QList<Revision> KnowledgeBase::revisionsOf(qint64 changeset) const
{
    return RevisionStore(d->db, d->errors).revisionsOf(changeset);
}

std::optional<ChangeSetInfo> KnowledgeBase::changeSet(qint64 id) const
{
    return RevisionStore(d->db, d->errors).changeSet(id);
}

QList<ChangeSetInfo> KnowledgeBase::recentChanges(int limit) const
{
    return RevisionStore(d->db, d->errors).recent(limit);
}

QList<ChangeSetInfo> KnowledgeBase::allChanges(const QString &origin) const
{
    return RevisionStore(d->db, d->errors).all(origin);
}

QList<ChangeSetInfo> KnowledgeBase::notAppliedChanges() const
{
    return RevisionStore(d->db, d->errors).notApplied();
}

} // namespace tkb
