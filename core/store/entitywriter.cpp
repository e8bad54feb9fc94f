// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>
#include <core/server/servertextindex_p.h>
#include <core/store/claimcolumns_p.h>
#include <core/store/entityreader_p.h>
#include <core/store/entitywriter_p.h>
#include <core/store/mentioncounter_p.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/statementcache_p.h>
#include <core/store/textkey.h>

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tkb {

namespace {

void bindDate(QSqlQuery &q, const QString &prefix, const FuzzyDate &d)
{
    const auto values = ClaimColumns::date(d);
    const char *columns[] = { "precision", "start", "end", "text", "edtf" };
    for (int i = 0; i < 5; ++i)
        q.bindValue(prefix + QLatin1String(columns[i]), values[i]);
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and an empty text is just empty.
// Qt binds a QString with sqlite3_bind_text16, where SQLite takes a leading U+FEFF or U+FFFE as a byte order
// mark: it drops U+FEFF and reads the rest of the text byte-swapped after U+FFFE. Such a text goes as UTF-8
// bytes instead, which the statement turns back into text with CAST(? AS TEXT) - every placeholder bound with
// text() is written that way (a no-op for a text value). A server takes text as it is (bytes would be bytea).
QVariant textFor(bool bomAsBytes, const QString &s)
{
    if (s.isNull())
        return QVariant(QString(QLatin1String("")));
    if (bomAsBytes && (s.startsWith(QChar(0xFEFF)) || s.startsWith(QChar(0xFFFE))))
        return QVariant(s.toUtf8());
    return QVariant(s);
}

} // namespace

EntityWriter::EntityWriter(
    const QSqlDatabase &db, StatementCache &statements, const EntityReader &reader, const SqlErrorMapper &errors)
    : m_db(db)
    , m_statements(statements)
    , m_reader(reader)
    , m_errors(errors)
    , m_server(db.driverName() == QLatin1String("QPSQL"))
    , m_serverPack(statements, errors)
{ }

QVariant EntityWriter::text(const QString &s) const
{
    return textFor(!m_server, s);
}

std::optional<qint64> EntityWriter::citationId(const Citation &c, StoreError *error)
{
    if (!c.isValid())
        return std::nullopt;
    QSqlQuery &q = m_statements.statement(
        QStringLiteral("INSERT INTO citation(source, section, sentence) VALUES(?, CAST(? AS TEXT), CAST(? AS TEXT)) "
                       "ON CONFLICT(source, section, sentence) DO UPDATE SET source=excluded.source RETURNING id"));
    q.addBindValue(c.source);
    q.addBindValue(text(c.section));
    q.addBindValue(text(c.sentence));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = m_errors.map(QStringLiteral("saving a citation"), q.lastError());
        q.finish();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool EntityWriter::validate(const Entity &e, StoreError *error) const
{
    const auto invalid = [&](const QString &message) {
        if (error)
            *error = StoreError::make(StoreError::Code::Invalid, message);
        return false;
    };
    if (e.id.isEmpty() || e.name.trimmed().isEmpty())
        return invalid(QStringLiteral("An entity needs an id and a name (id \"%1\").").arg(e.id));
    const auto citedWell = [](const auto &claims) {
        return std::all_of(claims.begin(), claims.end(), [](const auto &c) {
            return std::all_of(c.citations.begin(), c.citations.end(), [](const Citation &x) { return x.isValid(); });
        });
    };
    if (!citedWell(e.aliases) || !citedWell(e.attributes) || !citedWell(e.dates))
        return invalid(QStringLiteral("A citation of a claim of %1 needs a source and a sentence.").arg(e.id));
    if (!std::all_of(e.citations.begin(), e.citations.end(), [](const Citation &c) { return c.isValid(); }))
        return invalid(QStringLiteral("A citation of %1 needs a source and a sentence.").arg(e.id));
    return true;
}

bool EntityWriter::writeEntity(const Entity &e, StoreError *error)
{
    if (!validate(e, error))
        return false;
    return m_server ? m_serverPack.writeEntities({ e }, error) : writeEntityRows(e, error);
}

bool EntityWriter::writeEntityRows(const Entity &e, StoreError *error)
{
    auto fail = [&](const QString &what, const QSqlQuery &q) {
        if (error)
            *error = m_errors.map(what, q.lastError());
        return false;
    };
    // Prepared once per connection: an import writes thousands of entities, and preparing the statements
    // that fire the search triggers costs more than running them.
    QSqlQuery &remove = m_statements.statement(QStringLiteral("DELETE FROM entity WHERE id=?"));
    remove.addBindValue(e.id);
    if (!remove.exec())
        return fail(QStringLiteral("replacing %1").arg(e.id), remove);
    remove.finish();

    QStringList aliasTexts;
    for (const Alias &a : e.aliases)
        aliasTexts << a.text;
    const QString columns
        = QStringLiteral("id, kind, name, sort_key, aliases_text, filter_key, summary, body,"
                         " date_precision, date_start, date_end, date_text, date_sort, date_edtf, dates");
    const QString values = QStringLiteral(
        ":id, :kind, CAST(:name AS TEXT), CAST(:sort AS TEXT), CAST(:aliases AS TEXT), CAST(:filter AS TEXT),"
        " CAST(:summary AS TEXT), CAST(:body AS TEXT),"
        " :date_precision, :date_start, :date_end, :date_text, :date_sort, :date_edtf, CAST(:dates AS TEXT)");
    QSqlQuery &q = m_statements.statement(
        QStringLiteral("INSERT INTO entity(%1) VALUES(%2) RETURNING rowid").arg(columns, values));
    q.bindValue(QStringLiteral(":id"), e.id);
    q.bindValue(QStringLiteral(":kind"), entityKindId(e.kind));
    q.bindValue(QStringLiteral(":name"), text(e.name));
    q.bindValue(QStringLiteral(":sort"), text(textKey(e.name)));
    q.bindValue(QStringLiteral(":aliases"), text(aliasTexts.join(u'\n')));
    q.bindValue(QStringLiteral(":filter"), text(textKey(e.name + u'\n' + aliasTexts.join(u'\n'))));
    q.bindValue(QStringLiteral(":summary"), text(e.summary));
    q.bindValue(QStringLiteral(":body"), text(e.body));
    const FuzzyDate date = e.date();
    bindDate(q, QStringLiteral(":date_"), date);
    q.bindValue(
        QStringLiteral(":date_sort"), date.isValid() ? date.sortKey() : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(QStringLiteral(":dates"), text(ClaimColumns::dates(e.dates)));
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("saving %1").arg(e.id), q);
        q.finish();
        return false;
    }
    const qint64 rowid = q.value(0).toLongLong();
    q.finish();

    QSqlQuery &alias = m_statements.statement(
        QStringLiteral("INSERT INTO alias(entity, ord, text, language, script, claim) VALUES(?, ?, "
                       "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"));
    for (qsizetype i = 0; i < e.aliases.size(); ++i) {
        alias.addBindValue(rowid);
        alias.addBindValue(int(i));
        alias.addBindValue(text(e.aliases[i].text));
        alias.addBindValue(text(e.aliases[i].language));
        alias.addBindValue(text(e.aliases[i].script));
        alias.addBindValue(text(ClaimColumns::claim(e.aliases[i].qualifiers, e.aliases[i].citations)));
        if (!alias.exec())
            return fail(QStringLiteral("saving the aliases of %1").arg(e.id), alias);
    }
    for (qsizetype i = 0; i < e.attributes.size(); ++i) {
        const Attribute &a = e.attributes[i];
        std::optional<qint64> cid;
        if (!a.citations.isEmpty()) {
            cid = citationId(a.citations.first(), error);
            if (!cid)
                return false;
        }
        QSqlQuery &attribute = m_statements.statement(
            QStringLiteral("INSERT INTO attribute(entity, ord, key, value, citation, claim) "
                           "VALUES(?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, CAST(? AS TEXT))"));
        attribute.addBindValue(rowid);
        attribute.addBindValue(int(i));
        attribute.addBindValue(text(a.key));
        attribute.addBindValue(text(a.value));
        attribute.addBindValue(cid ? QVariant(*cid) : QVariant(QMetaType::fromType<qint64>()));
        attribute.addBindValue(text(ClaimColumns::claim(a.qualifiers, a.citations, a.from, a.to)));
        if (!attribute.exec())
            return fail(QStringLiteral("saving the attributes of %1").arg(e.id), attribute);
    }
    for (qsizetype i = 0; i < e.citations.size(); ++i) {
        const auto cid = citationId(e.citations[i], error);
        if (!cid)
            return false;
        QSqlQuery &citation = m_statements.statement(QStringLiteral(
            "INSERT INTO entity_citation(entity, ord, citation) VALUES(?, ?, ?) ON CONFLICT DO NOTHING"));
        citation.addBindValue(rowid);
        citation.addBindValue(int(i));
        citation.addBindValue(*cid);
        if (!citation.exec())
            return fail(QStringLiteral("saving the citations of %1").arg(e.id), citation);
    }
    return refreshMentions(e.id, error);
}

bool EntityWriter::refreshMentions(const QString &fromId, StoreError *error)
{
    QSqlQuery &remove = m_statements.statement(QStringLiteral("DELETE FROM mention WHERE from_id=?"));
    remove.addBindValue(fromId);
    remove.exec();
    // Texts that can link: the entity's body and summary, and, for a source document, its sections.
    MentionCounter links;
    QSqlQuery &entityText = m_statements.statement(QStringLiteral("SELECT summary, body FROM entity WHERE id=?"));
    entityText.addBindValue(fromId);
    if (entityText.exec() && entityText.next())
        links.addEntityText(entityText.value(0).toString(), entityText.value(1).toString());
    entityText.finish();
    QSqlQuery &sections
        = m_statements.statement(QStringLiteral("SELECT title, text FROM section WHERE source=? ORDER BY ord"));
    sections.addBindValue(fromId);
    if (sections.exec()) {
        while (sections.next())
            links.addSection(sections.value(0).toString(), sections.value(1).toString());
    }
    sections.finish();
    QSqlQuery &q = m_statements.statement(
        QStringLiteral("INSERT INTO mention(from_id, section, to_id, label, count) "
                       "VALUES(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?)"));
    for (const MentionCounter::Row &m : links.rows()) {
        q.addBindValue(text(fromId));
        q.addBindValue(text(m.section));
        q.addBindValue(text(m.to)); // a target may begin with U+FEFF, which a plain binding drops
        q.addBindValue(text(m.label));
        q.addBindValue(m.count);
        if (!q.exec()) {
            if (error)
                *error = m_errors.map(QStringLiteral("saving links of %1").arg(fromId), q.lastError());
            return false;
        }
    }
    return true;
}

bool EntityWriter::validate(const Relation &r, StoreError *error) const
{
    for (const Citation &c : r.citations) {
        if (!c.isValid()) {
            if (error)
                *error = StoreError::make(StoreError::Code::Invalid,
                    QStringLiteral("A citation of the relation \"%1 %2 %3\" needs a source and a sentence.")
                        .arg(r.subject, r.predicate, r.object));
            return false;
        }
    }
    return true;
}

bool EntityWriter::writeRelation(const Relation &r, StoreError *error)
{
    if (!validate(r, error))
        return false;
    return m_server ? m_serverPack.writeRelations({ r }, error) : writeRelationRow(r, error);
}

bool EntityWriter::writeRelationRow(const Relation &r, StoreError *error)
{
    std::optional<qint64> cid;
    if (!r.citations.isEmpty()) {
        cid = citationId(r.citations.first(), error);
        if (!cid)
            return false;
    }
    QSqlQuery &q = m_statements.statement(QStringLiteral(
        "INSERT INTO relation(subject, predicate, object, from_precision, from_start, from_end, from_text, from_edtf,"
        " to_precision, to_start, to_end, to_text, to_edtf, citation, claim)"
        " VALUES(:s, :p, :o, :from_precision, :from_start, :from_end, :from_text, :from_edtf,"
        " :to_precision, :to_start, :to_end, :to_text, :to_edtf, :c, CAST(:claim AS TEXT))"));
    q.bindValue(QStringLiteral(":s"), r.subject);
    q.bindValue(QStringLiteral(":p"), r.predicate);
    q.bindValue(QStringLiteral(":o"), r.object);
    bindDate(q, QStringLiteral(":from_"), r.from);
    bindDate(q, QStringLiteral(":to_"), r.to);
    q.bindValue(QStringLiteral(":c"), cid ? QVariant(*cid) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(QStringLiteral(":claim"), text(ClaimColumns::claim(r.qualifiers, r.citations)));
    if (!q.exec()) {
        if (error)
            *error = m_errors.map(QStringLiteral("saving a relation"), q.lastError());
        return false;
    }
    return true;
}

bool EntityWriter::writeSource(const SourceDocument &s, StoreError *error)
{
    QSqlQuery q(m_db);
    auto fail = [&](const QString &what) {
        if (error)
            *error = m_errors.map(what, q.lastError());
        return false;
    };
    q.prepare(QStringLiteral("DELETE FROM source_document WHERE id=?"));
    q.addBindValue(s.id);
    if (!q.exec())
        return fail(QStringLiteral("replacing %1").arg(s.id));
    q.prepare(
        QStringLiteral("INSERT INTO source_document(id, title, origin, author, publisher, date, url, file, language)"
                       " VALUES(?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?,"
                       " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"));
    q.addBindValue(s.id);
    for (const QString &value : { s.title, s.origin, s.author, s.publisher })
        q.addBindValue(text(value));
    q.addBindValue(text(s.date.isValid() ? s.date.edtf() : QString()));
    for (const QString &value : { s.url, s.file, s.language })
        q.addBindValue(text(value));
    if (!q.exec())
        return fail(QStringLiteral("saving %1").arg(s.id));
    q.prepare(QStringLiteral(
        "INSERT INTO source_infobox(source, ord, key, value) VALUES(?, ?, CAST(? AS TEXT), CAST(? AS TEXT))"));
    for (qsizetype i = 0; i < s.infobox.size(); ++i) {
        q.addBindValue(s.id);
        q.addBindValue(int(i));
        q.addBindValue(text(s.infobox[i].key));
        q.addBindValue(text(s.infobox[i].value));
        if (!q.exec())
            return fail(QStringLiteral("saving the infobox of %1").arg(s.id));
    }
    q.prepare(QStringLiteral("INSERT INTO section(source, ord, id, title, text) VALUES(?, ?, CAST(? AS TEXT), CAST(? "
                             "AS TEXT), CAST(? AS TEXT)) RETURNING rowid"));
    // In the file the search triggers index the sections; a server gets the terms core computes.
    ServerTextIndex terms;
    for (qsizetype i = 0; i < s.sections.size(); ++i) {
        q.addBindValue(s.id);
        q.addBindValue(int(i));
        q.addBindValue(text(s.sections[i].id));
        q.addBindValue(text(s.sections[i].title));
        q.addBindValue(text(s.sections[i].text));
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("saving the sections of %1").arg(s.id));
        if (m_server)
            terms.addSection(q.value(0).toLongLong(), s.sections[i].title, s.sections[i].text);
        q.finish();
    }
    QSqlError termsError;
    if (!terms.flush(m_statements, &termsError)) {
        if (error)
            *error = m_errors.map(QStringLiteral("saving the search terms of %1").arg(s.id), termsError);
        return false;
    }
    return true;
}

std::optional<QSet<QString>> EntityWriter::missingEntities(const QStringList &ids, StoreError *error)
{
    if (m_server)
        return ids.isEmpty() ? QSet<QString>() : m_serverPack.missingEntities(ids, error);
    QSet<QString> missing;
    for (const QString &id : ids) {
        if (!m_reader.contains(id))
            missing.insert(id);
    }
    return missing;
}

std::optional<std::pair<QString, QString>> EntityWriter::danglingLink(const QStringList &fromIds, StoreError *error)
{
    if (m_server)
        return m_serverPack.danglingLink(fromIds, error);
    QSqlQuery &q = m_statements.statement(QStringLiteral(
        "SELECT m.to_id FROM mention m WHERE m.from_id=? AND NOT EXISTS (SELECT 1 FROM entity WHERE id=m.to_id)"
        " ORDER BY m.to_id LIMIT 1"));
    for (const QString &from : fromIds) {
        q.addBindValue(from);
        if (q.exec() && q.next()) {
            const QString to = q.value(0).toString();
            q.finish();
            return std::pair { from, to };
        }
    }
    q.finish();
    return std::pair<QString, QString> {};
}

bool EntityWriter::writePack(const KnowledgePack &pack, StoreError *error)
{
    auto invalid = [&](const QString &message) {
        if (error)
            *error = StoreError::make(StoreError::Code::Invalid, message);
        return false;
    };
    QSet<QString> sourceEntities;
    for (const Entity &e : pack.entities) {
        if (e.kind == EntityKind::Source)
            sourceEntities.insert(e.id);
    }
    for (const SourceDocument &s : pack.sources) {
        if (!writeSource(s, error))
            return false;
    }
    QSet<QString> packEntities;
    for (const Entity &e : pack.entities) {
        if (!validate(e, error))
            return false;
        packEntities.insert(e.id);
    }
    // A source document is also an entity, so it can be linked, listed and searched like any other: written after the
    // pack's entities, where neither they nor the base have one.
    QList<Entity> sourceRows;
    QList<QString> relinked;
    for (const SourceDocument &s : pack.sources) {
        if (!sourceEntities.contains(s.id) && !packEntities.contains(s.id) && !m_reader.contains(s.id)) {
            Entity e;
            e.id = s.id;
            e.kind = EntityKind::Source;
            e.name = s.title;
            if (!validate(e, error))
                return false;
            sourceRows.append(e);
        } else {
            relinked.append(s.id);
        }
    }
    // On a server a thousand entities at a time (ServerPackWriter); into a file row by row.
    const QList<Entity> entities = pack.entities + sourceRows;
    if (m_server && !m_serverPack.writeEntities(entities, error))
        return false;
    for (const Entity &e : m_server ? QList<Entity>() : entities) {
        if (!writeEntityRows(e, error))
            return false;
    }
    for (const QString &id : relinked) {
        if (!refreshMentions(id, error))
            return false;
    }
    for (const Relation &r : pack.relations) {
        if (!validate(r, error))
            return false;
    }
    if (m_server && !m_serverPack.writeRelations(pack.relations, error))
        return false;
    for (const Relation &r : m_server ? QList<Relation>() : pack.relations) {
        if (!writeRelationRow(r, error))
            return false;
    }
    // Everything this pack's relations and links point at must exist now, in the pack or already in the base.
    // Only the pack's own rows are checked: a link an earlier edit or removal left dangling is for check() to
    // report, and must not make every later import fail.
    QStringList endpoints;
    for (const Relation &r : pack.relations)
        endpoints << r.subject << r.object;
    const std::optional<QSet<QString>> missing = missingEntities(endpoints, error);
    if (!missing)
        return false;
    for (const Relation &r : pack.relations) {
        if (missing->contains(r.subject) || missing->contains(r.object))
            return invalid(QStringLiteral("The relation \"%1 %2 %3\" names an entity that does not exist.")
                    .arg(r.subject, r.predicate, r.object));
    }
    QStringList linking;
    for (const Entity &e : pack.entities)
        linking << e.id;
    for (const SourceDocument &s : pack.sources)
        linking << s.id;
    const std::optional<std::pair<QString, QString>> dangling = danglingLink(linking, error);
    if (!dangling)
        return false;
    if (!dangling->first.isEmpty())
        return invalid(
            QStringLiteral("%1 links to \"%2\", which does not exist.").arg(dangling->first, dangling->second));
    QSqlQuery q(m_db);
    if (!pack.id.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('title', ?) ON CONFLICT(key) DO NOTHING"));
        q.addBindValue(pack.title);
        q.exec();
    }
    if (!pack.id.isEmpty() && !pack.sources.isEmpty()) {
        // The first pack's first source stays the base's article whatever sources are added later.
        q.prepare(
            QStringLiteral("INSERT INTO meta(key, value) VALUES('primary_source', ?) ON CONFLICT(key) DO NOTHING"));
        q.addBindValue(pack.sources.first().id);
        q.exec();
    }
    q.finish();
    return true;
}

bool EntityWriter::removeEntity(const QString &id, StoreError *error)
{
    QSqlQuery q(m_db);
    const QStringList stmts = { QStringLiteral("DELETE FROM relation WHERE subject=:id OR object=:id"),
        QStringLiteral("DELETE FROM mention WHERE from_id=:id"), QStringLiteral("DELETE FROM entity WHERE id=:id") };
    for (const QString &s : stmts) {
        q.prepare(s);
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec()) {
            if (error)
                *error = m_errors.map(QStringLiteral("removing %1").arg(id), q.lastError());
            return false;
        }
    }
    return true;
}

bool EntityWriter::writeMeta(const QString &key, const QString &value, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = m_errors.map(QStringLiteral("saving settings"), q.lastError());
        return false;
    }
    return true;
}

} // namespace tkb
