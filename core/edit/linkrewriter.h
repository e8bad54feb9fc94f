// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Re-points the [[id|label]] links of one entity's document from one entity to another (a merge), or turns them
// into their plain labels (a deletion), so no text is left linking to an entity that is gone.
#include <core/store/entitydocument.h>

namespace tkb {

class LinkRewriter
{
public:
    /// text with every link to from pointing at to instead, or, when to is empty, replaced by its label.
    static QString rewrite(const QString &text, const QString &from, const QString &to);
    /// The same over a document's summary, body and source sections; true when anything changed.
    static bool rewrite(EntityDocument *doc, const QString &from, const QString &to);
    /// Whether any text of the document links to id.
    static bool links(const EntityDocument &doc, const QString &id);
};

} // namespace tkb
