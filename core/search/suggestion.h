// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A type-ahead suggestion: an entity whose name or alias starts with what was typed, or the completion of a
// filter being typed.
#include <core/model/entitykind.h>

#include <QString>

namespace tkb {

struct Suggestion
{
    QString id;
    EntityKind kind = EntityKind::Topic;
    QString name; ///< the entity's name
    QString matched; ///< the name or alias that matched, in its own script
    /// For a filter being typed ("in:Hi"), no entity (empty id) but the text the search bar takes if it is
    /// chosen: what was typed with the filter completed ("arrested in:History"); name is the filter.
    QString completion;
};

} // namespace tkb
