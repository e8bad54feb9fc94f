// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchindexwriter_p.h>
#include <core/store/schema.h>

namespace tkb {

// Migration n takes a file from user_version n-1 to n. Never edit a shipped step; add a new one.
QStringList Schema::migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE entity("
                           " rowid INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " kind TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " sort_key TEXT NOT NULL,"
                           " aliases_text TEXT NOT NULL DEFAULT '',"
                           " filter_key TEXT NOT NULL DEFAULT '',"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL DEFAULT '',"
                           " date_precision TEXT, date_start TEXT, date_end TEXT, date_text TEXT, date_sort TEXT)"),
            QStringLiteral("CREATE INDEX entity_kind_sort ON entity(kind, sort_key)"),
            QStringLiteral("CREATE INDEX entity_sort ON entity(sort_key)"),
            QStringLiteral("CREATE INDEX entity_kind_date ON entity(kind, date_sort)"),
            QStringLiteral("CREATE TABLE citation(id INTEGER PRIMARY KEY, source TEXT NOT NULL, section TEXT NOT NULL,"
                           " sentence TEXT NOT NULL, UNIQUE(source, section, sentence))"),
            QStringLiteral("CREATE TABLE alias(entity INTEGER NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, text TEXT NOT NULL, language TEXT NOT NULL DEFAULT '',"
                           " script TEXT NOT NULL DEFAULT '', PRIMARY KEY(entity, ord)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE attribute(entity INTEGER NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                           " citation INTEGER REFERENCES citation(id), PRIMARY KEY(entity, ord)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE entity_citation(entity INTEGER NOT NULL REFERENCES entity(rowid) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, citation INTEGER NOT NULL REFERENCES citation(id),"
                " PRIMARY KEY(entity, ord)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE relation(id INTEGER PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL,"
                " object TEXT NOT NULL,"
                " from_precision TEXT, from_start TEXT, from_end TEXT, from_text TEXT,"
                " to_precision TEXT, to_start TEXT, to_end TEXT, to_text TEXT,"
                " citation INTEGER REFERENCES citation(id))"),
            QStringLiteral("CREATE INDEX relation_subject ON relation(subject)"),
            QStringLiteral("CREATE INDEX relation_object ON relation(object)"),
            QStringLiteral("CREATE TABLE source_document(id TEXT PRIMARY KEY, title TEXT NOT NULL, origin TEXT NOT "
                           "NULL DEFAULT '')"
                           " WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE source_infobox(source TEXT NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,"
                " ord INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(source, ord)) WITHOUT "
                "ROWID"),
            QStringLiteral("CREATE TABLE section(rowid INTEGER PRIMARY KEY,"
                           " source TEXT NOT NULL REFERENCES source_document(id) ON DELETE CASCADE,"
                           " ord INTEGER NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,"
                           " UNIQUE(source, ord))"),
            QStringLiteral("CREATE TABLE mention(from_id TEXT NOT NULL, section TEXT NOT NULL, to_id TEXT NOT NULL,"
                           " label TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY(from_id, section, to_id, label)) "
                           "WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX mention_to ON mention(to_id)"),
        };
    case 2:
        return SearchIndexWriter::schemaStatements();
    case 3:
        return SearchIndexWriter::coveringSkeletonIndex();
    case 4:
        return {}; // the text index's terms changed (names by their sound alone): Migrations rebuilds it
    case 5: {
        // Claims: each alias, attribute and relation keeps its qualifiers and all its citations as the JSON of
        // ClaimJson::claimFields ('' = stated, resting on the single citation column as before); an entity keeps
        // all its date claims, competing ones included, while date_* stay its sort date; dates keep their EDTF
        // notation, which says what the old precision/start/end columns cannot (circa, before, open ends).
        QStringList steps;
        for (const char *table : { "alias", "attribute", "relation" })
            steps
                << QStringLiteral("ALTER TABLE %1 ADD COLUMN claim TEXT NOT NULL DEFAULT ''").arg(QLatin1String(table));
        steps << QStringLiteral("ALTER TABLE entity ADD COLUMN dates TEXT NOT NULL DEFAULT ''")
              << QStringLiteral("ALTER TABLE entity ADD COLUMN date_edtf TEXT")
              << QStringLiteral("ALTER TABLE relation ADD COLUMN from_edtf TEXT")
              << QStringLiteral("ALTER TABLE relation ADD COLUMN to_edtf TEXT");
        for (const char *column : { "author", "publisher", "date", "url", "file", "language" })
            steps << QStringLiteral("ALTER TABLE source_document ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                         .arg(QLatin1String(column));
        return steps;
    }
    case 6:
        // History (docs/CHANGES.md): each change set with the change document that made it, and one revision per
        // entity it changed, holding the entity's document before and after (NULL after = a tombstone). IF NOT EXISTS:
        // a file that went back to an older version number (a test, a restored backup) upgrades again.
        return {
            QStringLiteral("CREATE TABLE IF NOT EXISTS changeset(id INTEGER PRIMARY KEY, time TEXT NOT NULL,"
                           " author TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '',"
                           " origin TEXT NOT NULL DEFAULT 'user' CHECK(origin IN ('user', 'pack')),"
                           " state TEXT NOT NULL DEFAULT 'applied' CHECK(state IN ('applied', 'not-applied')),"
                           " problem TEXT NOT NULL DEFAULT '', changes TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS revision(id INTEGER PRIMARY KEY,"
                           " changeset INTEGER NOT NULL REFERENCES changeset(id),"
                           " entity TEXT NOT NULL,"
                           " action TEXT NOT NULL"
                           " CHECK(action IN ('create', 'edit', 'delete', 'merge', 'revert', 'restore')),"
                           " note TEXT NOT NULL DEFAULT '', before TEXT, after TEXT)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS revision_entity ON revision(entity, id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS revision_changeset ON revision(changeset)"),
        };
    case 7:
        return {}; // the text index's terms changed (word forms: Snowball stems of prose): Migrations rebuilds it
    default:
        return {};
    }
}

bool Schema::rebuildsSearchIndex(int toVersion, int fromVersion)
{
    // The search tables are new in 2 and filled from the rows; in 4 the tokenizer writes other terms, so an
    // index made before would not match its own rows.
    // In 7 prose gains its stems (WordStemmer).
    return (toVersion == 2 && fromVersion >= 1) || (toVersion == 4 && fromVersion >= 2)
        || (toVersion == 7 && fromVersion >= 2);
}

} // namespace tkb
