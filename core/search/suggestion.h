// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A type-ahead suggestion: an entity whose name or alias starts with what was typed.
#include <core/model/entitykind.h>

#include <QString>

namespace tkb {

struct Suggestion
{
    QString id;
    EntityKind kind = EntityKind::Topic;
    QString name; ///< the entity's name
    QString matched; ///< the name or alias that matched, in its own script
};

} // namespace tkb
