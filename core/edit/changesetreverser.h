// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Takes a committed changeset back (undo) or makes it again (redo) as a new change document of puts, refused when
// an entity it touched is no longer as the changeset left it (or, for a redo, as it found it), so an undo never
// overwrites what someone changed since.
#include <core/edit/changeset.h>

#include <optional>

namespace tkb {

class KnowledgeBase;

class ChangeSetReverser
{
public:
    enum class Direction {
        Undo, ///< every entity back as it was before the changeset
        Redo, ///< every entity as it was right after the changeset
    };
    /// The change document that takes changeset the way direction says, with comment; nullopt with error when
    /// the changeset has no revisions, a revision cannot be read, or an entity has changed since.
    static std::optional<ChangeSet> changes(
        const KnowledgeBase &kb, qint64 changeset, Direction direction, const QString &comment, QString *error);
};

} // namespace tkb
