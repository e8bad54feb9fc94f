// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/serverschema.h>

namespace tkb {

namespace {

// Text compares byte-wise as in SQLite (BINARY): lists, relations and backlinks come in the same order from both.
QString ddl(const char *statement)
{
    return QString::fromLatin1(statement).replace(QLatin1String(" TEXT"), QLatin1String(" TEXT COLLATE \"C\""));
}

// A table whose id SQLite would assign (INTEGER PRIMARY KEY): a sequence gives the next one when the insert names
// none or NULL, and moves past an id given explicitly (history imported with its ids). The trigger runs as the
// schema's owner, so an editor needs rights on the tables alone, not on the sequences.
QStringList assignedIds(const char *table, const char *column)
{
    const QString t = QString::fromLatin1(table);
    const QString c = QString::fromLatin1(column);
    const QString seq = t + QStringLiteral("_") + c + QStringLiteral("_seq");
    return {
        QStringLiteral("CREATE SEQUENCE %1").arg(seq),
        QStringLiteral("CREATE FUNCTION %1_assign_id() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path FROM CURRENT AS $$ BEGIN"
                       " IF NEW.%2 IS NULL THEN NEW.%2 := nextval('%3');"
                       " ELSE PERFORM setval('%3', greatest(NEW.%2, (SELECT last_value FROM %3)));"
                       " END IF; RETURN NEW; END $$")
            .arg(t, c, seq),
        QStringLiteral("CREATE TRIGGER %1_assign_id BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION %1_assign_id()")
            .arg(t),
    };
}

} // namespace

QStringList ServerSchema::migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1: {
        QStringList s {
            ddl("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            ddl("CREATE TABLE entity(rowid BIGINT PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
                " name TEXT NOT NULL, sort_key TEXT NOT NULL, aliases_text TEXT NOT NULL DEFAULT '',"
                " filter_key TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',"
                " date_precision TEXT, date_start TEXT, date_end TEXT, date_text TEXT, date_sort TEXT,"
                " dates TEXT NOT NULL DEFAULT '', date_edtf TEXT)"),
            ddl("CREATE INDEX entity_kind_sort ON entity(kind, sort_key)"),
            ddl("CREATE INDEX entity_sort ON entity(sort_key)"),
            ddl("CREATE INDEX entity_kind_date ON entity(kind, date_sort)"),
            ddl("CREATE TABLE citation(id BIGINT PRIMARY KEY, source TEXT NOT NULL, section TEXT NOT NULL,"
                " sentence TEXT NOT NULL, UNIQUE(source, section, sentence))"),
            ddl("CREATE TABLE alias(entity BIGINT NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, text TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',"
                " script TEXT NOT NULL DEFAULT '', claim TEXT NOT NULL DEFAULT '', PRIMARY KEY(entity, ord))"),
            ddl("CREATE TABLE attribute(entity BIGINT NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, citation BIGINT REFERENCES "
                "citation(id),"
                " claim TEXT NOT NULL DEFAULT '', PRIMARY KEY(entity, ord))"),
            ddl("CREATE TABLE entity_citation(entity BIGINT NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, citation BIGINT NOT NULL REFERENCES citation(id), PRIMARY KEY(entity, ord))"),
            ddl("CREATE TABLE relation(id BIGINT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL,"
                " object TEXT NOT NULL, from_precision TEXT, from_start TEXT, from_end TEXT, from_text TEXT,"
                " to_precision TEXT, to_start TEXT, to_end TEXT, to_text TEXT, citation BIGINT REFERENCES citation(id),"
                " claim TEXT NOT NULL DEFAULT '', from_edtf TEXT, to_edtf TEXT)"),
            ddl("CREATE INDEX relation_subject ON relation(subject)"),
            ddl("CREATE INDEX relation_object ON relation(object)"),
            ddl("CREATE TABLE source_document(id TEXT PRIMARY KEY, title TEXT NOT NULL, origin TEXT NOT NULL DEFAULT "
                "'',"
                " author TEXT NOT NULL DEFAULT '', publisher TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',"
                " url TEXT NOT NULL DEFAULT '', file TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '')"),
            ddl("CREATE TABLE source_infobox(source TEXT NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(source, ord))"),
            ddl("CREATE TABLE section(rowid BIGINT PRIMARY KEY,"
                " source TEXT NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL, UNIQUE(source, "
                "ord))"),
            ddl("CREATE TABLE mention(from_id TEXT NOT NULL, section TEXT NOT NULL, to_id TEXT NOT NULL,"
                " label TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY(from_id, section, to_id, label))"),
            ddl("CREATE INDEX mention_to ON mention(to_id)"),
            // History: as in the file, plus who wrote each change set to the server (the database user).
            ddl("CREATE TABLE changeset(id BIGINT PRIMARY KEY, time TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',"
                " comment TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'user' CHECK(origin IN ('user', "
                "'pack')),"
                " state TEXT NOT NULL DEFAULT 'applied' CHECK(state IN ('applied', 'not-applied')),"
                " problem TEXT NOT NULL DEFAULT '', changes TEXT NOT NULL DEFAULT '',"
                " db_user TEXT NOT NULL DEFAULT session_user)"),
            ddl("CREATE TABLE revision(id BIGINT PRIMARY KEY, changeset BIGINT NOT NULL REFERENCES changeset(id),"
                " entity TEXT NOT NULL,"
                " action TEXT NOT NULL CHECK(action IN ('create', 'edit', 'delete', 'merge', 'revert', 'restore')),"
                " note TEXT NOT NULL DEFAULT '', before TEXT, after TEXT, db_user TEXT NOT NULL DEFAULT session_user)"),
            ddl("CREATE INDEX revision_entity ON revision(entity, id)"),
            ddl("CREATE INDEX revision_changeset ON revision(changeset)"),
            // SQLite's instr(), which the entity filter and the timeline use (substr() PostgreSQL has).
            QStringLiteral("CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT"
                           " PARALLEL SAFE AS 'SELECT strpos($1, $2)'"),
        };
        for (const auto &[table, column] :
            { std::pair { "entity", "rowid" }, std::pair { "citation", "id" }, std::pair { "relation", "id" },
                std::pair { "section", "rowid" }, std::pair { "changeset", "id" }, std::pair { "revision", "id" } })
            s << assignedIds(table, column);
        return s;
    }
    case 2:
        // Type-ahead: an entity's name and alias keys (NameKeys, computed in core when the entity is written), per
        // kind so a kind filter is a range of its own; they go with their entity row.
        return {
            ddl("CREATE TABLE search_name(kind TEXT NOT NULL, key TEXT NOT NULL,"
                " entity BIGINT NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE, flags INTEGER NOT NULL,"
                " src INTEGER NOT NULL, PRIMARY KEY(kind, key, entity))"),
            ddl("CREATE INDEX search_name_entity ON search_name(entity)"),
        };
    case 3: {
        // KnowledgeBase::dataVersion(): a counter every write transaction moves once (a statement trigger, the first
        // statement of a transaction), and the session's own share of it, so that a client sees what others
        // committed and not its own writes, as SQLite's PRAGMA data_version does. Written so that it runs again
        // unharmed.
        QStringList s {
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS data_version(id INTEGER PRIMARY KEY CHECK(id = 1), n BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO data_version VALUES(1, 0) ON CONFLICT DO NOTHING"),
            QStringLiteral(
                "CREATE OR REPLACE FUNCTION tkb_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                " IF current_setting('talyshkb.xact', true) IS DISTINCT FROM CAST(pg_current_xact_id() AS text) THEN"
                "  PERFORM set_config('talyshkb.xact', CAST(pg_current_xact_id() AS text), false);"
                "  UPDATE data_version SET n = n + 1;"
                "  PERFORM set_config('talyshkb.own', CAST(coalesce(CAST(nullif(current_setting('talyshkb.own', true),"
                "   '') AS bigint), 0) + 1 AS text), false);"
                " END IF; RETURN NULL; END $$"),
        };
        for (const char *table :
            { "meta", "entity", "relation", "source_document", "section", "changeset", "revision" })
            s << QStringLiteral("CREATE OR REPLACE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1"
                                " FOR EACH STATEMENT EXECUTE FUNCTION tkb_data_changed()")
                     .arg(QLatin1String(table));
        return s;
    }
    case 4:
        // Full-text search (ServerTextIndex): the terms FoldingTokenizer gives each text column, computed in core when
        // the row is written, one row per term and column (col: 0 name, 1 aliases, 2 summary, 3 body; a section's 0
        // title, 1 text), as FTS5 with detail='column' holds them; and the words "did you mean" may offer, per row
        // they occur in (search_word's counts in the file are these rows counted). All go with their row. Written so
        // that it runs again unharmed (ServerTextIndex::rebuild empties them).
        return {
            ddl("CREATE TABLE IF NOT EXISTS search_term(term TEXT NOT NULL,"
                " entity BIGINT NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE, col SMALLINT NOT NULL,"
                " PRIMARY KEY(term, entity, col))"),
            ddl("CREATE INDEX IF NOT EXISTS search_term_entity ON search_term(entity)"),
            ddl("CREATE TABLE IF NOT EXISTS search_section_term(term TEXT NOT NULL,"
                " section BIGINT NOT NULL REFERENCES section(rowid) ON DELETE CASCADE, col SMALLINT NOT NULL,"
                " PRIMARY KEY(term, section, col))"),
            ddl("CREATE INDEX IF NOT EXISTS search_section_term_section ON search_section_term(section)"),
            ddl("CREATE TABLE IF NOT EXISTS search_word(word TEXT NOT NULL, skel TEXT NOT NULL, display TEXT NOT NULL,"
                " entity BIGINT REFERENCES entity(rowid) ON DELETE CASCADE,"
                " section BIGINT REFERENCES section(rowid) ON DELETE CASCADE)"),
            ddl("CREATE INDEX IF NOT EXISTS search_word_word ON search_word(word)"),
            ddl("CREATE INDEX IF NOT EXISTS search_word_skel ON search_word(skel)"),
            ddl("CREATE INDEX IF NOT EXISTS search_word_entity ON search_word(entity)"),
            ddl("CREATE INDEX IF NOT EXISTS search_word_section ON search_word(section)"),
        };
    case 5:
        // Search plans turn on how common each term is: a rare name's few rows are read by their term, a common word's
        // by walking the rows in order until the page is full. PostgreSQL's default sample (30,000 rows, 100 common
        // values) put a million entities' 60 million terms at 2,000 distinct values, so every rare term looked common
        // and a search took 30 s; a sample ten times as large tells them apart.
        return {
            QStringLiteral("ALTER TABLE search_term ALTER COLUMN term SET STATISTICS 1000"),
            QStringLiteral("ALTER TABLE search_section_term ALTER COLUMN term SET STATISTICS 1000"),
            QStringLiteral("ALTER TABLE search_name ALTER COLUMN key SET STATISTICS 1000"),
            analyzeStatement(),
        };
    default:
        return {};
    }
}

QString ServerSchema::analyzeStatement()
{
    return QStringLiteral("ANALYZE entity, search_name, search_term, search_section_term, search_word");
}

QString ServerSchema::roleStatement()
{
    // Roles belong to the whole cluster: each is named after its database, so two bases on one server keep their
    // teams apart.
    return QStringLiteral(
        "DO $$ DECLARE"
        " reader text := current_database() || '_reader';"
        " editor text := current_database() || '_editor';"
        " admin text := current_database() || '_admin';"
        " r text;"
        " BEGIN"
        "  FOREACH r IN ARRAY ARRAY[reader, editor, admin] LOOP"
        "   IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r);"
        "   END IF;"
        "  END LOOP;"
        "  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), reader);"
        "  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(),"
        "   editor);"
        "  EXECUTE format('GRANT %I, %I TO %I WITH ADMIN OPTION', reader, editor, admin);"
        " EXCEPTION WHEN insufficient_privilege THEN"
        "  RAISE NOTICE 'the team roles were not made: %', SQLERRM;"
        " END $$");
}

} // namespace tkb
