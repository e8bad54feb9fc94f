// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>
#include <core/store/entityreader_p.h>
#include <core/store/statementcache_p.h>
#include <core/store/textkey.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace tkb {

namespace {

// A date from its five columns: precision, start, end, text, edtf. The notation, when there, says it all; rows
// from before it have only the first four.
FuzzyDate readDate(const QSqlQuery &q, int col)
{
    const QString edtf = q.value(col + 4).toString();
    if (!edtf.isEmpty())
        return FuzzyDate::fromEdtf(edtf, q.value(col + 3).toString());
    bool ok = false;
    const auto p = FuzzyDate::precisionFromId(q.value(col).toString(), &ok);
    if (!ok || p == FuzzyDate::Precision::None)
        return {};
    return FuzzyDate::fromStored(p, QDate::fromString(q.value(col + 1).toString(), Qt::ISODate),
        QDate::fromString(q.value(col + 2).toString(), Qt::ISODate), q.value(col + 3).toString());
}

QJsonObject claimObject(const QVariant &column)
{
    const QString text = column.toString();
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

// The claim column's qualifiers and citations; a row from before claims rests on its single citation. Returns
// the parsed column for what else a claim keeps there (an attribute's period).
QJsonObject readClaim(const QVariant &column, Citation single, Qualifiers *q, QList<Citation> *citations)
{
    const QJsonObject o = claimObject(column);
    ClaimJson::readClaimFields(o, q, citations, nullptr);
    if (citations->isEmpty() && single.isValid())
        citations->append(single);
    return o;
}

} // namespace

EntityReader::EntityReader(const QSqlDatabase &db, StatementCache &statements)
    : m_db(db)
    , m_statements(statements)
{ }

QString EntityReader::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Citation EntityReader::citation(const QVariant &id) const
{
    if (id.isNull())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT source, section, sentence FROM citation WHERE id=?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return Citation { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    return {};
}

std::optional<Entity> EntityReader::entity(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rowid, kind, name, summary, body, date_precision, date_start, date_end, date_text,"
                             " date_edtf, dates FROM entity WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Entity e;
    const qint64 rowid = q.value(0).toLongLong();
    e.id = id;
    e.kind = entityKindFromId(q.value(1).toString()).value_or(EntityKind::Topic);
    e.name = q.value(2).toString();
    e.summary = q.value(3).toString();
    e.body = q.value(4).toString();
    const QString dates = q.value(10).toString();
    if (!dates.isEmpty()) {
        for (const QJsonValue &v : QJsonDocument::fromJson(dates.toUtf8()).array()) {
            DateClaim d;
            if (ClaimJson::fromJson(v, &d, nullptr))
                e.dates.append(d);
        }
    } else {
        e.setDate(readDate(q, 5));
    }

    q.prepare(QStringLiteral("SELECT text, language, script, claim FROM alias WHERE entity=? ORDER BY ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next()) {
        Alias a { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
        readClaim(q.value(3), {}, &a.qualifiers, &a.citations);
        e.aliases.append(a);
    }

    q.prepare(QStringLiteral("SELECT a.key, a.value, c.source, c.section, c.sentence, a.claim FROM attribute a "
                             "LEFT JOIN citation c ON c.id=a.citation WHERE a.entity=? ORDER BY a.ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next()) {
        Attribute a { q.value(0).toString(), q.value(1).toString() };
        const QJsonObject o
            = readClaim(q.value(5), Citation { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() },
                &a.qualifiers, &a.citations);
        ClaimJson::fromJson(o.value(QLatin1String("from")), &a.from, nullptr);
        ClaimJson::fromJson(o.value(QLatin1String("to")), &a.to, nullptr);
        e.attributes.append(a);
    }

    q.prepare(QStringLiteral("SELECT c.source, c.section, c.sentence FROM entity_citation ec "
                             "JOIN citation c ON c.id=ec.citation WHERE ec.entity=? ORDER BY ec.ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next())
        e.citations.append(Citation { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return e;
}

bool EntityReader::contains(const QString &id) const
{
    QSqlQuery &q = m_statements.statement(QStringLiteral("SELECT 1 FROM entity WHERE id=?"));
    q.addBindValue(id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

QString EntityReader::name(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM entity WHERE id=?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QList<Alias> EntityReader::aliases(const QString &id) const
{
    QList<Alias> out;
    QSqlQuery &q = m_statements.statement(QStringLiteral("SELECT a.text, a.language, a.script FROM alias a JOIN entity "
                                                         "e ON e.rowid=a.entity WHERE e.id=? ORDER BY a.ord"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            out << Alias { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    }
    q.finish();
    return out;
}

namespace {

QString whereClause(std::optional<EntityKind> kind, const QString &filter)
{
    QStringList where;
    if (kind)
        where << QStringLiteral("kind=:kind");
    if (!filter.trimmed().isEmpty())
        where << QStringLiteral("instr(filter_key, :filter) > 0");
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void bindWhere(QSqlQuery &q, std::optional<EntityKind> kind, const QString &filter)
{
    if (kind)
        q.bindValue(QStringLiteral(":kind"), entityKindId(*kind));
    if (!filter.trimmed().isEmpty())
        q.bindValue(QStringLiteral(":filter"), textKey(filter.trimmed()));
}

} // namespace

QList<EntityRef> EntityReader::entities(
    std::optional<EntityKind> kind, const QString &filter, int offset, int limit, bool withAliases) const
{
    QList<EntityRef> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT rowid, id, kind, name, summary, date_precision, date_start, date_end, date_text, date_edtf"
                  " FROM entity")
        + whereClause(kind, filter) + QStringLiteral(" ORDER BY sort_key, id LIMIT :limit OFFSET :offset"));
    bindWhere(q, kind, filter);
    // No limit as a number both engines take (SQLite's -1 is an error on a server).
    q.bindValue(QStringLiteral(":limit"), limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit));
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return out;
    QList<qint64> rowids;
    while (q.next()) {
        EntityRef r;
        rowids << q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.kind = entityKindFromId(q.value(2).toString()).value_or(EntityKind::Topic);
        r.name = q.value(3).toString();
        r.summary = q.value(4).toString();
        r.date = readDate(q, 5);
        out.append(r);
    }
    if (withAliases) {
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("SELECT text, language, script FROM alias WHERE entity=? ORDER BY ord"));
        for (qsizetype i = 0; i < out.size(); ++i) {
            a.addBindValue(rowids[i]);
            a.exec();
            while (a.next()) {
                out[i].aliases << a.value(0).toString();
                out[i].forms << Alias { a.value(0).toString(), a.value(1).toString(), a.value(2).toString() };
            }
        }
    }
    return out;
}

qint64 EntityReader::count(std::optional<EntityKind> kind, const QString &filter) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM entity") + whereClause(kind, filter));
    bindWhere(q, kind, filter);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Relation> EntityReader::relations(const QString &id) const
{
    QList<Relation> out;
    QSqlQuery q(m_db);
    const QString columns = QStringLiteral(
        "SELECT subject, predicate, object, from_precision, from_start, from_end, from_text, from_edtf,"
        " to_precision, to_start, to_end, to_text, to_edtf, citation, claim, id FROM relation");
    // Ordered by the row id last so two competing claims of one link keep the order they were made in.
    q.prepare(columns + QStringLiteral(" WHERE subject=:id UNION ALL ") + columns
        + QStringLiteral(" WHERE object=:id AND subject<>:id ORDER BY 2, 1, 3, 16"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return out;
    while (q.next()) {
        Relation r;
        r.subject = q.value(0).toString();
        r.predicate = q.value(1).toString();
        r.object = q.value(2).toString();
        r.from = readDate(q, 3);
        r.to = readDate(q, 8);
        readClaim(q.value(14), citation(q.value(13)), &r.qualifiers, &r.citations);
        out.append(r);
    }
    return out;
}

QList<Mention> EntityReader::backlinks(const QString &id) const
{
    QList<Mention> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT m.from_id, coalesce(e.name, m.from_id), coalesce(e.kind, 'source'), m.section, m.label, m.count"
        " FROM mention m LEFT JOIN entity e ON e.id=m.from_id"
        " WHERE m.to_id=? AND m.from_id<>m.to_id ORDER BY e.sort_key, m.from_id, m.section, m.label"));
    q.addBindValue(id);
    if (!q.exec())
        return out;
    while (q.next()) {
        Mention m;
        m.fromId = q.value(0).toString();
        m.fromName = q.value(1).toString();
        m.fromKind = entityKindFromId(q.value(2).toString()).value_or(EntityKind::Source);
        m.section = q.value(3).toString();
        m.label = q.value(4).toString();
        m.count = q.value(5).toInt();
        out.append(m);
    }
    return out;
}

QList<EntityRef> EntityReader::events(bool withAliases) const
{
    QList<EntityRef> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, kind, name, summary, date_precision, date_start, date_end, date_text, date_edtf"
                       " FROM entity"
                       " WHERE kind='event' ORDER BY date_sort IS NULL, date_sort, sort_key"));
    if (!q.exec())
        return out;
    while (q.next()) {
        EntityRef r;
        r.id = q.value(0).toString();
        r.kind = EntityKind::Event;
        r.name = q.value(2).toString();
        r.summary = q.value(3).toString();
        r.date = readDate(q, 4);
        out.append(r);
    }
    if (withAliases && !out.isEmpty()) {
        // One pass over the aliases of all events rather than a query per event: a timeline may hold thousands.
        QHash<QString, qsizetype> at;
        for (qsizetype i = 0; i < out.size(); ++i)
            at.insert(out[i].id, i);
        q.prepare(QStringLiteral("SELECT e.id, a.text, a.language, a.script FROM alias a JOIN entity e"
                                 " ON e.rowid=a.entity WHERE e.kind='event' ORDER BY a.entity, a.ord"));
        if (q.exec()) {
            while (q.next()) {
                const qsizetype i = at.value(q.value(0).toString(), -1);
                if (i < 0)
                    continue;
                out[i].aliases << q.value(1).toString();
                out[i].forms << Alias { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
            }
        }
    }
    return out;
}

std::optional<SourceDocument> EntityReader::source(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT title, origin, author, publisher, date, url, file, language FROM source_document WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SourceDocument s;
    s.id = id;
    s.title = q.value(0).toString();
    s.origin = q.value(1).toString();
    s.author = q.value(2).toString();
    s.publisher = q.value(3).toString();
    if (!q.value(4).toString().isEmpty())
        s.date = FuzzyDate::fromEdtf(q.value(4).toString());
    s.url = q.value(5).toString();
    s.file = q.value(6).toString();
    s.language = q.value(7).toString();
    q.prepare(QStringLiteral("SELECT key, value FROM source_infobox WHERE source=? ORDER BY ord"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        s.infobox.append(Attribute { q.value(0).toString(), q.value(1).toString(), {} });
    q.prepare(QStringLiteral("SELECT id, title, text FROM section WHERE source=? ORDER BY ord"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        s.sections.append(Section { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return s;
}

QList<SourceDocument> EntityReader::sources() const
{
    QList<SourceDocument> out;
    QSqlQuery q(m_db);
    QStringList ids;
    if (q.exec(QStringLiteral("SELECT id FROM source_document ORDER BY id"))) {
        while (q.next())
            ids << q.value(0).toString();
    }
    for (const QString &id : ids) {
        if (auto s = source(id))
            out.append(*s);
    }
    return out;
}

} // namespace tkb
