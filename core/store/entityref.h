// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A light view of an entity for lists, links and search results: no body, no citations.
#include <core/model/alias.h>
#include <core/model/entitykind.h>
#include <core/model/fuzzydate.h>

#include <QStringList>

namespace tkb {

struct EntityRef
{
    QString id;
    EntityKind kind = EntityKind::Topic;
    QString name;
    QString summary;
    FuzzyDate date;
    QStringList aliases; ///< filled only where the query asks for them
    QList<Alias> forms; ///< the same aliases with their language and script (no claims), filled with them
};

} // namespace tkb
