// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The claims of an entity a citation can rest under (the entity itself, its aliases, attributes, relations and
// dates), each said readably, and the change (docs/CHANGES.md) that adds a citation to one of them.
#include <core/store/entitydocument.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace tkb {

class KnowledgeBase;

class ClaimCitation
{
    Q_DECLARE_TR_FUNCTIONS(tkb::ClaimCitation)
public:
    enum class Claim { Entity, Alias, Attribute, Relation, Date };
    struct Target
    {
        Claim claim = Claim::Entity;
        int index = 0; ///< in the document's list of that kind of claim
        QString label; ///< "Relation: heads → Talysh-Mughan Autonomous Republic"
        int citations = 0; ///< how many it rests on now
    };

    /// Every claim of doc, the entity itself first; kb names the entities relations point to.
    static QList<Target> targets(const EntityDocument &doc, const KnowledgeBase *kb);
    /// The changes adding c to target's citations, or an empty array with error (e.g. it cites c already).
    static QJsonArray changes(const EntityDocument &doc, const Target &target, const Citation &c, QString *error);
};

} // namespace tkb
