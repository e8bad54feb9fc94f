// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One entity's change in one changeset: the document before and after it (a null after is a tombstone).
#include <core/store/changesetinfo.h>

namespace tkb {

struct Revision
{
    qint64 id = 0;
    qint64 changeset = 0;
    QString entity;
    QString action; ///< create, edit, delete, merge, revert, restore
    QString note; ///< e.g. "merged into person/x"
    QString before; ///< EntityDocument JSON text; null when the entity did not exist
    QString after; ///< null for a tombstone
    /// The changeset's time, author and comment, for showing the revision on its own.
    QDateTime time;
    QString author;
    QString comment;

    bool isTombstone() const { return after.isNull(); }
    friend bool operator==(const Revision &, const Revision &) = default;
};

} // namespace tkb
