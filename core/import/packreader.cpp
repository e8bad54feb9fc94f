// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/packreader.h>
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

bool readCitation(const QJsonValue &v, Citation *out, Ctx &ctx, const QString &owner)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isObject())
        return ctx.fail(
            QStringLiteral("%1: a citation must be an object with source, section and sentence").arg(owner), owner);
    const QJsonObject o = v.toObject();
    out->source = o.value(QLatin1String("source")).toString();
    out->section = o.value(QLatin1String("section")).toString();
    out->sentence = o.value(QLatin1String("sentence")).toString();
    if (out->source.isEmpty() || out->sentence.isEmpty())
        return ctx.fail(QStringLiteral("%1: a citation needs a source and a sentence").arg(owner), owner);
    return true;
}

bool readDate(const QJsonValue &v, FuzzyDate *out, Ctx &ctx, const QString &owner)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isObject())
        return ctx.fail(QStringLiteral("%1: a date must be an object {start, precision}").arg(owner), owner);
    const QJsonObject o = v.toObject();
    bool ok = false;
    const auto p = FuzzyDate::precisionFromId(o.value(QLatin1String("precision")).toString(), &ok);
    if (!ok || p == FuzzyDate::Precision::None)
        return ctx.fail(QStringLiteral("%1: date precision must be day, month, year or range").arg(owner), owner);
    QString why;
    *out = FuzzyDate::fromIso(o.value(QLatin1String("start")).toString(), o.value(QLatin1String("end")).toString(), p,
        o.value(QLatin1String("text")).toString(), &why);
    if (!out->isValid())
        return ctx.fail(QStringLiteral("%1: %2").arg(owner, why), owner);
    return true;
}

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
    if (root.value(QLatin1String("formatVersion")).toInt() != 1) {
        ctx.fail(QStringLiteral("unsupported pack formatVersion %1 (this version reads 1)")
                .arg(root.value(QLatin1String("formatVersion")).toInt()));
        return std::nullopt;
    }
    KnowledgePack pack;
    pack.id = root.value(QLatin1String("id")).toString();
    pack.title = root.value(QLatin1String("title")).toString();
    pack.language = root.value(QLatin1String("language")).toString();
    QSet<QString> ids;

    for (const QJsonValue &sv : root.value(QLatin1String("sources")).toArray()) {
        const QJsonObject so = sv.toObject();
        SourceDocument s;
        s.id = so.value(QLatin1String("id")).toString();
        s.title = so.value(QLatin1String("title")).toString();
        s.origin = so.value(QLatin1String("origin")).toString();
        if (!s.id.startsWith(QLatin1String("source/"))) {
            ctx.fail(QStringLiteral("source id \"%1\" must start with source/").arg(s.id), s.id);
            return std::nullopt;
        }
        for (const QJsonValue &iv : so.value(QLatin1String("infobox")).toArray()) {
            const QJsonObject io = iv.toObject();
            s.infobox.append(Attribute {
                io.value(QLatin1String("key")).toString(), io.value(QLatin1String("value")).toString(), {} });
        }
        for (const QJsonValue &secv : so.value(QLatin1String("sections")).toArray()) {
            const QJsonObject seco = secv.toObject();
            s.sections.append(Section { seco.value(QLatin1String("id")).toString(),
                seco.value(QLatin1String("title")).toString(), seco.value(QLatin1String("text")).toString() });
        }
        pack.sources.append(s);
    }

    for (const QJsonValue &ev : root.value(QLatin1String("entities")).toArray()) {
        const QJsonObject eo = ev.toObject();
        Entity e;
        e.id = eo.value(QLatin1String("id")).toString();
        const QString kind = eo.value(QLatin1String("kind")).toString();
        const auto k = entityKindFromId(kind);
        if (!k) {
            ctx.fail(QStringLiteral("entity \"%1\": unknown kind \"%2\"").arg(e.id, kind), e.id);
            return std::nullopt;
        }
        e.kind = *k;
        if (!e.id.startsWith(kind + u'/') || e.id.size() <= kind.size() + 1) {
            ctx.fail(QStringLiteral("entity id \"%1\" must be of the form %2/slug").arg(e.id, kind), e.id);
            return std::nullopt;
        }
        if (ids.contains(e.id)) {
            ctx.fail(QStringLiteral("entity \"%1\" appears twice").arg(e.id), e.id);
            return std::nullopt;
        }
        ids.insert(e.id);
        e.name = eo.value(QLatin1String("name")).toString();
        if (e.name.trimmed().isEmpty()) {
            ctx.fail(QStringLiteral("entity \"%1\" has no name").arg(e.id), e.id);
            return std::nullopt;
        }
        for (const QJsonValue &av : eo.value(QLatin1String("aliases")).toArray()) {
            const QJsonObject ao = av.toObject();
            e.aliases.append(Alias { ao.value(QLatin1String("text")).toString(),
                ao.value(QLatin1String("lang")).toString(), ao.value(QLatin1String("script")).toString() });
        }
        e.summary = eo.value(QLatin1String("summary")).toString();
        e.body = eo.value(QLatin1String("body")).toString();
        for (const QJsonValue &av : eo.value(QLatin1String("attributes")).toArray()) {
            const QJsonObject ao = av.toObject();
            Attribute a { ao.value(QLatin1String("key")).toString(), ao.value(QLatin1String("value")).toString(), {} };
            if (!readCitation(ao.value(QLatin1String("citation")), &a.citation, ctx, e.id))
                return std::nullopt;
            e.attributes.append(a);
        }
        if (!readDate(eo.value(QLatin1String("date")), &e.date, ctx, e.id))
            return std::nullopt;
        for (const QJsonValue &cv : eo.value(QLatin1String("citations")).toArray()) {
            Citation c;
            if (!readCitation(cv, &c, ctx, e.id))
                return std::nullopt;
            e.citations.append(c);
        }
        pack.entities.append(e);
    }
    for (const SourceDocument &s : pack.sources)
        ids.insert(s.id);

    for (const QJsonValue &rv : root.value(QLatin1String("relations")).toArray()) {
        const QJsonObject ro = rv.toObject();
        Relation r;
        r.subject = ro.value(QLatin1String("subject")).toString();
        r.predicate = ro.value(QLatin1String("predicate")).toString();
        r.object = ro.value(QLatin1String("object")).toString();
        const QString owner = QStringLiteral("relation %1 %2 %3").arg(r.subject, r.predicate, r.object);
        if (r.subject.isEmpty() || r.predicate.isEmpty() || r.object.isEmpty()) {
            ctx.fail(QStringLiteral("%1: a relation needs subject, predicate and object").arg(owner), r.subject);
            return std::nullopt;
        }
        if (!readDate(ro.value(QLatin1String("from")), &r.from, ctx, owner)
            || !readDate(ro.value(QLatin1String("to")), &r.to, ctx, owner)
            || !readCitation(ro.value(QLatin1String("citation")), &r.citation, ctx, owner))
            return std::nullopt;
        pack.relations.append(r);
    }
    return pack;
}

} // namespace tkb
