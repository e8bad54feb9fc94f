// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The unit a revision snapshots: one entity with its outgoing relations (and, for a source, its document), and
// its one JSON form (ClaimJson's entity object plus "relations" and "source").
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/model/sourcedocument.h>

#include <QJsonObject>

#include <optional>

namespace tkb {

struct EntityDocument
{
    Entity entity;
    QList<Relation> relations; ///< subject == entity.id
    std::optional<SourceDocument> source; ///< the text of a source entity, when the base holds it

    QJsonObject toJson() const;
    /// error names what is wrong; the caller says which document it was.
    static std::optional<EntityDocument> fromJson(const QJsonValue &json, QString *error);
    /// The JSON text stored in a revision (compact, keys in order).
    QString toText() const;
    static std::optional<EntityDocument> fromText(const QString &text, QString *error);

    friend bool operator==(const EntityDocument &, const EntityDocument &) = default;
};

} // namespace tkb
