// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One change of a change document (docs/CHANGES.md), as read: its operation and what it names, with the JSON
// parts the applier interprets against the current documents.
#include <core/store/entitydocument.h>

#include <QJsonObject>

namespace tkb {

struct Change
{
    enum class Op { AddSource, Create, Edit, Add, Remove, Replace, Delete, Restore, Merge, Put };

    int index = 0; ///< 1-based position in the document, for messages
    Op op = Op::Edit;
    QString id; ///< the entity it is about
    QString into; ///< merge: the entity that stays
    QString claim; ///< add/remove/replace: alias, attribute, relation or date
    QJsonObject match; ///< remove/replace: selects exactly one claim by the fields it gives
    QJsonObject with; ///< add: the new claim; replace: the fields to change (null removes one)
    QJsonObject set; ///< edit: name, summary, body, kind
    std::optional<EntityDocument> document; ///< create, add-source and put (nullopt for a put of a tombstone)
    qint64 revision = 0; ///< put: the revision whose document it puts back (0 when not from one)
    /// "ifRevision": the entity's newest revision when the change was made (0: it had none). When the entity has
    /// another newest revision now, someone changed it meanwhile and the change is refused as a conflict.
    std::optional<qint64> ifRevision;

    /// "add-source", "create", "add-alias", "replace-relation", "merge" ...
    QString opName() const;
    /// "change 3 (add-alias person/x)": how every message about this change starts.
    QString label() const;
};

} // namespace tkb
