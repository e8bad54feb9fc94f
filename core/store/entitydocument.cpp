// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>
#include <core/store/entitydocument.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace tkb {

QJsonObject EntityDocument::toJson() const
{
    QJsonObject o = ClaimJson::toJson(entity);
    QJsonArray rels;
    for (const Relation &r : relations)
        rels.append(ClaimJson::toJson(r));
    o.insert(QStringLiteral("relations"), rels);
    if (source)
        o.insert(QStringLiteral("source"), ClaimJson::toJson(*source));
    return o;
}

std::optional<EntityDocument> EntityDocument::fromJson(const QJsonValue &json, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(QStringLiteral("a document must be a JSON object"));
    QJsonObject o = json.toObject();
    const QJsonValue rels = o.take(QStringLiteral("relations"));
    const QJsonValue src = o.take(QStringLiteral("source"));
    EntityDocument d;
    QString why;
    if (!ClaimJson::fromJson(o, &d.entity, &why))
        return fail(why);
    if (!rels.isUndefined() && !rels.isNull() && !rels.isArray())
        return fail(QStringLiteral("\"relations\" must be a list"));
    const QJsonArray list = rels.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Relation r;
        QJsonObject ro = list[i].toObject();
        if (list[i].isObject() && !ro.contains(QStringLiteral("subject")))
            ro.insert(QStringLiteral("subject"), d.entity.id); // a document's relations are its own
        if (!ClaimJson::fromJson(list[i].isObject() ? QJsonValue(ro) : list[i], &r, &why))
            return fail(QStringLiteral("relation %1: %2").arg(i + 1).arg(why));
        if (r.subject.isEmpty())
            r.subject = d.entity.id;
        if (r.subject != d.entity.id)
            return fail(QStringLiteral("relation %1: its subject \"%2\" is not the document's entity \"%3\"")
                    .arg(i + 1)
                    .arg(r.subject, d.entity.id));
        d.relations.append(r);
    }
    if (!src.isUndefined() && !src.isNull()) {
        SourceDocument s;
        if (!ClaimJson::fromJson(src, &s, &why))
            return fail(QStringLiteral("source: %1").arg(why));
        if (s.id.isEmpty())
            s.id = d.entity.id;
        if (s.id != d.entity.id)
            return fail(QStringLiteral("the source \"%1\" is not the document's entity \"%2\"").arg(s.id, d.entity.id));
        d.source = s;
    }
    return d;
}

QString EntityDocument::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<EntityDocument> EntityDocument::fromText(const QString &text, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("not valid JSON: %1").arg(pe.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace tkb
