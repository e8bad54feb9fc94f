// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/store/knowledgebase.h>

namespace tkb {

QString ArticleSource::primaryId(const KnowledgeBase *kb)
{
    if (!kb)
        return {};
    const QList<SourceDocument> docs = kb->sources();
    return docs.isEmpty() ? QString() : docs.first().id;
}

std::optional<SourceDocument> ArticleSource::find(const KnowledgeBase *kb, const QString &sourceId)
{
    if (!kb)
        return std::nullopt;
    if (!sourceId.isEmpty())
        return kb->source(sourceId);
    const QList<SourceDocument> docs = kb->sources();
    if (docs.isEmpty())
        return std::nullopt;
    return docs.first();
}

QString ArticleSource::addressId(const QString &sourceId, const QString &primaryId)
{
    return sourceId == primaryId ? QString() : sourceId;
}

} // namespace tkb
