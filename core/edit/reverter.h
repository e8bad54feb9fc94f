// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Makes an entity again as it was right after one of its revisions (a tombstone deletes it again), as a new
// changeset whose change document is a "put" of that whole document, so the revert can be replayed like any edit.
#include <core/edit/changeset.h>
#include <core/store/changesetinfo.h>

namespace tkb {

class KnowledgeBase;

class Reverter
{
public:
    /// Where a revert takes the entity: as it was right after the revision, or right before it (undoing it: the
    /// only way back to the pack's own version before an entity's first revision).
    enum class To { After, Before };
    /// The change document that reverts id to revision; error when the revision is not one of id's.
    static std::optional<ChangeSet> changes(
        const KnowledgeBase &kb, const QString &id, qint64 revision, QString *error, To to = To::After);
    static bool revert(KnowledgeBase &kb, const QString &id, qint64 revision, ChangeSetInfo info, QString *error,
        qint64 *changesetId = nullptr, To to = To::After);
};

} // namespace tkb
