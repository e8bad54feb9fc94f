// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/packwriter.h>
#include <core/import/packhistory.h>
#include <core/model/claimjson.h>
#include <core/store/knowledgebase.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace tkb {

QJsonObject PackWriter::toJson(const KnowledgeBase &kb)
{
    QStringList ids;
    for (const EntityRef &r : kb.entities(std::nullopt))
        ids << r.id;
    std::sort(ids.begin(), ids.end());
    QJsonArray entities, relations, sources;
    for (const QString &id : std::as_const(ids)) {
        const std::optional<EntityDocument> doc = kb.document(id);
        if (!doc)
            continue;
        entities.append(ClaimJson::toJson(doc->entity));
        for (const Relation &r : doc->relations)
            relations.append(ClaimJson::toJson(r));
    }
    for (const SourceDocument &s : kb.sources())
        sources.append(ClaimJson::toJson(s));
    const QString id = kb.meta(QStringLiteral("pack_id"));
    QJsonObject pack {
        { QStringLiteral("format"), QStringLiteral("talysh-kb-pack") },
        { QStringLiteral("formatVersion"), 2 },
        { QStringLiteral("id"), id.isEmpty() ? QFileInfo(kb.path()).completeBaseName() : id },
        { QStringLiteral("title"), kb.meta(QStringLiteral("title")) },
        { QStringLiteral("language"), kb.meta(QStringLiteral("pack_language")) },
        { QStringLiteral("sources"), sources },
        { QStringLiteral("entities"), entities },
        { QStringLiteral("relations"), relations },
    };
    const QJsonArray history = PackHistory::toJson(kb);
    if (!history.isEmpty())
        pack.insert(QStringLiteral("revisions"), history);
    return pack;
}

QByteArray PackWriter::write(const KnowledgeBase &kb)
{
    return QJsonDocument(toJson(kb)).toJson(QJsonDocument::Indented);
}

bool PackWriter::writeFile(const KnowledgeBase &kb, const QString &path, QString *error)
{
    QSaveFile f(path);
    const QByteArray bytes = write(kb);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    return false;
}

} // namespace tkb
