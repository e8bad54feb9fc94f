// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/entityreader_p.h>
#include <core/store/statementcache_p.h>
#include <core/store/textkey.h>

#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

FuzzyDate readDate(const QSqlQuery &q, int col)
{
    bool ok = false;
    const auto p = FuzzyDate::precisionFromId(q.value(col).toString(), &ok);
    if (!ok || p == FuzzyDate::Precision::None)
        return {};
    return FuzzyDate::fromStored(p, QDate::fromString(q.value(col + 1).toString(), Qt::ISODate),
        QDate::fromString(q.value(col + 2).toString(), Qt::ISODate), q.value(col + 3).toString());
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
    q.prepare(QStringLiteral("SELECT rowid, kind, name, summary, body, date_precision, date_start, date_end, date_text "
                             "FROM entity WHERE id=?"));
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
    e.date = readDate(q, 5);

    q.prepare(QStringLiteral("SELECT text, language, script FROM alias WHERE entity=? ORDER BY ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next())
        e.aliases.append(Alias { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });

    q.prepare(QStringLiteral("SELECT a.key, a.value, c.source, c.section, c.sentence FROM attribute a "
                             "LEFT JOIN citation c ON c.id=a.citation WHERE a.entity=? ORDER BY a.ord"));
    q.addBindValue(rowid);
    q.exec();
    while (q.next())
        e.attributes.append(Attribute { q.value(0).toString(), q.value(1).toString(),
            Citation { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() } });

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
                  "SELECT rowid, id, kind, name, summary, date_precision, date_start, date_end, date_text FROM entity")
        + whereClause(kind, filter) + QStringLiteral(" ORDER BY sort_key, id LIMIT :limit OFFSET :offset"));
    bindWhere(q, kind, filter);
    q.bindValue(QStringLiteral(":limit"), limit < 0 ? -1 : limit);
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
        a.prepare(QStringLiteral("SELECT text FROM alias WHERE entity=? ORDER BY ord"));
        for (qsizetype i = 0; i < out.size(); ++i) {
            a.addBindValue(rowids[i]);
            a.exec();
            while (a.next())
                out[i].aliases << a.value(0).toString();
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
    q.prepare(QStringLiteral("SELECT subject, predicate, object, from_precision, from_start, from_end, from_text,"
                             " to_precision, to_start, to_end, to_text, citation FROM relation"
                             " WHERE subject=:id UNION ALL"
                             " SELECT subject, predicate, object, from_precision, from_start, from_end, from_text,"
                             " to_precision, to_start, to_end, to_text, citation FROM relation"
                             " WHERE object=:id AND subject<>:id ORDER BY 2, 1, 3"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return out;
    while (q.next()) {
        Relation r;
        r.subject = q.value(0).toString();
        r.predicate = q.value(1).toString();
        r.object = q.value(2).toString();
        r.from = readDate(q, 3);
        r.to = readDate(q, 7);
        r.citation = citation(q.value(11));
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
        " WHERE m.to_id=? AND m.from_id<>m.to_id ORDER BY e.sort_key, m.from_id, m.section"));
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

QList<EntityRef> EntityReader::events() const
{
    QList<EntityRef> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, kind, name, summary, date_precision, date_start, date_end, date_text FROM entity"
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
    return out;
}

std::optional<SourceDocument> EntityReader::source(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, origin FROM source_document WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SourceDocument s;
    s.id = id;
    s.title = q.value(0).toString();
    s.origin = q.value(1).toString();
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
