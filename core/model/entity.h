// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One thing the knowledge base knows about: a person, organization, place, event, goal, topic or source.
#include <core/model/alias.h>
#include <core/model/attribute.h>
#include <core/model/citation.h>
#include <core/model/dateclaim.h>
#include <core/model/entitykind.h>

#include <QList>

namespace tkb {

struct Entity
{
    QString id; ///< stable, "kind/slug", e.g. "person/alikram-hummatov"
    EntityKind kind = EntityKind::Topic;
    QString name;
    QList<Alias> aliases;
    QString summary;
    QString body; ///< Markdown with [[id|label]] links
    QList<Attribute> attributes;
    QList<DateClaim> dates; ///< events; competing claims from different sources are all kept
    QList<Citation> citations;

    /// The date lists and the timeline sort by: the earliest of the claims (none wins on the page, where all
    /// are shown); invalid when there is none.
    FuzzyDate date() const
    {
        FuzzyDate best;
        for (const DateClaim &c : dates) {
            if (c.date.isValid() && (!best.isValid() || c.date.sortKey() < best.sortKey()))
                best = c.date;
        }
        return best;
    }
    /// Makes d the one date claim (no qualifiers, resting on the entity's citations); clears with an invalid d.
    void setDate(const FuzzyDate &d)
    {
        dates.clear();
        if (d.isValid())
            dates.append(DateClaim { d });
    }
    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace tkb
