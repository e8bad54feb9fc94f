// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an entity's neighbourhood a group at a time, so an entity with thousands of relations opens at once: how
// many neighbours each kind of relation (predicate and direction) has, and one page of a group's neighbours.
#include <core/store/entityref.h>

#include <QList>

namespace tkb {

class KnowledgeBase;

class NeighbourQuery
{
public:
    struct Group
    {
        QString predicate;
        bool outgoing = false; ///< the entity is the subject ("member of"), else the object ("member")
        int count = 0; ///< distinct neighbours, the entity itself not counted
    };

    explicit NeighbourQuery(const KnowledgeBase &kb);

    /// Groups of id's relations, outgoing first, then by predicate.
    QList<Group> groups(const QString &id) const;
    /// Neighbours distinct from id (not more than all, all when it has few): cheap to ask before groups().
    int neighbourCount(const QString &id) const;
    /// One page of a group's neighbours in name order, with their names and kinds (an entity not in the base
    /// comes with its id as its name).
    QList<EntityRef> members(const QString &id, const Group &group, int offset, int limit) const;

private:
    const KnowledgeBase &m_kb;
};

} // namespace tkb
