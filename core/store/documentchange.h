// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One entity's part of a commit: the document as the change saw it (checked against the file), and as it is to be.
#include <core/store/entitydocument.h>

namespace tkb {

struct DocumentChange
{
    QString id;
    QString action; ///< create, edit, delete, merge, revert, restore
    QString note;
    std::optional<EntityDocument> before; ///< nullopt: the entity must not exist
    std::optional<EntityDocument> after; ///< nullopt: the entity goes (a tombstone)
};

} // namespace tkb
