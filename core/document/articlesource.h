// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which source document "the article" is: the one asked for, or else the knowledge base's first one. The
// article view, the pages' links, the search results and the PDF export all ask here.
#include <core/model/sourcedocument.h>

#include <optional>

namespace tkb {

class KnowledgeBase;

class ArticleSource
{
public:
    /// The id of the knowledge base's article (its first source document); empty when it has none.
    static QString primaryId(const KnowledgeBase *kb);
    /// The source document sourceId, or the article when sourceId is empty.
    static std::optional<SourceDocument> find(const KnowledgeBase *kb, const QString &sourceId = {});
    /// sourceId as a kb:article address spells it: empty for the article itself.
    static QString addressId(const QString &sourceId, const QString &primaryId);
};

} // namespace tkb
