// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace tkb {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

void putIf(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

template <typename T> QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(ClaimJson::toJson(item));
    return a;
}

template <typename T> bool readArray(const QJsonValue &v, QList<T> *out, QString *error)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(error, QStringLiteral("expected a list"));
    for (const QJsonValue &item : v.toArray()) {
        T t;
        if (!ClaimJson::fromJson(item, &t, error))
            return false;
        out->append(t);
    }
    return true;
}

void putDate(QJsonObject &o, const char *key, const FuzzyDate &d)
{
    if (d.isValid())
        o.insert(QLatin1String(key), ClaimJson::toJson(d));
}

} // namespace

namespace {
QByteArray escapedBom(QByteArray json)
{
    // U+FEFF is EF BB BF in UTF-8; JSON's structure is ASCII, so these bytes can only be inside a string.
    return json.replace("\xEF\xBB\xBF", "\\ufeff");
}
} // namespace

QByteArray ClaimJson::bytes(const QJsonObject &o, bool indented)
{
    return escapedBom(QJsonDocument(o).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact));
}

QByteArray ClaimJson::bytes(const QJsonArray &a, bool indented)
{
    return escapedBom(QJsonDocument(a).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact));
}

QJsonObject ClaimJson::toJson(const Citation &c)
{
    return QJsonObject { { QStringLiteral("source"), c.source }, { QStringLiteral("section"), c.section },
        { QStringLiteral("sentence"), c.sentence } };
}

bool ClaimJson::fromJson(const QJsonValue &v, Citation *out, QString *error)
{
    if (!v.isObject())
        return fail(error, QStringLiteral("a citation must be an object with source, section and sentence"));
    const QJsonObject o = v.toObject();
    *out = Citation { str(o, "source"), str(o, "section"), str(o, "sentence") };
    if (!out->isValid())
        return fail(error, QStringLiteral("a citation needs a source and a sentence"));
    return true;
}

QJsonObject ClaimJson::toJson(const FuzzyDate &d)
{
    QJsonObject o { { QStringLiteral("edtf"), d.edtf() } };
    putIf(o, "text", d.text());
    return o;
}

bool ClaimJson::fromJson(const QJsonValue &v, FuzzyDate *out, QString *error)
{
    *out = FuzzyDate();
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(error, QStringLiteral("a date must be an object {edtf, text}"));
    const QJsonObject o = v.toObject();
    QString why;
    if (o.contains(QLatin1String("edtf"))) {
        *out = FuzzyDate::fromEdtf(str(o, "edtf"), str(o, "text"), &why);
    } else {
        bool ok = false;
        const auto p = FuzzyDate::precisionFromId(str(o, "precision"), &ok);
        if (!ok || p == FuzzyDate::Precision::None)
            return fail(error, QStringLiteral("date precision must be day, month, year or range"));
        *out = FuzzyDate::fromIso(str(o, "start"), str(o, "end"), p, str(o, "text"), &why);
    }
    if (!out->isValid())
        return fail(error, why);
    return true;
}

QJsonObject ClaimJson::claimFields(const Qualifiers &q, const QList<Citation> &citations)
{
    QJsonObject o;
    if (q.status != ClaimStatus::Stated)
        o.insert(QStringLiteral("status"), claimStatusId(q.status));
    putIf(o, "accordingTo", q.accordingTo);
    if (q.former)
        o.insert(QStringLiteral("former"), true);
    putIf(o, "note", q.note);
    if (!citations.isEmpty())
        o.insert(QStringLiteral("citations"), arrayOf(citations));
    return o;
}

bool ClaimJson::readClaimFields(const QJsonObject &o, Qualifiers *q, QList<Citation> *citations, QString *error)
{
    *q = Qualifiers {};
    citations->clear();
    if (o.contains(QLatin1String("status"))) {
        const auto s = claimStatusFromId(str(o, "status"));
        if (!s)
            return fail(error,
                QStringLiteral("status \"%1\" is not stated, reported, opinion, disputed or ambiguous")
                    .arg(str(o, "status")));
        q->status = *s;
    }
    q->accordingTo = str(o, "accordingTo");
    if ((q->status == ClaimStatus::Reported || q->status == ClaimStatus::Opinion) && q->accordingTo.trimmed().isEmpty())
        return fail(error, QStringLiteral("a %1 claim needs \"accordingTo\"").arg(claimStatusId(q->status)));
    const QJsonValue former = o.value(QLatin1String("former"));
    if (!former.isUndefined() && !former.isBool())
        return fail(error, QStringLiteral("\"former\" must be true or false"));
    q->former = former.toBool();
    q->note = str(o, "note");
    if (o.contains(QLatin1String("citation")) && !o.value(QLatin1String("citation")).isNull()) {
        Citation c;
        if (!fromJson(o.value(QLatin1String("citation")), &c, error))
            return false;
        citations->append(c);
    }
    return readArray(o.value(QLatin1String("citations")), citations, error);
}

QJsonObject ClaimJson::toJson(const Alias &a)
{
    QJsonObject o = claimFields(a.qualifiers, a.citations);
    o.insert(QStringLiteral("text"), a.text);
    o.insert(QStringLiteral("lang"), a.language);
    o.insert(QStringLiteral("script"), a.script);
    return o;
}

bool ClaimJson::fromJson(const QJsonValue &v, Alias *out, QString *error)
{
    if (!v.isObject())
        return fail(error, QStringLiteral("an alias must be an object {text, lang, script}"));
    const QJsonObject o = v.toObject();
    *out = Alias { str(o, "text"), str(o, "lang"), str(o, "script") };
    return readClaimFields(o, &out->qualifiers, &out->citations, error);
}

QJsonObject ClaimJson::toJson(const Attribute &a)
{
    QJsonObject o = claimFields(a.qualifiers, a.citations);
    o.insert(QStringLiteral("key"), a.key);
    o.insert(QStringLiteral("value"), a.value);
    putDate(o, "from", a.from);
    putDate(o, "to", a.to);
    return o;
}

bool ClaimJson::fromJson(const QJsonValue &v, Attribute *out, QString *error)
{
    if (!v.isObject())
        return fail(error, QStringLiteral("an attribute must be an object {key, value}"));
    const QJsonObject o = v.toObject();
    *out = Attribute { str(o, "key"), str(o, "value") };
    return fromJson(o.value(QLatin1String("from")), &out->from, error)
        && fromJson(o.value(QLatin1String("to")), &out->to, error)
        && readClaimFields(o, &out->qualifiers, &out->citations, error);
}

QJsonObject ClaimJson::toJson(const Relation &r)
{
    QJsonObject o = claimFields(r.qualifiers, r.citations);
    o.insert(QStringLiteral("subject"), r.subject);
    o.insert(QStringLiteral("predicate"), r.predicate);
    o.insert(QStringLiteral("object"), r.object);
    putDate(o, "from", r.from);
    putDate(o, "to", r.to);
    return o;
}

bool ClaimJson::fromJson(const QJsonValue &v, Relation *out, QString *error)
{
    if (!v.isObject())
        return fail(error, QStringLiteral("a relation must be an object {subject, predicate, object}"));
    const QJsonObject o = v.toObject();
    *out = Relation { str(o, "subject"), str(o, "predicate"), str(o, "object") };
    if (out->subject.isEmpty() || out->predicate.isEmpty() || out->object.isEmpty())
        return fail(error, QStringLiteral("a relation needs subject, predicate and object"));
    return fromJson(o.value(QLatin1String("from")), &out->from, error)
        && fromJson(o.value(QLatin1String("to")), &out->to, error)
        && readClaimFields(o, &out->qualifiers, &out->citations, error);
}

QJsonObject ClaimJson::toJson(const DateClaim &d)
{
    QJsonObject o = claimFields(d.qualifiers, d.citations);
    o.insert(QStringLiteral("date"), toJson(d.date));
    return o;
}

bool ClaimJson::fromJson(const QJsonValue &v, DateClaim *out, QString *error)
{
    if (!v.isObject())
        return fail(error, QStringLiteral("a date claim must be an object {date: {edtf}}"));
    const QJsonObject o = v.toObject();
    *out = DateClaim {};
    if (!fromJson(o.value(QLatin1String("date")), &out->date, error))
        return false;
    if (!out->date.isValid())
        return fail(error, QStringLiteral("a date claim needs a date"));
    return readClaimFields(o, &out->qualifiers, &out->citations, error);
}

QJsonObject ClaimJson::toJson(const Entity &e)
{
    QJsonObject o { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), entityKindId(e.kind) },
        { QStringLiteral("name"), e.name }, { QStringLiteral("aliases"), arrayOf(e.aliases) },
        { QStringLiteral("summary"), e.summary }, { QStringLiteral("body"), e.body },
        { QStringLiteral("attributes"), arrayOf(e.attributes) },
        { QStringLiteral("citations"), arrayOf(e.citations) } };
    if (!e.dates.isEmpty())
        o.insert(QStringLiteral("dates"), arrayOf(e.dates));
    return o;
}

bool ClaimJson::fromJson(const QJsonValue &v, Entity *out, QString *error)
{
    if (!v.isObject())
        return fail(error, QStringLiteral("an entity must be an object"));
    const QJsonObject o = v.toObject();
    Entity e;
    e.id = str(o, "id");
    const QString kind = str(o, "kind");
    const auto k = entityKindFromId(kind);
    if (!k)
        return fail(error, QStringLiteral("entity \"%1\": unknown kind \"%2\"").arg(e.id, kind));
    e.kind = *k;
    if (!e.id.startsWith(kind + u'/') || e.id.size() <= kind.size() + 1)
        return fail(error, QStringLiteral("entity id \"%1\" must be of the form %2/slug").arg(e.id, kind));
    e.name = str(o, "name");
    if (e.name.trimmed().isEmpty())
        return fail(error, QStringLiteral("entity \"%1\" has no name").arg(e.id));
    e.summary = str(o, "summary");
    e.body = str(o, "body");
    QString why;
    auto part = [&](bool ok) {
        if (!ok && error)
            *error = QStringLiteral("%1: %2").arg(e.id, why);
        return ok;
    };
    if (!part(readArray(o.value(QLatin1String("aliases")), &e.aliases, &why))
        || !part(readArray(o.value(QLatin1String("attributes")), &e.attributes, &why))
        || !part(readArray(o.value(QLatin1String("citations")), &e.citations, &why))
        || !part(readArray(o.value(QLatin1String("dates")), &e.dates, &why)))
        return false;
    if (o.contains(QLatin1String("date"))) { // format 1: one date, resting on the entity's citations
        FuzzyDate d;
        if (!part(fromJson(o.value(QLatin1String("date")), &d, &why)))
            return false;
        if (d.isValid())
            e.dates.append(DateClaim { d });
    }
    *out = e;
    return true;
}

QJsonObject ClaimJson::toJson(const SourceDocument &s)
{
    QJsonObject o { { QStringLiteral("id"), s.id }, { QStringLiteral("title"), s.title } };
    putIf(o, "origin", s.origin);
    putIf(o, "author", s.author);
    putIf(o, "publisher", s.publisher);
    if (s.date.isValid())
        o.insert(QStringLiteral("date"), s.date.edtf());
    putIf(o, "url", s.url);
    putIf(o, "file", s.file);
    putIf(o, "language", s.language);
    QJsonArray infobox;
    for (const Attribute &a : s.infobox)
        infobox.append(QJsonObject { { QStringLiteral("key"), a.key }, { QStringLiteral("value"), a.value } });
    o.insert(QStringLiteral("infobox"), infobox);
    QJsonArray sections;
    for (const Section &sec : s.sections)
        sections.append(QJsonObject { { QStringLiteral("id"), sec.id }, { QStringLiteral("title"), sec.title },
            { QStringLiteral("text"), sec.text } });
    o.insert(QStringLiteral("sections"), sections);
    return o;
}

bool ClaimJson::fromJson(const QJsonValue &v, SourceDocument *out, QString *error)
{
    if (!v.isObject())
        return fail(error, QStringLiteral("a source must be an object"));
    const QJsonObject o = v.toObject();
    SourceDocument s;
    s.id = str(o, "id");
    if (!s.id.startsWith(QLatin1String("source/")) || s.id.size() <= 7)
        return fail(error, QStringLiteral("source id \"%1\" must start with source/").arg(s.id));
    s.title = str(o, "title");
    s.origin = str(o, "origin");
    s.author = str(o, "author");
    s.publisher = str(o, "publisher");
    s.url = str(o, "url");
    s.file = str(o, "file");
    s.language = str(o, "language");
    if (o.contains(QLatin1String("date"))) {
        QString why;
        s.date = FuzzyDate::fromEdtf(str(o, "date"), {}, &why);
        if (!s.date.isValid())
            return fail(error, QStringLiteral("source \"%1\": %2").arg(s.id, why));
    }
    for (const QJsonValue &iv : o.value(QLatin1String("infobox")).toArray()) {
        const QJsonObject io = iv.toObject();
        s.infobox.append(Attribute { str(io, "key"), str(io, "value") });
    }
    for (const QJsonValue &sv : o.value(QLatin1String("sections")).toArray()) {
        const QJsonObject so = sv.toObject();
        s.sections.append(Section { str(so, "id"), str(so, "title"), str(so, "text") });
    }
    *out = s;
    return true;
}

} // namespace tkb
