// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Merges one entity into another within a change set: the one that goes leaves its name as an alias, its claims
// and relations to the one that stays, has every relation and link to it re-pointed, and leaves a tombstone.
#include <QString>

namespace tkb {

class Workspace;

class Merger
{
public:
    static bool merge(Workspace &documents, const QString &id, const QString &into, QString *error);
};

} // namespace tkb
