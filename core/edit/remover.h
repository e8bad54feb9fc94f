// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deletion as a tombstone and its undoing, within a change set: a deleted entity takes the relations and links
// pointing at it out of the other documents (each such document gets a revision of its own), and a restore puts
// the entity and those relations and links back.
#include <QString>

namespace tkb {

class Workspace;

class Remover
{
public:
    static bool remove(Workspace &documents, const QString &id, QString *error);
    /// Puts back the entity as its last tombstone holds it.
    static bool restore(Workspace &documents, const QString &id, QString *error);
};

} // namespace tkb
