// SPDX-License-Identifier: GPL-3.0-or-later
// The store: round trips, both directions of relations, backlinks, chronology, transactional writes,
// migrations, and a clear error (never a crash, never an overwrite) for every kind of bad file.
#include <core/search/searchindex.h>
#include <core/search/searchindexwriter_p.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/schema.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include <unistd.h>

using namespace tkb;

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestKnowledgeBase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb || !kb->importPack(tkbtest::smallPack(), &err))
            qFatal("cannot make a test base: %s", qPrintable(err.message));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void roundTripsEntities()
    {
        StoreError err;
        auto kb = KnowledgeBase::open(freshBase(QStringLiteral("round.tkb")), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        const auto pack = tkbtest::smallPack();
        for (const Entity &e : pack.entities) {
            const auto got = kb->entity(e.id);
            QVERIFY2(got, qPrintable(e.id));
            QCOMPARE(*got, e);
        }
        QVERIFY(!kb->entity(QStringLiteral("person/nobody")));
        QCOMPARE(kb->count(EntityKind::Person), 2);
        QCOMPARE(kb->count(std::nullopt), 8); // 7 entities + the source document's own entity
        const auto people = kb->entities(EntityKind::Person, {}, 0, -1, true);
        QCOMPARE(people.size(), 2);
        QCOMPARE(people[0].name, QStringLiteral("Alikram Hummatov")); // name order
        QCOMPARE(people[0].aliases.size(), 2);
        // Filtering is case- and accent-insensitive and looks at aliases in any script.
        QCOMPARE(kb->entities(std::nullopt, QStringLiteral("hümmətov")).size(), 1);
        QCOMPARE(kb->entities(std::nullopt, QStringLiteral("ГУММАТОВ")).size(), 1);
        QCOMPARE(kb->count(EntityKind::Person, QStringLiteral("abbas")), 1);
        const auto page = kb->entities(std::nullopt, {}, 2, 3);
        QCOMPARE(page.size(), 3);
        const auto src = kb->source(QStringLiteral("source/test-article"));
        QVERIFY(src);
        QCOMPARE(src->sections.size(), 2);
        QCOMPARE(src->infobox.first().key, QStringLiteral("Founded"));
        QCOMPARE(kb->entity(QStringLiteral("source/test-article"))->kind, EntityKind::Source);
    }

    void relationsInBothDirectionsAndBacklinks()
    {
        StoreError err;
        auto kb = KnowledgeBase::open(freshBase(QStringLiteral("rel.tkb")), KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY(kb);
        const auto org = kb->relations(QStringLiteral("organization/tnm"));
        QCOMPARE(org.size(), 2); // heads (incoming) and headquartered-in (outgoing)
        const auto person = kb->relations(QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(person.size(), 1);
        QCOMPARE(person[0].predicate, QStringLiteral("heads"));
        QCOMPARE(person[0].from.iso(), QStringLiteral("2007"));
        QCOMPARE(person[0].citations.value(0).sentence, QStringLiteral("Since 2007"));

        const auto back = kb->backlinks(QStringLiteral("place/the-hague"));
        QStringList from;
        for (const Mention &m : back)
            from << m.fromId + u'#' + m.section;
        QVERIFY2(from.contains(QStringLiteral("person/alikram-hummatov#")), qPrintable(from.join(u',')));
        QVERIFY2(from.contains(QStringLiteral("source/test-article#History")), qPrintable(from.join(u',')));
    }

    void eventsAreChronological()
    {
        StoreError err;
        auto kb = KnowledgeBase::open(freshBase(QStringLiteral("ev.tkb")), KnowledgeBase::OpenMode::ReadOnly, &err);
        const auto ev = kb->events();
        QCOMPARE(ev.size(), 3);
        QCOMPARE(ev[0].id, QStringLiteral("event/repression"));
        QCOMPARE(ev[0].date.precision(), FuzzyDate::Precision::Range);
        QCOMPARE(ev[1].id, QStringLiteral("event/joined-unpo"));
        QCOMPARE(ev[2].id, QStringLiteral("event/undated"));
    }

    void badImportChangesNothing()
    {
        const QString path = freshBase(QStringLiteral("atomic.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        auto pack = tkbtest::smallPack();
        pack.entities[0].name = QStringLiteral("Changed name");
        pack.relations << Relation { pack.entities[0].id, QStringLiteral("member-of"),
            QStringLiteral("organization/missing"), {}, {}, {} };
        QVERIFY(!kb->importPack(pack, &err));
        QCOMPARE(err.code, StoreError::Code::Invalid);
        QVERIFY2(err.message.contains(QStringLiteral("organization/missing")), qPrintable(err.message));
        QCOMPARE(kb->name(QStringLiteral("person/alikram-hummatov")), QStringLiteral("Alikram Hummatov"));
        QCOMPARE(kb->relations(QStringLiteral("person/alikram-hummatov")).size(), 1);

        auto linkPack = tkbtest::smallPack();
        linkPack.entities[1].body = QStringLiteral("See [[person/nobody|nobody]].");
        QVERIFY(!kb->importPack(linkPack, &err));
        QVERIFY(err.message.contains(QStringLiteral("person/nobody")));
        QVERIFY(kb->check().ok);
    }

    void editsAndRemovals()
    {
        const QString path = freshBase(QStringLiteral("edit.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        auto e = *kb->entity(QStringLiteral("person/fahraddin-abbaszadeh"));
        e.summary = QStringLiteral("Lives in [[place/the-hague|The Hague]].");
        QVERIFY(kb->upsertEntity(e, &err));
        QCOMPARE(kb->entity(e.id)->summary, e.summary);
        QVERIFY(kb->addRelation(
            Relation { e.id, QStringLiteral("member-of"), QStringLiteral("organization/tnm"), {}, {}, {} }, &err));
        QVERIFY(!kb->addRelation(
            Relation { e.id, QStringLiteral("member-of"), QStringLiteral("organization/none"), {}, {}, {} }, &err));
        QCOMPARE(kb->relations(e.id).size(), 1);
        QVERIFY(kb->removeEntity(e.id, &err));
        QVERIFY(!kb->contains(e.id));
        QCOMPARE(kb->relations(QStringLiteral("organization/tnm")).size(), 2);
        const IntegrityReport r = kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
    }

    void readOnlyRefusesWrites()
    {
        const QString path = freshBase(QStringLiteral("ro.tkb"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY(kb->isReadOnly());
        QVERIFY(!kb->upsertEntity(*kb->entity(QStringLiteral("place/the-hague")), &err));
        QCOMPARE(err.code, StoreError::Code::ReadOnly);
        QVERIFY(!err.message.isEmpty());
    }

    void readOnlyFileOpensReadOnly()
    {
        if (geteuid() == 0)
            QSKIP("root can write read-only files");
        const QString path = freshBase(QStringLiteral("perm.tkb"));
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY(kb->isReadOnly());
    }

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QByteArray() << int(StoreError::Code::NotADatabase);
        QTest::newRow("text") << QByteArray("= Talysh National Movement =\nnot a database\n")
                              << int(StoreError::Code::NotADatabase);
        QTest::newRow("wrong magic") << QByteArray(4096, 'x') << int(StoreError::Code::NotADatabase);
    }
    void badFilesGiveClearErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        const QString path
            = m_dir.filePath(QStringLiteral("bad-%1.tkb").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        StoreError err;
        QVERIFY(!KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(int(err.code), code);
        QVERIFY(err.message.contains(path));
        QFile g(path);
        g.open(QIODevice::ReadOnly);
        QCOMPARE(g.readAll(), content); // untouched
    }

    void missingFile()
    {
        StoreError err;
        QVERIFY(
            !KnowledgeBase::open(m_dir.filePath(QStringLiteral("none.tkb")), KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(err.code, StoreError::Code::NotFound);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.tkb"))));
    }

    void foreignSqliteFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = digest(path);
        StoreError err;
        QVERIFY(!KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(err.code, StoreError::Code::NotADatabase);
        QVERIFY(err.message.contains(QStringLiteral("not a Talysh knowledge base")));
        QCOMPARE(digest(path), before);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString path = freshBase(QStringLiteral("newer.tkb"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(KnowledgeBase::schemaVersion + 1));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = digest(path);
        StoreError err;
        QVERIFY(!KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(err.code, StoreError::Code::NewerSchema);
        QVERIFY(err.message.contains(QStringLiteral("newer version")));
        QCOMPARE(digest(path), before);
    }

    void damagedFileIsRefused()
    {
        const QString path = freshBase(QStringLiteral("damaged.tkb"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        // Zero out every page but the header page: the schema and data are gone, the magic remains.
        f.seek(4096);
        f.write(QByteArray(int(size - 4096), '\0'));
        f.close();
        const QByteArray before = digest(path);
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY(!kb);
        QVERIFY2(err.code == StoreError::Code::Damaged || err.code == StoreError::Code::NotADatabase,
            qPrintable(err.message));
        QVERIFY(!err.message.isEmpty());
        QCOMPARE(digest(path), before);
    }

    void truncatedFileIsRefused()
    {
        const QString path = freshBase(QStringLiteral("trunc.tkb"));
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(!kb, "a truncated file must not open as if it were fine");
        QVERIFY(err.code == StoreError::Code::Damaged || err.code == StoreError::Code::NotADatabase);
    }

    void migratesVersion1()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.tkb"));
        {
            // A file as version 1 wrote it: base tables only, no search index.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : Schema::migrationStatements(1))
                QVERIFY2(q.exec(s), qPrintable(s));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO entity(id, kind, name, sort_key, aliases_text, summary) VALUES"
                                      " ('person/alikram-hummatov', 'person', 'Alikram Hummatov', 'alikram hummatov',"
                                      " 'Аликрам Гумматов', 'President of the TMAR')")));
            // A dated event, with the sort key of version 1 (a five-digit width).
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO entity(id, kind, name, sort_key, date_precision, date_start, date_end, date_text,"
                " date_sort) VALUES ('event/formation', 'event', 'Formation', 'formation', 'year', '1993-01-01',"
                " '1993-12-31', 'in 1993', '1993-01-01/00364')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id=%1").arg(KnowledgeBase::applicationId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QSqlQuery q(connection(*kb));
        q.exec(QStringLiteral("PRAGMA user_version"));
        q.next();
        QCOMPARE(q.value(0).toInt(), KnowledgeBase::schemaVersion);
        QCOMPARE(kb->name(QStringLiteral("person/alikram-hummatov")), QStringLiteral("Alikram Hummatov"));
        // Migration 5: the date gets its notation and today's sort key from its old columns.
        const FuzzyDate year = FuzzyDate::fromEdtf(QStringLiteral("1993"), QStringLiteral("in 1993"));
        QCOMPARE(kb->entity(QStringLiteral("event/formation"))->date(), year);
        QVERIFY(
            q.exec(QStringLiteral("SELECT date_edtf, date_sort FROM entity WHERE id='event/formation'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1993"));
        QCOMPARE(q.value(1).toString(), year.sortKey());
        q.finish();
        const IntegrityReport r = kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
        // What migration 2 added (the search index) covers the rows that were already there.
        SearchQuery sq;
        sq.text = QStringLiteral("Hummatov");
        const auto hits = kb->search().search(sq);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().id, QStringLiteral("person/alikram-hummatov"));
        // Migration 3: the sound completions of a word being typed are read from the skeleton index alone.
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT skel, n FROM search_word WHERE skel>='gmm' AND skel<'gmn' AND n>0")));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(
            plan.join(u' ').contains(QLatin1String("COVERING INDEX search_word_skel_n")), qPrintable(plan.join(u' ')));
        sq.text = QStringLiteral("Гумм"); // typed in Cyrillic: a completion by sound
        const auto typed = kb->search().search(sq);
        QVERIFY(!typed.isEmpty());
        QCOMPARE(typed.first().id, QStringLiteral("person/alikram-hummatov"));
    }

    void migratesVersion3()
    {
        // Version 3 indexed names by their spelling and their sound; 4 by their sound alone. Opening a file of
        // version 3 rebuilds its text index, which here was emptied: without the rebuild, no text would match.
        const QString path = freshBase(QStringLiteral("v3.tkb"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(SearchIndexWriter::prepareConnection(db, nullptr)); // the tokenizer
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO search_entity(search_entity) VALUES('delete-all')")),
                qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO search_section(search_section) VALUES('delete-all')")));
            // A file of version 3 has none of the columns the later steps add.
            for (const QString &step : Schema::migrationStatements(5)) {
                const QStringList words = step.split(u' ');
                QVERIFY2(q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(words.value(2), words.value(5))),
                    qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        StoreError err;
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QSqlQuery q(connection(*kb));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), KnowledgeBase::schemaVersion);
        q.finish();
        const IntegrityReport r = kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_entity WHERE search_entity MATCH '\"_gmtv\"'"))
            && q.next());
        QVERIFY(q.value(0).toInt() > 0); // Hummatov, by its sound
    }

    void upgradeCanBeCancelled()
    {
        // A file of schema 6 with its text index emptied: upgrading it rebuilds the index, as for a real old file.
        const QString path = freshBase(QStringLiteral("v6.tkb"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(SearchIndexWriter::prepareConnection(db, nullptr));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO search_entity(search_entity) VALUES('delete-all')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=6")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
        QVERIFY(KnowledgeBase::needsUpgrade(path));
        QVERIFY(!KnowledgeBase::needsUpgrade(freshBase(QStringLiteral("current.tkb"))));
        QVERIFY(!KnowledgeBase::needsUpgrade(m_dir.filePath(QStringLiteral("nothing-here.tkb"))));

        // Stopped at the first question: refused as Cancelled, and the file still needs its upgrade.
        StoreError err;
        int asked = 0;
        QVERIFY(!KnowledgeBase::upgrade(path, &err, [&asked] {
            ++asked;
            return false;
        }));
        QCOMPARE(asked, 1);
        QCOMPARE(err.code, StoreError::Code::Cancelled);
        QVERIFY2(err.message.contains(QStringLiteral("cancelled")), qPrintable(err.message));
        QVERIFY(KnowledgeBase::needsUpgrade(path));

        // Let run: it asks as it goes, and the file is then current and found by its text.
        asked = 0;
        err = {};
        QVERIFY2(KnowledgeBase::upgrade(path, &err,
                     [&asked] {
                         ++asked;
                         return true;
                     }),
            qPrintable(err.message));
        QVERIFY(asked > 0);
        QVERIFY(!KnowledgeBase::needsUpgrade(path));
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(kb, qPrintable(err.message));
        SearchQuery query;
        query.text = QStringLiteral("Hummatov");
        QVERIFY(!kb->search().search(query).isEmpty());
        QVERIFY2(kb->check().ok, qPrintable(kb->check().problems.join(u'\n')));
    }

    void secondWriterWaitsThenWrites()
    {
        const QString path = freshBase(QStringLiteral("two.tkb"));
        StoreError err;
        auto a = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        auto b = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY(a && b);
        auto e = *a->entity(QStringLiteral("place/the-hague"));
        e.summary = QStringLiteral("from a");
        QVERIFY(a->upsertEntity(e, &err));
        e.summary = QStringLiteral("from b");
        QVERIFY(b->upsertEntity(e, &err));
        QCOMPARE(a->entity(e.id)->summary, QStringLiteral("from b"));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "test_knowledgebase.moc"
