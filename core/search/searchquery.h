// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the user asked for: free text (any script, quotes and operators are just text), optional kind filter.
#include <core/model/entitykind.h>

#include <QString>

#include <optional>

namespace tkb {

struct SearchQuery
{
    QString text; ///< raw user text; may contain "kind:person"
    std::optional<EntityKind> kind; ///< filter; overrides a kind: in text
    int limit = 20;
    int offset = 0;
    bool prefix = true; ///< treat the last word as a prefix (type-ahead)
    bool includeSections = true; ///< also search source document sections
};

} // namespace tkb
