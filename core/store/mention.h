// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A backlink: the entity or source section whose text links to an entity.
#include <core/model/entitykind.h>

#include <QString>

namespace tkb {

struct Mention
{
    QString fromId; ///< entity that mentions (a source document for article sections)
    QString fromName;
    EntityKind fromKind = EntityKind::Topic;
    QString section; ///< section title when the mention is in a source section, else empty
    QString label; ///< the text of the link
    int count = 1; ///< how many times
};

} // namespace tkb
