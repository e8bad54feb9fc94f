// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changereader.h>
#include <core/model/claimjson.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace tkb {

namespace {

const QHash<QString, Change::Op> &ops()
{
    static const QHash<QString, Change::Op> table = {
        { QStringLiteral("add-source"), Change::Op::AddSource },
        { QStringLiteral("create"), Change::Op::Create },
        { QStringLiteral("edit"), Change::Op::Edit },
        { QStringLiteral("add"), Change::Op::Add },
        { QStringLiteral("remove"), Change::Op::Remove },
        { QStringLiteral("replace"), Change::Op::Replace },
        { QStringLiteral("delete"), Change::Op::Delete },
        { QStringLiteral("restore"), Change::Op::Restore },
        { QStringLiteral("merge"), Change::Op::Merge },
        { QStringLiteral("put"), Change::Op::Put },
    };
    return table;
}

// What a claim cannot do without, beyond what reads as JSON.
QString missing(const Alias &a)
{
    return a.text.trimmed().isEmpty() ? QStringLiteral("an alias needs a text") : QString();
}
QString missing(const Attribute &a)
{
    return a.key.trimmed().isEmpty() ? QStringLiteral("an attribute needs a key") : QString();
}
QString missing(const Relation &r)
{
    return r.predicate.trimmed().isEmpty() || r.object.trimmed().isEmpty()
        ? QStringLiteral("a relation needs a predicate and an object")
        : QString();
}
QString missing(const DateClaim &d)
{
    return d.date.isValid() ? QString() : QStringLiteral("a date claim needs a date");
}

template <typename T> bool parses(const QJsonObject &json, QString *error)
{
    T value;
    if (!ClaimJson::fromJson(json, &value, error))
        return false;
    const QString why = missing(value);
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

// A source given with its text as one "text" gets it as its lead section; sections without an id get one from
// their title, as the article importer names them.
QJsonObject sourceJson(QJsonObject s)
{
    QJsonArray sections = s.value(QStringLiteral("sections")).toArray();
    if (s.contains(QStringLiteral("text"))) {
        sections.prepend(QJsonObject { { QStringLiteral("id"), QStringLiteral("lead") },
            { QStringLiteral("title"), QString() }, { QStringLiteral("text"), s.take(QStringLiteral("text")) } });
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QJsonObject sec = sections[i].toObject();
        if (sec.value(QStringLiteral("id")).toString().isEmpty()) {
            const QString title = sec.value(QStringLiteral("title")).toString();
            QString slug;
            for (const QChar c : title.toLower())
                slug += c.isLetterOrNumber() ? c : u'-';
            sec.insert(QStringLiteral("id"), title.isEmpty() ? QStringLiteral("lead") : slug);
        }
        sections[i] = sec;
    }
    if (!sections.isEmpty())
        s.insert(QStringLiteral("sections"), sections);
    return s;
}

bool readChange(const QJsonValue &v, Change *c, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = c->label() + QStringLiteral(": ") + why;
        return false;
    };
    if (!v.isObject())
        return fail(QStringLiteral("a change must be a JSON object"));
    const QJsonObject o = v.toObject();
    const QString opText = o.value(QStringLiteral("op")).toString();
    c->id = o.value(QStringLiteral("id")).toString();
    c->claim = o.value(QStringLiteral("claim")).toString();
    if (!ops().contains(opText)) {
        if (error)
            *error
                = QStringLiteral("change %1 (%2): unknown op \"%3\" (add-source, create, edit, add, remove, replace, "
                                 "delete, restore, merge, put)")
                      .arg(c->index)
                      .arg(opText.isEmpty() ? QStringLiteral("no op") : opText, opText);
        return false;
    }
    c->op = ops().value(opText);
    if (o.contains(QStringLiteral("ifRevision"))) {
        const QJsonValue expected = o.value(QStringLiteral("ifRevision"));
        if (!expected.isDouble() || expected.toInteger(-1) < 0)
            return fail(QStringLiteral("\"ifRevision\" must be a revision number (0: none yet)"));
        c->ifRevision = expected.toInteger();
    }
    QString why;
    switch (c->op) {
    case Change::Op::AddSource: {
        const QJsonObject s = sourceJson(o.value(QStringLiteral("source")).toObject());
        c->id = s.value(QStringLiteral("id")).toString();
        if (!o.value(QStringLiteral("source")).isObject())
            return fail(QStringLiteral("needs \"source\": {id, title, ...}"));
        if (!c->id.startsWith(QLatin1String("source/")) || c->id.size() <= 7)
            return fail(QStringLiteral("a source's id must be of the form source/slug"));
        SourceDocument doc;
        if (!ClaimJson::fromJson(s, &doc, &why))
            return fail(why);
        if (doc.title.trimmed().isEmpty())
            return fail(QStringLiteral("a source needs a title"));
        EntityDocument d;
        d.entity.id = doc.id;
        d.entity.kind = EntityKind::Source;
        d.entity.name = doc.title;
        d.source = doc;
        c->document = d;
        return true;
    }
    case Change::Op::Create: {
        const QJsonValue e = o.value(QStringLiteral("entity"));
        c->id = e.toObject().value(QStringLiteral("id")).toString();
        if (!e.isObject())
            return fail(QStringLiteral("needs \"entity\": {id, kind, name, ...}"));
        c->document = EntityDocument::fromJson(e, &why);
        if (!c->document)
            return fail(why);
        return true;
    }
    case Change::Op::Edit: {
        if (c->id.isEmpty())
            return fail(QStringLiteral("needs \"id\""));
        c->set = o.value(QStringLiteral("set")).toObject();
        if (c->set.isEmpty())
            return fail(QStringLiteral("needs \"set\": {name, summary, body or kind}"));
        for (auto it = c->set.constBegin(); it != c->set.constEnd(); ++it) {
            static const QStringList fields
                = { QStringLiteral("name"), QStringLiteral("summary"), QStringLiteral("body"), QStringLiteral("kind") };
            if (!fields.contains(it.key()))
                return fail(QStringLiteral("cannot set \"%1\" (name, summary, body, kind; claims have their own ops)")
                        .arg(it.key()));
            if (!it.value().isString())
                return fail(QStringLiteral("\"%1\" must be a string").arg(it.key()));
        }
        return true;
    }
    case Change::Op::Add:
    case Change::Op::Remove:
    case Change::Op::Replace:
        if (c->id.isEmpty())
            return fail(QStringLiteral("needs \"id\""));
        if (!ChangeReader::claimKinds().contains(c->claim))
            return fail(
                QStringLiteral("\"claim\" must be alias, attribute, relation or date, not \"%1\"").arg(c->claim));
        c->match = o.value(QStringLiteral("match")).toObject();
        c->with = o.value(QStringLiteral("with")).toObject();
        if (c->op != Change::Op::Add && c->match.isEmpty())
            return fail(QStringLiteral("needs \"match\": the fields that select the claim"));
        if (c->op != Change::Op::Remove && c->with.isEmpty())
            return fail(QStringLiteral("needs \"with\": the claim"));
        if (c->op == Change::Op::Add && !ChangeReader::checkClaim(c->claim, c->with, &why))
            return fail(why);
        return true;
    case Change::Op::Delete:
    case Change::Op::Restore:
        if (c->id.isEmpty())
            return fail(QStringLiteral("needs \"id\""));
        return true;
    case Change::Op::Merge:
        c->into = o.value(QStringLiteral("into")).toString();
        if (c->id.isEmpty() || c->into.isEmpty())
            return fail(QStringLiteral("needs \"id\" (the entity that goes) and \"into\" (the one that stays)"));
        if (c->id == c->into)
            return fail(QStringLiteral("cannot merge an entity into itself"));
        return true;
    case Change::Op::Put: {
        if (c->id.isEmpty())
            return fail(QStringLiteral("needs \"id\""));
        const QJsonValue d = o.value(QStringLiteral("document"));
        if (d.isUndefined())
            return fail(QStringLiteral("needs \"document\" (null to delete)"));
        c->revision = o.value(QStringLiteral("revision")).toInteger();
        if (d.isNull())
            return true;
        c->document = EntityDocument::fromJson(d, &why);
        if (!c->document)
            return fail(why);
        if (c->document->entity.id != c->id)
            return fail(QStringLiteral("the document is of \"%1\"").arg(c->document->entity.id));
        return true;
    }
    }
    return fail(QStringLiteral("unknown op"));
}

} // namespace

QStringList ChangeReader::claimKinds()
{
    return { QStringLiteral("alias"), QStringLiteral("attribute"), QStringLiteral("relation"), QStringLiteral("date") };
}

bool ChangeReader::checkClaim(const QString &claim, const QJsonObject &json, QString *error)
{
    if (claim == QLatin1String("alias"))
        return parses<Alias>(json, error);
    if (claim == QLatin1String("attribute"))
        return parses<Attribute>(json, error);
    if (claim == QLatin1String("relation")) {
        QJsonObject r = json;
        if (!r.contains(QStringLiteral("subject")))
            r.insert(QStringLiteral("subject"), QStringLiteral("x/x")); // the applier fills in the entity's id
        return parses<Relation>(r, error);
    }
    if (claim == QLatin1String("date"))
        return parses<DateClaim>(json, error);
    if (error)
        *error = QStringLiteral("unknown claim kind \"%1\"").arg(claim);
    return false;
}

std::optional<ChangeSet> ChangeReader::read(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("not valid JSON (line %1): %2")
                         .arg(json.left(pe.offset).count('\n') + 1)
                         .arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("a change document is a JSON object with \"changes\": [...]");
        return std::nullopt;
    }
    return read(doc.object(), error);
}

std::optional<ChangeSet> ChangeReader::read(const QJsonObject &json, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != ChangeSet::format)
        return fail(QStringLiteral("not a change document (\"format\" must be \"%1\")").arg(ChangeSet::format));
    const QJsonValue version = json.value(QStringLiteral("formatVersion"));
    if (!version.isUndefined() && version.toInt() != ChangeSet::formatVersion)
        return fail(QStringLiteral("unsupported change formatVersion %1 (this version reads %2)")
                .arg(version.toInt())
                .arg(ChangeSet::formatVersion));
    const QJsonValue list = json.value(QStringLiteral("changes"));
    if (!list.isArray())
        return fail(QStringLiteral("a change document needs \"changes\": [...]"));
    if (list.toArray().isEmpty())
        return fail(QStringLiteral("the change document has no changes"));
    ChangeSet set;
    set.json = json;
    set.author = json.value(QStringLiteral("author")).toString().trimmed();
    set.comment = json.value(QStringLiteral("comment")).toString();
    const QJsonArray changes = list.toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        Change c;
        c.index = int(i) + 1;
        if (!readChange(changes[i], &c, error))
            return std::nullopt;
        set.changes.append(c);
    }
    return set;
}

} // namespace tkb
