// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One knowledge base file as the rest of the program sees it: opening it safely, reads for the views, and
// transactional writes, with no SQL in sight (the work is done behind it, in core/store/*_p.h). Each instance
// owns one SQLite connection and must be used from one thread; open a second instance on the same path for a
// worker thread.
#include <core/model/knowledgepack.h>
#include <core/store/changesetinfo.h>
#include <core/store/documentchange.h>
#include <core/store/entityref.h>
#include <core/store/integrityreport.h>
#include <core/store/mention.h>
#include <core/store/revision.h>
#include <core/store/schema.h>
#include <core/store/storeerror.h>

#include <functional>
#include <memory>
#include <optional>

namespace tkb {

class SearchIndex;

class KnowledgeBase
{
public:
    enum class OpenMode {
        ReadWrite, ///< an existing file; falls back to read-only if the file cannot be written
        ReadOnly, ///< an existing file, never written
        CreateOrOpen, ///< create a new empty knowledge base if no file is there
    };
    /// Schema version this build writes (PRAGMA user_version).
    static constexpr int schemaVersion = Schema::version;
    /// PRAGMA application_id of our files ("TKB1"), so another program's SQLite file is refused.
    static constexpr qint32 applicationId = Schema::applicationId;

    /// How much of the file is checked before open() returns.
    enum class Verification {
        Full, ///< PRAGMA quick_check: reads the whole file (seconds for a million entities)
        /// The header, the schema and a bounded sample of every table only; the full check is the caller's to run
        /// (check() on another connection, on a worker thread) and to report with setVerified(). Until then
        /// every write is refused. A file that needs a migration is checked in full all the same.
        Deferred,
    };
    static std::unique_ptr<KnowledgeBase> open(
        const QString &path, OpenMode mode, StoreError *error, Verification verification = Verification::Full);
    /// Whether open() would first upgrade the file at path, written by an older version (which may rebuild its
    /// search index: minutes for a million entities). Reads the file's header only; false for what is not ours.
    static bool needsUpgrade(const QString &path);
    /// What open() does to an older file, for a worker thread: checks it in full and upgrades it while keepGoing
    /// (asked every few thousand SQLite steps, on this thread) returns true. When it returns false the upgrade is
    /// rolled back, the file is left as it was, and error says Cancelled.
    static bool upgrade(const QString &path, StoreError *error, const std::function<bool()> &keepGoing);
    ~KnowledgeBase();
    KnowledgeBase(const KnowledgeBase &) = delete;
    KnowledgeBase &operator=(const KnowledgeBase &) = delete;

    QString path() const;
    bool isReadOnly() const;
    /// Whether the file's full check has passed (after a Deferred open: once setVerified() says so).
    bool isVerified() const;
    /// The outcome of the full check of a Deferred open: writes are allowed when it passed, and refused with its
    /// first problem (StoreError::Damaged) when it did not.
    void setVerified(const IntegrityReport &report);
    QString meta(const QString &key) const;
    /// Changes whenever another connection (another window, the command line, another program) has committed to
    /// the file since the last call; this connection's own writes leave it as it is. -1 if it cannot be read.
    qint64 dataVersion() const;
    bool setMeta(const QString &key, const QString &value, StoreError *error);
    /// The search engine over this file (same connection, same thread).
    const SearchIndex &search() const;

    // ---- reads ----
    std::optional<Entity> entity(const QString &id) const;
    bool contains(const QString &id) const;
    /// Display name for an id, or empty if unknown.
    QString name(const QString &id) const;
    /// An entity's aliases with their language and script (no claims), in order; empty if unknown.
    QList<Alias> aliases(const QString &id) const;
    /// Entities of a kind (all kinds when nullopt) in name order; filter matches name or alias (case- and
    /// accent-insensitive substring). offset/limit page through large bases.
    QList<EntityRef> entities(std::optional<EntityKind> kind, const QString &filter = {}, int offset = 0,
        int limit = -1, bool withAliases = false) const;
    qint64 count(std::optional<EntityKind> kind, const QString &filter = {}) const;
    /// Relations in which id is subject or object, in a stable order (predicate, other end).
    QList<Relation> relations(const QString &id) const;
    /// Who mentions id: entity bodies and source sections that link to it.
    QList<Mention> backlinks(const QString &id) const;
    /// Events in chronological order; undated ones last. withAliases fills their aliases too.
    QList<EntityRef> events(bool withAliases = false) const;
    QList<SourceDocument> sources() const;
    std::optional<SourceDocument> source(const QString &id) const;

    // ---- writes (each one transaction, BEGIN IMMEDIATE; on failure nothing changes) ----
    /// Adds a pack's sources, entities and relations. Ids already present are replaced.
    bool importPack(const KnowledgePack &pack, StoreError *error);
    bool upsertEntity(const Entity &entity, StoreError *error);
    bool removeEntity(const QString &id, StoreError *error);
    bool addRelation(const Relation &relation, StoreError *error);

    // ---- documents and their history (core/edit makes the changes; see docs/CHANGES.md) ----
    /// An entity with its outgoing relations (and its text, for a source): what a revision records.
    std::optional<EntityDocument> document(const QString &id) const;
    /// Writes every change's document (the search index follows in the same transaction), records the changeset
    /// and one revision per entity. Refused whole, nothing written, when a change's before is no longer what
    /// the file holds (someone else changed that entity): the error names it.
    bool commit(const ChangeSetInfo &info, const QList<DocumentChange> &changes, StoreError *error,
        qint64 *changesetId = nullptr);
    /// Keeps a changeset that did not take effect (state "not-applied", with its problem), so it is never lost.
    bool recordNotApplied(const ChangeSetInfo &info, StoreError *error, qint64 *changesetId = nullptr);
    /// Adds history carried by a pack (changesets and their revisions as they were), in one transaction. Their
    /// ids are kept when this base has no history yet.
    bool importHistory(const QList<ChangeSetInfo> &changeSets, const QList<Revision> &revisions, StoreError *error);
    /// An entity's revisions, oldest first.
    QList<Revision> history(const QString &id) const;
    std::optional<Revision> revision(qint64 id) const;
    QList<Revision> revisionsOf(qint64 changeset) const;
    std::optional<ChangeSetInfo> changeSet(qint64 id) const;
    /// Newest first.
    QList<ChangeSetInfo> recentChanges(int limit) const;
    /// Oldest first; only those of origin when it is given.
    QList<ChangeSetInfo> allChanges(const QString &origin = {}) const;
    QList<ChangeSetInfo> notAppliedChanges() const;

    /// PRAGMA integrity_check (quick_check when quick), foreign keys, FTS5 integrity, dangling links.
    IntegrityReport check(bool quick = false) const;
    /// PRAGMA quick_check alone: the check a Verification::Full open makes, for a Deferred one's worker.
    IntegrityReport checkFile() const;
    /// Stops a check() or another long statement running on this connection in another thread (it then fails);
    /// the one call that may come from another thread.
    void interrupt() const;

    /// The store's insides (core/store/knowledgebase_p.h), opaque outside core. Core and tests reach the
    /// connection through core/store/connection_p.h; the UI has no way to it.
    struct Private;

private:
    explicit KnowledgeBase(std::unique_ptr<Private> d);
    static std::unique_ptr<KnowledgeBase> openFile(const QString &path, OpenMode mode, StoreError *error,
        Verification verification, const std::function<bool()> &keepGoing);

    std::unique_ptr<Private> d;
};

} // namespace tkb
