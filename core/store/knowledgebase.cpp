#include <core/store/knowledgebase.h>

#include <core/model/wikilink.h>
#include <core/search/searchindex_p.h>
#include <core/search/searchindexwriter_p.h>
#include <core/store/bulkload.h>
#include <core/store/textkey.h>

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

QAtomicInteger<quint64> connectionCounter;

// From this many entities on, importPack writes set-wise (BulkLoad); below, row by row is as fast.
constexpr qsizetype bulkImportEntities = 500;
// The page cache of every connection (KiB): enough for the pages a search reads to stay in memory between searches.
constexpr int readCacheKiB = 32 * 1024;

QString dateCol(const QDate &d);

} // namespace

// Migration n takes a file from user_version n-1 to n. Never edit a shipped step; add a new one.
QStringList KnowledgeBase::migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE entity("
                           " rowid INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " sort_key TEXT NOT NULL,"
                           " aliases_text TEXT NOT NULL DEFAULT '',"
                           " filter_key TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL DEFAULT '',"
                           " date_precision TEXT, date_start TEXT, date_end TEXT, date_text TEXT, date_sort TEXT)"),
            QStringLiteral("CREATE INDEX entity_kind_sort ON entity(kind, sort_key)"),
            QStringLiteral("CREATE INDEX entity_sort ON entity(sort_key)"),
            QStringLiteral("CREATE INDEX entity_kind_date ON entity(kind, date_sort)"),
            QStringLiteral("CREATE TABLE citation(id INTEGER PRIMARY KEY, source TEXT NOT NULL, section TEXT NOT NULL,"
                           " sentence TEXT NOT NULL, UNIQUE(source, section, sentence))"),
            QStringLiteral("CREATE TABLE alias(entity INTEGER NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, text TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',"
                           " script TEXT NOT NULL DEFAULT '', PRIMARY KEY(entity, ord)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE attribute(entity INTEGER NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                           " citation INTEGER REFERENCES citation(id), PRIMARY KEY(entity, ord)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE entity_citation(entity INTEGER NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, citation INTEGER NOT NULL REFERENCES citation(id),"
                           " PRIMARY KEY(entity, ord)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE relation(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL,"
                           " object TEXT NOT NULL,"
                           " from_precision TEXT, from_start TEXT, from_end TEXT, from_text TEXT,"
                           " to_precision TEXT, to_start TEXT, to_end TEXT, to_text TEXT,"
                           " citation INTEGER REFERENCES citation(id))"),
            QStringLiteral("CREATE INDEX relation_subject ON relation(subject)"),
            QStringLiteral("CREATE INDEX relation_object ON relation(object)"),
            QStringLiteral("CREATE TABLE source_document(id TEXT PRIMARY KEY, title TEXT NOT NULL, origin TEXT NOT NULL DEFAULT '')"
                           " WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE source_infobox(source TEXT NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(source, ord)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE section(rowid INTEGER PRIMARY KEY,"
                           " source TEXT NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,"
                           " UNIQUE(source, ord))"),
            QStringLiteral("CREATE TABLE mention(from_id TEXT NOT NULL, section TEXT NOT NULL, to_id TEXT NOT NULL,"
                           " label TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY(from_id, section, to_id, label)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX mention_to ON mention(to_id)"),
        };
    case 2:
        return SearchIndexWriter::schemaStatements();
    case 3:
        return SearchIndexWriter::coveringSkeletonIndex();
    case 4:
        return {}; // the text index's terms changed (names by their sound alone): migrate() rebuilds it
    default:
        return {};
    }
}

namespace {

QString dateCol(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

FuzzyDate readDate(const QSqlQuery &q, int col)
{
    bool ok = false;
    const auto p = FuzzyDate::precisionFromId(q.value(col).toString(), &ok);
    if (!ok || p == FuzzyDate::Precision::None)
        return {};
    return FuzzyDate::fromStored(p, QDate::fromString(q.value(col + 1).toString(), Qt::ISODate),
                                 QDate::fromString(q.value(col + 2).toString(), Qt::ISODate), q.value(col + 3).toString());
}

void bindDate(QSqlQuery &q, const QString &prefix, const FuzzyDate &d)
{
    if (d.isValid()) {
        q.bindValue(prefix + QStringLiteral("precision"), FuzzyDate::precisionId(d.precision()));
        q.bindValue(prefix + QStringLiteral("start"), dateCol(d.start()));
        q.bindValue(prefix + QStringLiteral("end"), dateCol(d.end()));
        q.bindValue(prefix + QStringLiteral("text"), d.text());
    } else {
        for (const char *c : {"precision", "start", "end", "text"})
            q.bindValue(prefix + QLatin1String(c), QVariant(QMetaType::fromType<QString>()));
    }
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and an empty text is just empty.
// Qt binds a QString with sqlite3_bind_text16, where SQLite takes a leading U+FEFF or U+FFFE as a byte order
// mark: it drops U+FEFF and reads the rest of the text byte-swapped after U+FFFE. Such a text goes as UTF-8
// bytes instead, which the statement turns back into text with CAST(? AS TEXT) - every placeholder bound with
// text() is written that way (a no-op for a text value).
QVariant text(const QString &s)
{
    if (s.isNull())
        return QVariant(QString(QLatin1String("")));
    if (s.startsWith(QChar(0xFEFF)) || s.startsWith(QChar(0xFFFE)))
        return QVariant(s.toUtf8());
    return QVariant(s);
}

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

StoreError KnowledgeBase::sqlError(const QString &what, const QSqlError &e) const
{
    using C = StoreError::Code;
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const QString file = QDir::toNativeSeparators(m_path);
    switch (primaryCode(e)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StoreError::make(C::Locked, QStringLiteral("%1 is in use by another program (it holds the write lock); "
                                                          "try again when it is done. (%2: %3)").arg(file, what, detail));
    case 8: // SQLITE_READONLY
        // SQLITE_READONLY_ROLLBACK: a program stopped in the middle of a write made with a rollback journal (a
        // bulk load does that), and only a connection that may write can roll it back.
        if (e.nativeErrorCode().toInt() == 776 || (m_readOnly && QFileInfo(m_path + QStringLiteral("-journal")).size() > 0))
            return StoreError::make(C::ReadOnly, QStringLiteral("%1 was left half-written by a program that stopped in the middle of "
                                                                "a write. Open it once for writing (not read-only) to undo that "
                                                                "unfinished write; nothing was changed. (%2: %3)").arg(file, what, detail));
        return StoreError::make(C::ReadOnly, QStringLiteral("%1 is read-only; nothing was changed. (%2: %3)").arg(file, what, detail));
    case 11: // SQLITE_CORRUPT
        return StoreError::make(C::Damaged, QStringLiteral("%1 is damaged (%2: %3). It was not changed; open a backup "
                                                           "or the bundled knowledge base.").arg(file, what, detail));
    case 13: // SQLITE_FULL
        return StoreError::make(C::DiskFull, QStringLiteral("The disk holding %1 is full; nothing was changed. "
                                                            "Free some space and try again. (%2)").arg(file, what));
    case 26: // SQLITE_NOTADB
        return StoreError::make(C::NotADatabase, QStringLiteral("%1 is not a knowledge base file (%2).").arg(file, detail));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return StoreError::make(C::Io, QStringLiteral("Could not read or write %1 (%2: %3).").arg(file, what, detail));
    default:
        return StoreError::make(C::Io, QStringLiteral("%1: %2 failed: %3").arg(file, what, detail));
    }
}

std::unique_ptr<KnowledgeBase> KnowledgeBase::open(const QString &path, OpenMode mode, StoreError *error)
{
    using C = StoreError::Code;
    StoreError dummy;
    StoreError &err = error ? *error : dummy;
    err = {};
    const QString file = QDir::toNativeSeparators(path);
    QFileInfo fi(path);
    bool creating = false;
    if (!fi.exists()) {
        if (mode != OpenMode::CreateOrOpen) {
            err = StoreError::make(C::NotFound, QStringLiteral("There is no knowledge base at %1.").arg(file));
            return nullptr;
        }
        if (!QDir().mkpath(fi.absolutePath())) {
            err = StoreError::make(C::Io, QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(fi.absolutePath())));
            return nullptr;
        }
        creating = true;
    } else {
        if (fi.isDir()) {
            err = StoreError::make(C::NotADatabase, QStringLiteral("%1 is a folder, not a knowledge base file.").arg(file));
            return nullptr;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err = StoreError::make(C::Unreadable, QStringLiteral("Cannot read %1: %2.").arg(file, f.errorString()));
            return nullptr;
        }
        const QByteArray head = f.read(100);
        // An empty file would be taken by SQLite as a new database and silently filled: refuse it instead.
        if (head.size() < 100 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            err = StoreError::make(C::NotADatabase,
                                   head.isEmpty() ? QStringLiteral("%1 is empty; it is not a knowledge base file.").arg(file)
                                                  : QStringLiteral("%1 is not a knowledge base file (it is not an SQLite database).").arg(file));
            return nullptr;
        }
    }

    std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase);
    kb->m_path = fi.absoluteFilePath();
    kb->m_readOnly = mode == OpenMode::ReadOnly;
    if (!creating && !kb->m_readOnly) {
        // WAL needs to create -wal/-shm files beside the database.
        const QFileInfo dir(fi.absolutePath());
        if (!fi.isWritable() || !dir.isWritable())
            kb->m_readOnly = true;
    }
    kb->m_connection = QStringLiteral("tkb-%1").arg(++connectionCounter);
    kb->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kb->m_connection);
    if (!kb->m_db.isValid()) {
        err = StoreError::make(C::Io, QStringLiteral("The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite."));
        return nullptr;
    }
    kb->m_db.setDatabaseName(kb->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (kb->m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    kb->m_db.setConnectOptions(options);
    if (!kb->m_db.open()) {
        err = kb->sqlError(QStringLiteral("open"), kb->m_db.lastError());
        return nullptr;
    }
    QString why;
    if (!SearchIndexWriter::prepareConnection(kb->m_db, &why)) {
        err = StoreError::make(C::Io, QStringLiteral("Cannot prepare the search engine for %1: %2").arg(file, why));
        return nullptr;
    }

    QSqlQuery q(kb->m_db);
    // The first read is where SQLite notices a file that is not a database or is damaged.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        err = kb->sqlError(QStringLiteral("reading the header"), q.lastError());
        return nullptr;
    }
    const qint32 appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        err = kb->sqlError(QStringLiteral("reading the header"), q.lastError());
        return nullptr;
    }
    const int version = q.value(0).toInt();
    // Before the schema is read: a newer version's schema may hold what this SQLite cannot parse.
    if (appId == applicationId && version > schemaVersion) {
        err = StoreError::make(C::NewerSchema,
                               QStringLiteral("%1 was written by a newer version of Talysh KB (schema %2; this version "
                                              "reads up to %3). It was not changed; please update the program.")
                                   .arg(file).arg(version).arg(schemaVersion));
        return nullptr;
    }
    // Reading the schema is the first look past page 1; a failure here is damage, not an empty file.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
        err = kb->sqlError(QStringLiteral("reading the schema"), q.lastError());
        return nullptr;
    }
    const bool empty = q.value(0).toInt() == 0;
    if (!(empty && version == 0) && appId != applicationId) {
        err = StoreError::make(C::NotADatabase,
                               QStringLiteral("%1 is an SQLite database but not a Talysh knowledge base.").arg(file));
        return nullptr;
    }
    if (!empty || version > 0) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            err = kb->sqlError(QStringLiteral("checking the file"), q.lastError());
            return nullptr;
        }
        QStringList problems;
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!problems.isEmpty()) {
            err = StoreError::make(C::Damaged, QStringLiteral("%1 is damaged (%2). It was not changed; open a backup or "
                                                              "the bundled knowledge base.").arg(file, problems.first()));
            return nullptr;
        }
    }
    if (!kb->m_readOnly) {
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // A search touches a few hundred pages (name keys, text index, the rows it shows); with SQLite's default
    // 2 MB cache most of them were read from the file again on every keystroke. An upper bound, not an allocation.
    q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(readCacheKiB));
    q.finish();

    if (version < schemaVersion) {
        if (kb->m_readOnly) {
            err = StoreError::make(C::ReadOnly, QStringLiteral("%1 was made by an older version and must be upgraded, "
                                                               "but it is read-only.").arg(file));
            return nullptr;
        }
        if (!kb->migrate(&err))
            return nullptr;
    }
    // An import that died half-way left its rows committed but not yet indexed: index them now, so no
    // search misses them. A failure (another program holds the write lock) is not fatal: check() reports it.
    if (!kb->m_readOnly && !BulkLoad::recover(kb->m_db, &why))
        qWarning("KnowledgeBase: cannot finish an interrupted import in %s: %s", qPrintable(file), qPrintable(why));
    kb->m_search = makeSearchIndex(kb->m_db);
    return kb;
}

KnowledgeBase::~KnowledgeBase()
{
    m_statements.clear();
    m_search.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool KnowledgeBase::begin(StoreError *error)
{
    if (m_readOnly) {
        if (error)
            *error = StoreError::make(StoreError::Code::ReadOnly,
                                      QStringLiteral("%1 is open read-only; nothing was changed.").arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock now, so a second writer waits (busy timeout) instead of failing mid-way.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error)
            *error = sqlError(QStringLiteral("starting a write"), q.lastError());
        return false;
    }
    return true;
}

bool KnowledgeBase::commit(StoreError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = sqlError(QStringLiteral("saving"), q.lastError());
        rollback();
        return false;
    }
    return true;
}

void KnowledgeBase::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

QSqlQuery &KnowledgeBase::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db));
        it->prepare(sql);
    }
    return *it;
}

bool KnowledgeBase::migrate(StoreError *error)
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int from = q.value(0).toInt();
    q.finish();
    if (!begin(error))
        return false;
    for (int v = from + 1; v <= schemaVersion; ++v) {
        for (const QString &stmt : migrationStatements(v)) {
            if (!q.exec(stmt)) {
                if (error)
                    *error = sqlError(QStringLiteral("upgrading to schema %1").arg(v), q.lastError());
                rollback();
                return false;
            }
        }
        // The search tables are new in 2 and filled from the rows; in 4 the tokenizer writes other terms, so an
        // index made before would not match its own rows.
        if ((v == 2 && from >= 1) || (v == 4 && from >= 2)) {
            QString why;
            if (!SearchIndexWriter::rebuild(m_db, &why)) {
                if (error)
                    *error = StoreError::make(StoreError::Code::Io, QStringLiteral("Building the search index failed: %1").arg(why));
                rollback();
                return false;
            }
        }
    }
    q.exec(QStringLiteral("PRAGMA application_id=%1").arg(applicationId));
    q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion));
    return commit(error);
}

QString KnowledgeBase::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool KnowledgeBase::setMeta(const QString &key, const QString &value, StoreError *error)
{
    if (!begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = sqlError(QStringLiteral("saving settings"), q.lastError());
        rollback();
        return false;
    }
    return commit(error);
}

// ---------------------------------------------------------------------------------------------- reads

Citation KnowledgeBase::citation(const QVariant &id) const
{
    if (id.isNull())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT source, section, sentence FROM citation WHERE id=?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return Citation{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return {};
}

std::optional<Entity> KnowledgeBase::entity(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rowid, kind, name, summary, body, date_precision, date_start, date_end, date_text "
                             "FROM entity WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Entity e;
    const qint64 rowid = q.value(0).toLongLong();
    e.id = id;
    e.kind = entityKindFromId(q.value(1).toString()).value_or(EntityKind::Topic);
    e.name = q.value(2).toString();
    e.summary = q.value(3).toString();
    e.body = q.value(4).toString();
    e.date = readDate(q, 5);

    q.prepare(QStringLiteral("SELECT text, language, script FROM alias WHERE entity=? ORDER BY ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next())
        e.aliases.append(Alias{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});

    q.prepare(QStringLiteral("SELECT a.key, a.value, c.source, c.section, c.sentence FROM attribute a "
                             "LEFT JOIN citation c ON c.id=a.citation WHERE a.entity=? ORDER BY a.ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next())
        e.attributes.append(Attribute{q.value(0).toString(), q.value(1).toString(),
                                      Citation{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}});

    q.prepare(QStringLiteral("SELECT c.source, c.section, c.sentence FROM entity_citation ec "
                             "JOIN citation c ON c.id=ec.citation WHERE ec.entity=? ORDER BY ec.ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next())
        e.citations.append(Citation{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return e;
}

bool KnowledgeBase::contains(const QString &id) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT 1 FROM entity WHERE id=?"));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

QString KnowledgeBase::name(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM entity WHERE id=?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

namespace {

QString whereClause(std::optional<EntityKind> kind, const QString &filter)
{
    QStringList where;
    if (kind)
        where << QStringLiteral("kind=:kind");
    if (!filter.trimmed().isEmpty())
        where << QStringLiteral("instr(filter_key, :filter) > 0");
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void bindWhere(QSqlQuery &q, std::optional<EntityKind> kind, const QString &filter)
{
    if (kind)
        q.bindValue(QStringLiteral(":kind"), entityKindId(*kind));
    if (!filter.trimmed().isEmpty())
        q.bindValue(QStringLiteral(":filter"), textKey(filter.trimmed()));
}

} // namespace

QList<EntityRef> KnowledgeBase::entities(std::optional<EntityKind> kind, const QString &filter, int offset, int limit,
                                         bool withAliases) const
{
    QList<EntityRef> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, id, kind, name, summary, date_precision, date_start, date_end, date_text FROM entity")
              + whereClause(kind, filter) + QStringLiteral(" ORDER BY sort_key, id LIMIT :limit OFFSET :offset"));
    bindWhere(q, kind, filter);
    q.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return out;
    QList<qint64> rowids;
    while (q.next()) {
        EntityRef r;
        rowids << q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.kind = entityKindFromId(q.value(2).toString()).value_or(EntityKind::Topic);
        r.name = q.value(3).toString();
        r.summary = q.value(4).toString();
        r.date = readDate(q, 5);
        out.append(r);
    }
    if (withAliases) {
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("SELECT text FROM alias WHERE entity=? ORDER BY ord"));
        for (qsizetype i = 0; i < out.size(); ++i) {
            a.addBindValue(rowids[i]);
            a.exec();
            while (a.next())
                out[i].aliases << a.value(0).toString();
        }
    }
    return out;
}

qint64 KnowledgeBase::count(std::optional<EntityKind> kind, const QString &filter) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM entity") + whereClause(kind, filter));
    bindWhere(q, kind, filter);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Relation> KnowledgeBase::relations(const QString &id) const
{
    QList<Relation> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT subject, predicate, object, from_precision, from_start, from_end, from_text,"
                             " to_precision, to_start, to_end, to_text, citation FROM relation"
                             " WHERE subject=:id UNION ALL"
                             " SELECT subject, predicate, object, from_precision, from_start, from_end, from_text,"
                             " to_precision, to_start, to_end, to_text, citation FROM relation"
                             " WHERE object=:id AND subject<>:id ORDER BY 2, 1, 3"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return out;
    while (q.next()) {
        Relation r;
        r.subject = q.value(0).toString();
        r.predicate = q.value(1).toString();
        r.object = q.value(2).toString();
        r.from = readDate(q, 3);
        r.to = readDate(q, 7);
        r.citation = citation(q.value(11));
        out.append(r);
    }
    return out;
}

QList<Mention> KnowledgeBase::backlinks(const QString &id) const
{
    QList<Mention> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.from_id, coalesce(e.name, m.from_id), coalesce(e.kind, 'source'), m.section, m.label, m.count"
                             " FROM mention m LEFT JOIN entity e ON e.id=m.from_id"
                             " WHERE m.to_id=? AND m.from_id<>m.to_id ORDER BY e.sort_key, m.from_id, m.section"));
    q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next()) {
        Mention m;
        m.fromId = q.value(0).toString();
        m.fromName = q.value(1).toString();
        m.fromKind = entityKindFromId(q.value(2).toString()).value_or(EntityKind::Source);
        m.section = q.value(3).toString();
        m.label = q.value(4).toString();
        m.count = q.value(5).toInt();
        out.append(m);
    }
    return out;
}

QList<EntityRef> KnowledgeBase::events() const
{
    QList<EntityRef> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, name, summary, date_precision, date_start, date_end, date_text FROM entity"
                             " WHERE kind='event' ORDER BY date_sort IS NULL, date_sort, sort_key"));
    if (!q.exec())
        return out;
    while (q.next()) {
        EntityRef r;
        r.id = q.value(0).toString();
        r.kind = EntityKind::Event;
        r.name = q.value(2).toString();
        r.summary = q.value(3).toString();
        r.date = readDate(q, 4);
        out.append(r);
    }
    return out;
}

std::optional<SourceDocument> KnowledgeBase::source(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, origin FROM source_document WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SourceDocument s;
    s.id = id;
    s.title = q.value(0).toString();
    s.origin = q.value(1).toString();
    q.prepare(QStringLiteral("SELECT key, value FROM source_infobox WHERE source=? ORDER BY ord"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        s.infobox.append(Attribute{q.value(0).toString(), q.value(1).toString(), {}});
    q.prepare(QStringLiteral("SELECT id, title, text FROM section WHERE source=? ORDER BY ord"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        s.sections.append(Section{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return s;
}

QList<SourceDocument> KnowledgeBase::sources() const
{
    QList<SourceDocument> out;
    QSqlQuery q(m_db);
    QStringList ids;
    if (q.exec(QStringLiteral("SELECT id FROM source_document ORDER BY id"))) {
        while (q.next())
            ids << q.value(0).toString();
    }
    for (const QString &id : ids) {
        if (auto s = source(id))
            out.append(*s);
    }
    return out;
}

// --------------------------------------------------------------------------------------------- writes

std::optional<qint64> KnowledgeBase::citationId(const Citation &c, StoreError *error)
{
    if (!c.isValid())
        return std::nullopt;
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO citation(source, section, sentence) VALUES(?, CAST(? AS TEXT), CAST(? AS TEXT)) "
                                            "ON CONFLICT(source, section, sentence) DO UPDATE SET source=excluded.source RETURNING id"));
    q.addBindValue(c.source);
    q.addBindValue(text(c.section));
    q.addBindValue(text(c.sentence));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = sqlError(QStringLiteral("saving a citation"), q.lastError());
        q.finish();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool KnowledgeBase::writeEntity(const Entity &e, StoreError *error)
{
    auto fail = [&](const QString &what, const QSqlQuery &q) {
        if (error)
            *error = sqlError(what, q.lastError());
        return false;
    };
    if (e.id.isEmpty() || e.name.trimmed().isEmpty()) {
        if (error)
            *error = StoreError::make(StoreError::Code::Invalid, QStringLiteral("An entity needs an id and a name (id \"%1\").").arg(e.id));
        return false;
    }
    // Prepared once per connection: an import writes thousands of entities, and preparing the statements
    // that fire the search triggers costs more than running them.
    QSqlQuery &remove = statement(QStringLiteral("DELETE FROM entity WHERE id=?"));
    remove.addBindValue(e.id);
    if (!remove.exec())
        return fail(QStringLiteral("replacing %1").arg(e.id), remove);

    QStringList aliasTexts;
    for (const Alias &a : e.aliases)
        aliasTexts << a.text;
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO entity(id, kind, name, sort_key, aliases_text, filter_key, summary, body,"
                             " date_precision, date_start, date_end, date_text, date_sort)"
                             " VALUES(:id, :kind, CAST(:name AS TEXT), CAST(:sort AS TEXT), CAST(:aliases AS TEXT), CAST(:filter AS TEXT), CAST(:summary AS TEXT),"
                             " CAST(:body AS TEXT),"
                             " :date_precision, :date_start, :date_end, :date_text, :date_sort)"));
    q.bindValue(QStringLiteral(":id"), e.id);
    q.bindValue(QStringLiteral(":kind"), entityKindId(e.kind));
    q.bindValue(QStringLiteral(":name"), text(e.name));
    q.bindValue(QStringLiteral(":sort"), text(textKey(e.name)));
    q.bindValue(QStringLiteral(":aliases"), text(aliasTexts.join(u'\n')));
    q.bindValue(QStringLiteral(":filter"), text(textKey(e.name + u'\n' + aliasTexts.join(u'\n'))));
    q.bindValue(QStringLiteral(":summary"), text(e.summary));
    q.bindValue(QStringLiteral(":body"), text(e.body));
    bindDate(q, QStringLiteral(":date_"), e.date);
    q.bindValue(QStringLiteral(":date_sort"), e.date.isValid() ? e.date.sortKey() : QVariant(QMetaType::fromType<QString>()));
    if (!q.exec())
        return fail(QStringLiteral("saving %1").arg(e.id), q);
    const qint64 rowid = q.lastInsertId().toLongLong();

    QSqlQuery &alias = statement(
        QStringLiteral("INSERT INTO alias(entity, ord, text, language, script) VALUES(?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"));
    for (qsizetype i = 0; i < e.aliases.size(); ++i) {
        alias.addBindValue(rowid);
        alias.addBindValue(int(i));
        alias.addBindValue(text(e.aliases[i].text));
        alias.addBindValue(text(e.aliases[i].language));
        alias.addBindValue(text(e.aliases[i].script));
        if (!alias.exec())
            return fail(QStringLiteral("saving the aliases of %1").arg(e.id), alias);
    }
    for (qsizetype i = 0; i < e.attributes.size(); ++i) {
        const Attribute &a = e.attributes[i];
        std::optional<qint64> cid;
        if (a.citation.isValid()) {
            cid = citationId(a.citation, error);
            if (!cid)
                return false;
        }
        QSqlQuery &attribute =
            statement(QStringLiteral("INSERT INTO attribute(entity, ord, key, value, citation) VALUES(?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?)"));
        attribute.addBindValue(rowid);
        attribute.addBindValue(int(i));
        attribute.addBindValue(text(a.key));
        attribute.addBindValue(text(a.value));
        attribute.addBindValue(cid ? QVariant(*cid) : QVariant(QMetaType::fromType<qint64>()));
        if (!attribute.exec())
            return fail(QStringLiteral("saving the attributes of %1").arg(e.id), attribute);
    }
    for (qsizetype i = 0; i < e.citations.size(); ++i) {
        if (!e.citations[i].isValid()) {
            if (error)
                *error = StoreError::make(StoreError::Code::Invalid,
                                          QStringLiteral("A citation of %1 needs a source and a sentence.").arg(e.id));
            return false;
        }
        const auto cid = citationId(e.citations[i], error);
        if (!cid)
            return false;
        QSqlQuery &citation = statement(QStringLiteral("INSERT OR IGNORE INTO entity_citation(entity, ord, citation) VALUES(?, ?, ?)"));
        citation.addBindValue(rowid);
        citation.addBindValue(int(i));
        citation.addBindValue(*cid);
        if (!citation.exec())
            return fail(QStringLiteral("saving the citations of %1").arg(e.id), citation);
    }
    return refreshMentions(e.id, error);
}

bool KnowledgeBase::refreshMentions(const QString &fromId, StoreError *error)
{
    QSqlQuery &remove = statement(QStringLiteral("DELETE FROM mention WHERE from_id=?"));
    remove.addBindValue(fromId);
    remove.exec();
    // Texts that can link: the entity's body and summary, and, for a source document, its sections.
    QList<QPair<QString, QString>> texts; // section title, text
    QSqlQuery &entityText = statement(QStringLiteral("SELECT summary || char(10) || body FROM entity WHERE id=?"));
    entityText.addBindValue(fromId);
    if (entityText.exec() && entityText.next())
        texts.append({QString(), entityText.value(0).toString()});
    entityText.finish();
    QSqlQuery &sections = statement(QStringLiteral("SELECT title, text FROM section WHERE source=? ORDER BY ord"));
    sections.addBindValue(fromId);
    if (sections.exec()) {
        while (sections.next())
            texts.append({sections.value(0).toString().isEmpty() ? QStringLiteral("(lead)") : sections.value(0).toString(),
                          sections.value(1).toString()});
    }
    sections.finish();
    // Keyed by section, target and label joined with a separator that cannot occur in them.
    QHash<QString, int> counts;
    for (const auto &[section, text] : texts) {
        for (const WikiLink &l : WikiLink::parse(text))
            counts[section + u'\x1f' + l.target + u'\x1f' + l.label] += 1;
    }
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO mention(from_id, section, to_id, label, count) VALUES(?, CAST(? AS TEXT), ?, CAST(? AS TEXT), ?)"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QStringList parts = it.key().split(u'\x1f');
        q.addBindValue(fromId);
        q.addBindValue(text(parts[0]));
        q.addBindValue(parts[1]);
        q.addBindValue(text(parts[2]));
        q.addBindValue(it.value());
        if (!q.exec()) {
            if (error)
                *error = sqlError(QStringLiteral("saving links of %1").arg(fromId), q.lastError());
            return false;
        }
    }
    return true;
}

bool KnowledgeBase::writeRelation(const Relation &r, StoreError *error)
{
    std::optional<qint64> cid;
    if (r.citation.isValid()) {
        cid = citationId(r.citation, error);
        if (!cid)
            return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO relation(subject, predicate, object, from_precision, from_start, from_end, from_text,"
                             " to_precision, to_start, to_end, to_text, citation)"
                             " VALUES(:s, :p, :o, :from_precision, :from_start, :from_end, :from_text,"
                             " :to_precision, :to_start, :to_end, :to_text, :c)"));
    q.bindValue(QStringLiteral(":s"), r.subject);
    q.bindValue(QStringLiteral(":p"), r.predicate);
    q.bindValue(QStringLiteral(":o"), r.object);
    bindDate(q, QStringLiteral(":from_"), r.from);
    bindDate(q, QStringLiteral(":to_"), r.to);
    q.bindValue(QStringLiteral(":c"), cid ? QVariant(*cid) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec()) {
        if (error)
            *error = sqlError(QStringLiteral("saving a relation"), q.lastError());
        return false;
    }
    return true;
}

bool KnowledgeBase::writeSource(const SourceDocument &s, StoreError *error)
{
    QSqlQuery q(m_db);
    auto fail = [&](const QString &what) {
        if (error)
            *error = sqlError(what, q.lastError());
        return false;
    };
    q.prepare(QStringLiteral("DELETE FROM source_document WHERE id=?"));
    q.addBindValue(s.id);
    if (!q.exec())
        return fail(QStringLiteral("replacing %1").arg(s.id));
    q.prepare(QStringLiteral("INSERT INTO source_document(id, title, origin) VALUES(?, CAST(? AS TEXT), CAST(? AS TEXT))"));
    q.addBindValue(s.id);
    q.addBindValue(text(s.title));
    q.addBindValue(text(s.origin));
    if (!q.exec())
        return fail(QStringLiteral("saving %1").arg(s.id));
    q.prepare(QStringLiteral("INSERT INTO source_infobox(source, ord, key, value) VALUES(?, ?, CAST(? AS TEXT), CAST(? AS TEXT))"));
    for (qsizetype i = 0; i < s.infobox.size(); ++i) {
        q.addBindValue(s.id);
        q.addBindValue(int(i));
        q.addBindValue(text(s.infobox[i].key));
        q.addBindValue(text(s.infobox[i].value));
        if (!q.exec())
            return fail(QStringLiteral("saving the infobox of %1").arg(s.id));
    }
    q.prepare(QStringLiteral("INSERT INTO section(source, ord, id, title, text) VALUES(?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"));
    for (qsizetype i = 0; i < s.sections.size(); ++i) {
        q.addBindValue(s.id);
        q.addBindValue(int(i));
        q.addBindValue(text(s.sections[i].id));
        q.addBindValue(text(s.sections[i].title));
        q.addBindValue(text(s.sections[i].text));
        if (!q.exec())
            return fail(QStringLiteral("saving the sections of %1").arg(s.id));
    }
    return true;
}

bool KnowledgeBase::importPack(const KnowledgePack &pack, StoreError *error)
{
    using C = StoreError::Code;
    if (!begin(error))
        return false;
    auto abort = [&](const StoreError &e) {
        if (error)
            *error = e;
        rollback();
        return false;
    };
    StoreError err;
    // A large pack is written set-wise (BulkLoad): its search indexing waits for the end of the transaction, and
    // when it outweighs what is stored the list indexes are rebuilt by one sort rather than grown row by row.
    std::optional<BulkLoad> bulk;
    if (pack.entities.size() >= bulkImportEntities) {
        bulk.emplace(m_db);
        QString why;
        if (!bulk->begin(pack.entities.size() >= count(std::nullopt), &why))
            return abort(StoreError::make(C::Io, QStringLiteral("Cannot start the import: %1. Nothing was changed.").arg(why)));
    }
    QSet<QString> sourceEntities;
    for (const Entity &e : pack.entities) {
        if (e.kind == EntityKind::Source)
            sourceEntities.insert(e.id);
    }
    for (const SourceDocument &s : pack.sources) {
        if (!writeSource(s, &err))
            return abort(err);
    }
    for (const Entity &e : pack.entities) {
        if (!writeEntity(e, &err))
            return abort(err);
    }
    // A source document is also an entity, so it can be linked, listed and searched like any other.
    for (const SourceDocument &s : pack.sources) {
        if (!sourceEntities.contains(s.id) && !contains(s.id)) {
            Entity e;
            e.id = s.id;
            e.kind = EntityKind::Source;
            e.name = s.title;
            if (!writeEntity(e, &err))
                return abort(err);
        } else if (!refreshMentions(s.id, &err)) {
            return abort(err);
        }
    }
    for (const Relation &r : pack.relations) {
        if (!writeRelation(r, &err))
            return abort(err);
    }
    // Everything this pack's relations and links point at must exist now, in the pack or already in the base.
    // Only the pack's own rows are checked: a link an earlier edit or removal left dangling is for check() to
    // report, and must not make every later import fail.
    for (const Relation &r : pack.relations) {
        if (!contains(r.subject) || !contains(r.object))
            return abort(StoreError::make(C::Invalid, QStringLiteral("The relation \"%1 %2 %3\" names an entity that does not exist.")
                                                          .arg(r.subject, r.predicate, r.object)));
    }
    QStringList linking;
    for (const Entity &e : pack.entities)
        linking << e.id;
    for (const SourceDocument &s : pack.sources)
        linking << s.id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.to_id FROM mention m WHERE m.from_id=? AND NOT EXISTS (SELECT 1 FROM entity WHERE id=m.to_id)"
                             " ORDER BY m.to_id LIMIT 1"));
    for (const QString &from : linking) {
        q.addBindValue(from);
        if (q.exec() && q.next())
            return abort(StoreError::make(C::Invalid, QStringLiteral("%1 links to \"%2\", which does not exist.").arg(from, q.value(0).toString())));
    }
    q.finish();
    if (!pack.id.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('title', ?) ON CONFLICT(key) DO NOTHING"));
        q.addBindValue(pack.title);
        q.exec();
    }
    q.finish();
    if (bulk) {
        QString why;
        if (!bulk->finish(&why))
            return abort(StoreError::make(C::Io, QStringLiteral("Cannot index the import: %1. Nothing was changed.").arg(why)));
    }
    return commit(error);
}

bool KnowledgeBase::upsertEntity(const Entity &entity, StoreError *error)
{
    if (!begin(error))
        return false;
    StoreError err;
    if (!writeEntity(entity, &err)) {
        if (error)
            *error = err;
        rollback();
        return false;
    }
    return commit(error);
}

bool KnowledgeBase::removeEntity(const QString &id, StoreError *error)
{
    if (!begin(error))
        return false;
    QSqlQuery q(m_db);
    const QStringList stmts = {QStringLiteral("DELETE FROM relation WHERE subject=:id OR object=:id"),
                               QStringLiteral("DELETE FROM mention WHERE from_id=:id"),
                               QStringLiteral("DELETE FROM entity WHERE id=:id")};
    for (const QString &s : stmts) {
        q.prepare(s);
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec()) {
            if (error)
                *error = sqlError(QStringLiteral("removing %1").arg(id), q.lastError());
            rollback();
            return false;
        }
    }
    return commit(error);
}

bool KnowledgeBase::addRelation(const Relation &relation, StoreError *error)
{
    if (!contains(relation.subject) || !contains(relation.object)) {
        if (error)
            *error = StoreError::make(StoreError::Code::Invalid,
                                      QStringLiteral("The relation names an entity that does not exist (%1, %2).").arg(relation.subject, relation.object));
        return false;
    }
    if (!begin(error))
        return false;
    StoreError err;
    if (!writeRelation(relation, &err)) {
        if (error)
            *error = err;
        rollback();
        return false;
    }
    return commit(error);
}

IntegrityReport KnowledgeBase::check(bool quick) const
{
    IntegrityReport r;
    QSqlQuery q(m_db);
    r.checks << (quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"));
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        r.problems << q.lastError().text();
    } else {
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                r.problems << q.value(0).toString();
        }
    }
    r.checks << QStringLiteral("foreign_key_check");
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            r.problems << QStringLiteral("foreign key: %1 row %2 -> %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    r.checks << QStringLiteral("relations");
    if (q.exec(QStringLiteral("SELECT subject, predicate, object FROM relation r WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id=r.subject)"
                              " OR NOT EXISTS (SELECT 1 FROM entity WHERE id=r.object)"))) {
        while (q.next())
            r.problems << QStringLiteral("relation to a missing entity: %1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    r.checks << QStringLiteral("links");
    if (q.exec(QStringLiteral("SELECT from_id, to_id FROM mention m WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id=m.to_id)"))) {
        while (q.next())
            r.problems << QStringLiteral("link to a missing entity: %1 -> %2").arg(q.value(0).toString(), q.value(1).toString());
    }
    q.finish();
    r.checks << QStringLiteral("fts5 integrity-check");
    SearchIndexWriter::integrityCheck(const_cast<QSqlDatabase &>(m_db), &r.problems);
    r.ok = r.problems.isEmpty();
    return r;
}

} // namespace tkb
