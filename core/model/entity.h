// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One thing the knowledge base knows about: a person, organization, place, event, goal, topic or source.
#include <core/model/alias.h>
#include <core/model/attribute.h>
#include <core/model/citation.h>
#include <core/model/entitykind.h>
#include <core/model/fuzzydate.h>

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
    FuzzyDate date; ///< events only
    QList<Citation> citations;

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace tkb
