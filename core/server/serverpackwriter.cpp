// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/pgarrayliteral_p.h>
#include <core/server/servernameindex_p.h>
#include <core/server/serverpackwriter_p.h>
#include <core/server/serverrowbatch_p.h>
#include <core/server/servertextindex_p.h>
#include <core/store/claimcolumns_p.h>
#include <core/store/mentioncounter_p.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/statementcache_p.h>
#include <core/store/textkey.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

constexpr qsizetype chunkEntities = 1000; // entities per round of statements
constexpr qsizetype chunkRelations = 5000;

// The section's length first: a title may hold any character, so no separator alone keeps two citations apart.
QString citationKey(const Citation &c)
{
    return c.source + u'\x1f' + QString::number(c.section.size()) + u':' + c.section + c.sentence;
}

// "CAST(? AS text[]), ..." for an unnest of these array types.
QString arrays(std::initializer_list<const char *> types)
{
    QStringList out;
    for (const char *t : types)
        out << QStringLiteral("CAST(? AS %1[])").arg(QLatin1String(t));
    return out.join(QLatin1String(", "));
}

QString idArray(const QStringList &ids)
{
    PgArrayLiteral a;
    for (const QString &id : ids)
        a.appendText(id);
    return a.literal();
}

} // namespace

ServerPackWriter::ServerPackWriter(StatementCache &statements, const SqlErrorMapper &errors)
    : m_statements(statements)
    , m_errors(errors)
{ }

bool ServerPackWriter::failed(const QString &what, const QSqlError &e, StoreError *error) const
{
    if (error)
        *error = m_errors.map(what, e);
    return false;
}

bool ServerPackWriter::citeAll(const QList<Citation> &citations, StoreError *error)
{
    ServerRowBatch rows(QStringLiteral("INSERT INTO citation(source, section, sentence) SELECT * FROM unnest(%1)"
                                       " ON CONFLICT(source, section, sentence) DO UPDATE SET source=excluded.source"
                                       " RETURNING id, source, section, sentence")
                            .arg(arrays({ "text", "text", "text" })),
        3);
    // Each once: an upsert may not meet the same row twice in one statement.
    QSet<QString> asked;
    for (const Citation &c : citations) {
        if (!m_citationIds.contains(citationKey(c)) && !asked.contains(citationKey(c))) {
            asked.insert(citationKey(c));
            rows.add({ c.source, c.section, c.sentence });
        }
    }
    QSqlError e;
    return rows.flush(m_statements, &e, [&](const QSqlQuery &q) {
        m_citationIds.insert(
            citationKey(Citation { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() }),
            q.value(0).toLongLong());
    }) || failed(QStringLiteral("saving citations"), e, error);
}

qint64 ServerPackWriter::citationId(const Citation &c) const
{
    return m_citationIds.value(citationKey(c));
}

bool ServerPackWriter::writeEntities(const QList<Entity> &entities, StoreError *error)
{
    // The last of an id given twice wins, in its place, as when a file replaces the row.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < entities.size(); ++i)
        last.insert(entities[i].id, i);
    QList<const Entity *> chunk;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        if (last.value(entities[i].id) != i)
            continue;
        chunk.append(&entities[i]);
        if (chunk.size() == chunkEntities) {
            if (!writeChunk(chunk, error))
                return false;
            chunk.clear();
        }
    }
    return chunk.isEmpty() || writeChunk(chunk, error);
}

bool ServerPackWriter::writeChunk(const QList<const Entity *> &entities, StoreError *error)
{
    m_citationIds.clear();
    QStringList ids;
    for (const Entity *e : entities)
        ids << e->id;
    const QString what = entities.size() == 1
        ? QStringLiteral("saving %1").arg(ids.first())
        : QStringLiteral("saving %1 entities from %2").arg(ids.size()).arg(ids.first());
    // The old rows go, and with them their aliases, attributes, citations and search rows; each id keeps its row id, so
    // a client reading at the same time (a search: its name keys, then the entity) finds the entity either way.
    QHash<QString, qint64> rowids;
    QSqlQuery &remove = m_statements.statement(
        QStringLiteral("DELETE FROM entity WHERE id = ANY(CAST(? AS text[])) RETURNING id, rowid"));
    remove.addBindValue(idArray(ids));
    if (!remove.exec())
        return failed(what, remove.lastError(), error);
    while (remove.next())
        rowids.insert(remove.value(0).toString(), remove.value(1).toLongLong());
    remove.finish();
    QSqlQuery &unlink
        = m_statements.statement(QStringLiteral("DELETE FROM mention WHERE from_id = ANY(CAST(? AS text[]))"));
    unlink.addBindValue(idArray(ids));
    if (!unlink.exec())
        return failed(what, unlink.lastError(), error);
    unlink.finish();

    // A NULL row id: the server's sequence gives one.
    ServerRowBatch rows(QStringLiteral("INSERT INTO entity(rowid, id, kind, name, sort_key, aliases_text, filter_key,"
                                       " summary, body, date_precision, date_start, date_end, date_text, date_edtf,"
                                       " date_sort, dates) SELECT * FROM unnest(%1) RETURNING id, rowid")
                            .arg(arrays({ "bigint", "text", "text", "text", "text", "text", "text", "text", "text",
                                "text", "text", "text", "text", "text", "text", "text" })),
        16);
    QList<Citation> citations;
    for (const Entity *e : entities) {
        QStringList aliasTexts;
        for (const Alias &a : e->aliases)
            aliasTexts << a.text;
        const QString aliases = aliasTexts.join(u'\n');
        const FuzzyDate date = e->date();
        const auto d = ClaimColumns::date(date);
        rows.add({ rowids.contains(e->id) ? QVariant(rowids.value(e->id)) : QVariant(), e->id, entityKindId(e->kind),
            e->name, textKey(e->name), aliases, textKey(e->name + u'\n' + aliases), e->summary, e->body, d[0], d[1],
            d[2], d[3], d[4], date.isValid() ? QVariant(date.sortKey()) : QVariant(), ClaimColumns::dates(e->dates) });
        for (const Attribute &a : e->attributes) {
            if (!a.citations.isEmpty())
                citations << a.citations.first();
        }
        citations << e->citations;
    }
    QSqlError e;
    if (!rows.flush(m_statements, &e,
            [&](const QSqlQuery &q) { rowids.insert(q.value(0).toString(), q.value(1).toLongLong()); }))
        return failed(what, e, error);
    if (!citeAll(citations, error))
        return false;

    // A source's sections link too.
    QHash<QString, QList<std::pair<QString, QString>>> sections;
    QSqlQuery &sectionText = m_statements.statement(QStringLiteral(
        "SELECT source, title, text FROM section WHERE source = ANY(CAST(? AS text[])) ORDER BY source, ord"));
    sectionText.addBindValue(idArray(ids));
    if (!sectionText.exec())
        return failed(what, sectionText.lastError(), error);
    while (sectionText.next())
        sections[sectionText.value(0).toString()].append(
            { sectionText.value(1).toString(), sectionText.value(2).toString() });
    sectionText.finish();

    ServerNameIndex names;
    ServerTextIndex terms;
    ServerRowBatch alias(QStringLiteral("INSERT INTO alias(entity, ord, text, language, script, claim) SELECT * FROM "
                                        "unnest(%1)")
                             .arg(arrays({ "bigint", "integer", "text", "text", "text", "text" })),
        6);
    ServerRowBatch attribute(
        QStringLiteral("INSERT INTO attribute(entity, ord, key, value, citation, claim) SELECT * FROM unnest(%1)")
            .arg(arrays({ "bigint", "integer", "text", "text", "bigint", "text" })),
        6);
    ServerRowBatch cited(QStringLiteral("INSERT INTO entity_citation(entity, ord, citation) SELECT * FROM unnest(%1)"
                                        " ON CONFLICT DO NOTHING")
                             .arg(arrays({ "bigint", "integer", "bigint" })),
        3);
    ServerRowBatch mention(QStringLiteral("INSERT INTO mention(from_id, section, to_id, label, count) SELECT * FROM "
                                          "unnest(%1)")
                               .arg(arrays({ "text", "text", "text", "text", "integer" })),
        5);
    for (const Entity *x : entities) {
        const qint64 rowid = rowids.value(x->id);
        QStringList aliasTexts;
        for (qsizetype i = 0; i < x->aliases.size(); ++i) {
            const Alias &a = x->aliases[i];
            aliasTexts << a.text;
            alias.add(
                { rowid, qint64(i), a.text, a.language, a.script, ClaimColumns::claim(a.qualifiers, a.citations) });
        }
        names.add(rowid, entityKindId(x->kind), x->name, aliasTexts.join(u'\n'));
        terms.addEntity(rowid, x->name, aliasTexts.join(u'\n'), x->summary, x->body);
        for (qsizetype i = 0; i < x->attributes.size(); ++i) {
            const Attribute &a = x->attributes[i];
            attribute.add({ rowid, qint64(i), a.key, a.value,
                a.citations.isEmpty() ? QVariant() : QVariant(citationId(a.citations.first())),
                ClaimColumns::claim(a.qualifiers, a.citations, a.from, a.to) });
        }
        for (qsizetype i = 0; i < x->citations.size(); ++i)
            cited.add({ rowid, qint64(i), citationId(x->citations[i]) });
        MentionCounter links;
        links.addEntityText(x->summary, x->body);
        for (const auto &[title, text] : sections.value(x->id))
            links.addSection(title, text);
        for (const MentionCounter::Row &m : links.rows())
            mention.add({ x->id, m.section, m.to, m.label, qint64(m.count) });
    }
    if (!alias.flush(m_statements, &e) || !attribute.flush(m_statements, &e) || !cited.flush(m_statements, &e)
        || !mention.flush(m_statements, &e) || !names.flush(m_statements, &e) || !terms.flush(m_statements, &e))
        return failed(what, e, error);
    return true;
}

bool ServerPackWriter::writeRelations(const QList<Relation> &relations, StoreError *error)
{
    for (qsizetype from = 0; from < relations.size(); from += chunkRelations) {
        const QList<Relation> chunk = relations.mid(from, chunkRelations);
        m_citationIds.clear();
        QList<Citation> citations;
        for (const Relation &r : chunk) {
            if (!r.citations.isEmpty())
                citations << r.citations.first();
        }
        if (!citeAll(citations, error))
            return false;
        ServerRowBatch rows(
            QStringLiteral("INSERT INTO relation(subject, predicate, object, from_precision, from_start, from_end,"
                           " from_text, from_edtf, to_precision, to_start, to_end, to_text, to_edtf, citation, claim)"
                           " SELECT * FROM unnest(%1)")
                .arg(arrays({ "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text",
                    "text", "text", "bigint", "text" })),
            15);
        for (const Relation &r : chunk) {
            const auto f = ClaimColumns::date(r.from), t = ClaimColumns::date(r.to);
            rows.add({ r.subject, r.predicate, r.object, f[0], f[1], f[2], f[3], f[4], t[0], t[1], t[2], t[3], t[4],
                r.citations.isEmpty() ? QVariant() : QVariant(citationId(r.citations.first())),
                ClaimColumns::claim(r.qualifiers, r.citations) });
        }
        QSqlError e;
        if (!rows.flush(m_statements, &e))
            return failed(QStringLiteral("saving %1 relations").arg(chunk.size()), e, error);
    }
    return true;
}

std::optional<QSet<QString>> ServerPackWriter::missingEntities(const QStringList &ids, StoreError *error)
{
    QSqlQuery &q = m_statements.statement(QStringLiteral(
        "SELECT x FROM unnest(CAST(? AS text[])) AS x WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id = x)"));
    q.addBindValue(idArray(ids));
    if (!q.exec()) {
        failed(QStringLiteral("checking the relations"), q.lastError(), error);
        return std::nullopt;
    }
    QSet<QString> missing;
    while (q.next())
        missing.insert(q.value(0).toString());
    q.finish();
    return missing;
}

std::optional<std::pair<QString, QString>> ServerPackWriter::danglingLink(const QStringList &fromIds, StoreError *error)
{
    QSqlQuery &q = m_statements.statement(
        QStringLiteral("SELECT m.from_id, min(m.to_id) FROM mention m WHERE m.from_id = ANY(CAST(? AS text[]))"
                       " AND NOT EXISTS (SELECT 1 FROM entity WHERE id = m.to_id) GROUP BY m.from_id"));
    q.addBindValue(idArray(fromIds));
    if (!q.exec()) {
        failed(QStringLiteral("checking the links"), q.lastError(), error);
        return std::nullopt;
    }
    QHash<QString, QString> dangling;
    while (q.next())
        dangling.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    for (const QString &from : fromIds) {
        if (dangling.contains(from))
            return std::pair { from, dangling.value(from) };
    }
    return std::pair<QString, QString> {};
}

} // namespace tkb
