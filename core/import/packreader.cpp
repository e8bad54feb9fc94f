// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/packreader.h>
#include <core/model/claimjson.h>
#include <core/model/wikilink.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tkb {

namespace {

// Line of a byte offset, so a JSON syntax error names the line the user has to look at.
int lineOf(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

struct Ctx
{
    const QByteArray &data;
    ImportError *error;
    bool fail(const QString &msg, const QString &near = {})
    {
        if (error) {
            error->message = msg;
            // The reader works on parsed JSON; find the line of the nearest distinctive string for the user.
            if (!near.isEmpty()) {
                const qsizetype at
                    = data.indexOf(QJsonDocument(QJsonArray { near }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
                error->line = at >= 0 ? lineOf(data, at) : 0;
            }
        }
        return false;
    }
};

} // namespace

std::optional<KnowledgePack> PackReader::readFile(const QString &path, ImportError *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ImportError { 0, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()) };
        return std::nullopt;
    }
    return read(f.readAll(), error);
}

std::optional<KnowledgePack> PackReader::read(const QByteArray &json, ImportError *error)
{
    Ctx ctx { json, error };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error
                = ImportError { lineOf(json, pe.offset), QStringLiteral("not valid JSON: %1").arg(pe.errorString()) };
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("talysh-kb-pack")) {
        ctx.fail(QStringLiteral("not a knowledge pack (\"format\" must be \"talysh-kb-pack\")"));
        return std::nullopt;
    }
    const int version = root.value(QLatin1String("formatVersion")).toInt();
    if (version != 1 && version != 2) {
        ctx.fail(QStringLiteral("unsupported pack formatVersion %1 (this version reads 1 and 2)")
                .arg(root.value(QLatin1String("formatVersion")).toInt()));
        return std::nullopt;
    }
    KnowledgePack pack;
    pack.id = root.value(QLatin1String("id")).toString();
    pack.title = root.value(QLatin1String("title")).toString();
    pack.language = root.value(QLatin1String("language")).toString();
    QSet<QString> ids;

    QString why;
    for (const QJsonValue &sv : root.value(QLatin1String("sources")).toArray()) {
        SourceDocument s;
        if (!ClaimJson::fromJson(sv, &s, &why)) {
            ctx.fail(why, sv.toObject().value(QLatin1String("id")).toString());
            return std::nullopt;
        }
        pack.sources.append(s);
    }

    for (const QJsonValue &ev : root.value(QLatin1String("entities")).toArray()) {
        Entity e;
        const QString id = ev.toObject().value(QLatin1String("id")).toString();
        if (!ClaimJson::fromJson(ev, &e, &why)) {
            ctx.fail(why, id);
            return std::nullopt;
        }
        if (ids.contains(e.id)) {
            ctx.fail(QStringLiteral("entity \"%1\" appears twice").arg(e.id), e.id);
            return std::nullopt;
        }
        ids.insert(e.id);
        pack.entities.append(e);
    }
    for (const SourceDocument &s : pack.sources)
        ids.insert(s.id);

    for (const QJsonValue &rv : root.value(QLatin1String("relations")).toArray()) {
        Relation r;
        const QJsonObject ro = rv.toObject();
        const QString owner
            = QStringLiteral("relation %1 %2 %3")
                  .arg(ro.value(QLatin1String("subject")).toString(), ro.value(QLatin1String("predicate")).toString(),
                      ro.value(QLatin1String("object")).toString());
        if (!ClaimJson::fromJson(rv, &r, &why)) {
            ctx.fail(QStringLiteral("%1: %2").arg(owner, why), ro.value(QLatin1String("subject")).toString());
            return std::nullopt;
        }
        pack.relations.append(r);
    }
    return pack;
}

} // namespace tkb
