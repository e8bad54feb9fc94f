// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything one import brings in: source documents, entities and relations.
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/model/sourcedocument.h>

namespace tkb {

struct KnowledgePack
{
    QString id;
    QString title;
    QString language;
    QList<SourceDocument> sources;
    QList<Entity> entities;
    QList<Relation> relations;
};

} // namespace tkb
