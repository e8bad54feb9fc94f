// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One search result: which entity (or source section), how well it matched, and a highlighted snippet.
#include <core/model/entitykind.h>

#include <QString>

namespace tkb {

struct SearchHit
{
    QString id; ///< entity id (for a source section: the source id)
    EntityKind kind = EntityKind::Topic;
    QString name; ///< entity name, or "Title — Section" for sections
    QString section; ///< section title for hits in a source document's section, else empty
    QString snippet; ///< original text with matches wrapped in \x02 ... \x03 (see SearchIndex::markStart)
    double score = 0; ///< higher is better
    bool exactName = false; ///< the query is the entity's name or one of its aliases
    bool inSection = false; ///< a section of a source document (its lead too), not an entity
};

} // namespace tkb
