// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Applies a change set to a knowledge base, all or nothing: works each change out on the current documents in
// memory, checks it (what it names exists or does not, relations and links resolve, new citations are verbatim),
// then commits every changed document with one revision each in one transaction. An error names the change.
#include <core/edit/changeset.h>
#include <core/store/changesetinfo.h>
#include <core/store/documentchange.h>

namespace tkb {

class KnowledgeBase;

class ChangeApplier
{
public:
    explicit ChangeApplier(KnowledgeBase &kb);

    /// The document changes set would make, without writing anything.
    std::optional<QList<DocumentChange>> prepare(const ChangeSet &set, QString *error) const;
    /// prepare() and commit. info's author falls back to the set's, then ChangeSet::defaultAuthor(); its comment
    /// to the set's; its changes to the set's JSON.
    bool apply(const ChangeSet &set, ChangeSetInfo info, QString *error, qint64 *changesetId = nullptr);
    /// The id of id's newest revision, 0 when it has none: what a change's "ifRevision" is checked against.
    static qint64 newestRevision(const KnowledgeBase &kb, const QString &id);

private:
    bool unchangedSince(const Change &c, QString *why) const;

    KnowledgeBase &m_kb;
};

} // namespace tkb
