// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/store/knowledgebase.h>

namespace tkb {

QString ArticleSource::primaryId(const KnowledgeBase *kb)
{
    if (!kb)
        return {};
    // The first pack's first source is the article; a source added later never takes its place. Files from
    // before that was recorded fall back to the first source by id.
    const QString recorded = kb->meta(QStringLiteral("primary_source"));
    if (!recorded.isEmpty() && kb->source(recorded))
        return recorded;
    const QList<SourceDocument> docs = kb->sources();
    return docs.isEmpty() ? QString() : docs.first().id;
}

std::optional<SourceDocument> ArticleSource::find(const KnowledgeBase *kb, const QString &sourceId)
{
    if (!kb)
        return std::nullopt;
    const QString id = sourceId.isEmpty() ? primaryId(kb) : sourceId;
    if (id.isEmpty())
        return std::nullopt;
    return kb->source(id);
}

QString ArticleSource::addressId(const QString &sourceId, const QString &primaryId)
{
    return sourceId == primaryId ? QString() : sourceId;
}

} // namespace tkb
