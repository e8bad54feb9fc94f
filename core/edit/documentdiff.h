// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns an entity's document before and after an edit into the change document that makes one the other, change
// by change (set of name, summary, body; removal and addition of each changed claim), so the history records what
// was done and a replay onto a changed base still finds its claims.
#include <core/store/entitydocument.h>

#include <QJsonArray>

namespace tkb {

class DocumentDiff
{
public:
    /// The changes that make before into after (both with the same id): empty when they are equal. Claims are
    /// matched by their whole JSON; what the change format cannot say claim by claim (the entity's own
    /// citations, a source's text) makes the whole document a put.
    static QJsonArray changes(const EntityDocument &before, const EntityDocument &after);
    /// The change that creates doc.
    static QJsonObject create(const EntityDocument &doc);
};

} // namespace tkb
