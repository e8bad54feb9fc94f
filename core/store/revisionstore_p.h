// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The history tables of one knowledge base (changeset, revision): writes inside the caller's transaction, and
// the reads history, revert and replay make.
#include <core/store/changesetinfo.h>
#include <core/store/revision.h>
#include <core/store/storeerror.h>

#include <QSqlDatabase>

#include <optional>

namespace tkb {

class SqlErrorMapper;

class RevisionStore
{
public:
    RevisionStore(const QSqlDatabase &db, const SqlErrorMapper &errors);

    /// Adds the changeset row (info.id 0: a new id; otherwise that id) and returns its id, or 0 on failure.
    qint64 addChangeSet(const ChangeSetInfo &info, StoreError *error);
    /// Adds a revision row (r.id 0: a new id); r.changeset must exist.
    bool addRevision(const Revision &r, StoreError *error);
    /// History carried by a pack; ids are kept when this base has none yet, renumbered otherwise.
    bool import(const QList<ChangeSetInfo> &changeSets, const QList<Revision> &revisions, StoreError *error);

    QList<Revision> history(const QString &entity) const;
    std::optional<Revision> revision(qint64 id) const;
    QList<Revision> revisionsOf(qint64 changeset) const;
    std::optional<ChangeSetInfo> changeSet(qint64 id) const;
    /// The newest first; limit < 0 for all.
    QList<ChangeSetInfo> recent(int limit) const;
    /// Every changeset in the order made, optionally only those of one origin.
    QList<ChangeSetInfo> all(const QString &origin = {}) const;
    QList<ChangeSetInfo> notApplied() const;
    bool isEmpty() const;

private:
    QList<ChangeSetInfo> changeSets(const QString &where, const QVariantList &values, const QString &order) const;
    QList<Revision> revisions(const QString &where, const QVariant &value) const;

    QSqlDatabase m_db;
    const SqlErrorMapper &m_errors;
};

} // namespace tkb
