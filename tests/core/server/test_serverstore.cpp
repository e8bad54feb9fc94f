// SPDX-License-Identifier: GPL-3.0-or-later
// The knowledge base on a PostgreSQL server, against a throwaway cluster this test starts: the schema made and
// versioned on the server, every read and type-ahead giving what the SQLite file gives for the same base, edits with
// history recorded as the database user, a stale edit refused, eight concurrent editors losing nothing, the team's
// reader, editor and admin roles, and clear errors for what is not a knowledge base, a newer schema and a bad address.
#include <core/import/importrun.h>
#include <core/search/searchindex.h>
#include <core/server/serveraddress.h>
#include <core/server/serverschema.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <core/store/neighbourquery.h>
#include <core/store/timelinequery.h>

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "testcluster.h"
#include <atomic>
#include <mutex>
#include <thread>

using namespace tkb;

namespace {

// EntityRef and Mention have no ==: compared by what they show.
QStringList shown(const QList<EntityRef> &refs)
{
    QStringList out;
    for (const EntityRef &r : refs)
        out << QStringList { r.id, entityKindId(r.kind), r.name, r.summary, r.date.edtf(), r.aliases.join(u'|') }.join(
            u'/');
    return out;
}

QStringList shown(const QList<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions)
        out << QStringList { m.fromId, m.fromName, m.section, m.label, QString::number(m.count) }.join(u'/');
    return out;
}

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT
    tkbtest::TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_file; ///< the bundled base as an SQLite file
    std::unique_ptr<KnowledgeBase> m_bundled; ///< the same base on the server

    std::unique_ptr<KnowledgeBase> open(const QString &url, KnowledgeBase::OpenMode mode, StoreError *err)
    {
        return KnowledgeBase::open(url, mode, err);
    }

    QString database(const QString &name)
    {
        QString why;
        if (!m_cluster.createDatabase(name, &why))
            qFatal("createdb %s: %s", qPrintable(name), qPrintable(why));
        return m_cluster.url(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        m_file = m_dir.filePath(QStringLiteral("bundled.tkb"));
        StoreError err;
        QVERIFY2(BundledBase::build(m_file, &err), qPrintable(err.message));
        // The same pack, history and all, through the same import the command line uses.
        QFile pack(BundledBase::packResource());
        QVERIFY(pack.open(QIODevice::ReadOnly));
        ImportRun::Result r = ImportRun::importData(pack.readAll(), QStringLiteral("talysh-national-movement.json"),
            database(QStringLiteral("bundled")), KnowledgeBase::OpenMode::CreateOrOpen);
        QVERIFY2(r.ok(), qPrintable(r.error));
        m_bundled = std::move(r.base);
    }

    void addressesParse()
    {
        auto a
            = ServerAddress::parse(QStringLiteral("postgresql://ann:s3cret@db.example.org:6543/team?sslmode=require"));
        QVERIFY(a);
        QCOMPARE(a->user(), QStringLiteral("ann"));
        QCOMPARE(a->host(), QStringLiteral("db.example.org"));
        QCOMPARE(a->port(), 6543);
        QCOMPARE(a->database(), QStringLiteral("team"));
        QCOMPARE(a->password(), QStringLiteral("s3cret"));
        QCOMPARE(a->toString(), QStringLiteral("postgresql://ann@db.example.org:6543/team?sslmode=require"));
        a = ServerAddress::parse(QStringLiteral("postgresql://ann@/team?host=/run/postgresql&port=5433"));
        QVERIFY(a);
        QCOMPARE(a->host(), QStringLiteral("/run/postgresql"));
        QCOMPARE(a->port(), 5433);
        QCOMPARE(ServerAddress::parse(a->toString())->host(), QStringLiteral("/run/postgresql"));
        QString why;
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://ann@host/team?sslmode=maybe"), &why));
        QVERIFY2(why.contains(QLatin1String("sslmode")), qPrintable(why));
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://ann@host:99999/team"), &why));
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://ann@host/"), &why));
        QVERIFY(!ServerAddress::isServerAddress(QStringLiteral("/home/ann/base.tkb")));
    }

    void createsTheSchemaOnce()
    {
        const QString url = database(QStringLiteral("fresh"));
        StoreError err;
        QVERIFY(!open(url, KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(err.code, StoreError::Code::NotFound);
        // A password typed into the address is used, never shown.
        QString withPassword = url;
        withPassword.replace(QStringLiteral("tkb@"), QStringLiteral("tkb:hush@"));
        auto kb = open(withPassword, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY(ServerAddress::isServerAddress(kb->path()));
        QVERIFY(!kb->isReadOnly());
        QCOMPARE(kb->path(), url);
        QVERIFY(!kb->path().contains(QLatin1String("hush")));
        QCOMPARE(kb->count(std::nullopt), 0);
        QVERIFY2(kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        kb.reset();
        QString version;
        QVERIFY(m_cluster.psql(
            QStringLiteral("fresh"), QStringLiteral("SELECT value FROM meta WHERE key='schema_version'"), &version));
        QCOMPARE(version.trimmed(), QString::number(ServerSchema::version));
        // Opened again (over the Unix socket this time): nothing to migrate, everything there.
        kb = open(m_cluster.socketUrl(QStringLiteral("fresh")), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QCOMPARE(kb->count(std::nullopt), tkbtest::smallPack().entities.size() + 1);
        QCOMPARE(kb->entity(QStringLiteral("person/alikram-hummatov"))->aliases,
            tkbtest::smallPack().entities.first().aliases);
        QVERIFY(kb->check().ok);
    }

    void readsAsTheFileDoes()
    {
        StoreError err;
        auto file = KnowledgeBase::open(m_file, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(file, qPrintable(err.message));
        KnowledgeBase &server = *m_bundled;
        QCOMPARE(server.count(std::nullopt), file->count(std::nullopt));
        const QList<EntityRef> all = file->entities(std::nullopt, {}, 0, -1, true);
        QCOMPARE(shown(server.entities(std::nullopt, {}, 0, -1, true)), shown(all));
        QVERIFY(all.size() > 50);
        for (const EntityRef &r : all) {
            QCOMPARE(server.entity(r.id), file->entity(r.id));
            QCOMPARE(server.relations(r.id), file->relations(r.id));
            QCOMPARE(shown(server.backlinks(r.id)), shown(file->backlinks(r.id)));
            QCOMPARE(server.document(r.id), file->document(r.id));
            QCOMPARE(server.history(r.id).size(), file->history(r.id).size());
        }
        for (const QString &filter :
            { QStringLiteral("tal"), QStringLiteral("Гум"), QStringLiteral("hümm"), QString() }) {
            for (auto kind : { std::optional<EntityKind>(), std::optional(EntityKind::Person) }) {
                QCOMPARE(server.count(kind, filter), file->count(kind, filter));
                QCOMPARE(shown(server.entities(kind, filter, 3, 7)), shown(file->entities(kind, filter, 3, 7)));
            }
        }
        QCOMPARE(shown(server.events()), shown(file->events()));
        QCOMPARE(server.sources(), file->sources());
        QCOMPARE(server.allChanges().size(), file->allChanges().size());
        QCOMPARE(server.meta(QStringLiteral("title")), file->meta(QStringLiteral("title")));
        QVERIFY(server.check().ok);

        // What the window's timeline and neighbour views ask, too.
        const TimelineQuery fileTimeline(*file), serverTimeline(server);
        QCOMPARE(serverTimeline.eventCount(), fileTimeline.eventCount());
        const auto days = fileTimeline.dayCounts();
        QVERIFY(!days.isEmpty());
        QCOMPARE(serverTimeline.dayCounts().size(), days.size());
        for (qsizetype i = 0; i < days.size(); ++i) {
            QCOMPARE(serverTimeline.dayCounts().at(i).day, days[i].day);
            QCOMPARE(serverTimeline.dayCounts().at(i).count, days[i].count);
        }
        const QDate first = QDate::fromJulianDay(days.first().day), last = QDate::fromJulianDay(days.last().day);
        QCOMPARE(shown(serverTimeline.events(first, last, 50)), shown(fileTimeline.events(first, last, 50)));
        const NeighbourQuery fileNeighbours(*file), serverNeighbours(server);
        for (const EntityRef &r : all) {
            QCOMPARE(serverNeighbours.neighbourCount(r.id), fileNeighbours.neighbourCount(r.id));
            const auto groups = fileNeighbours.groups(r.id);
            QCOMPARE(serverNeighbours.groups(r.id).size(), groups.size());
            for (const NeighbourQuery::Group &g : groups)
                QCOMPARE(
                    shown(serverNeighbours.members(r.id, g, 0, 20)), shown(fileNeighbours.members(r.id, g, 0, 20)));
        }
    }

    void suggestsAsTheFileDoes()
    {
        StoreError err;
        auto file = KnowledgeBase::open(m_file, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(file, qPrintable(err.message));
        // Names in several scripts and spellings, being typed and finished, with a kind.
        const QStringList typed { QStringLiteral("Hum"), QStringLiteral("Hummatov"), QStringLiteral("Гумм"),
            QStringLiteral("Hümmət"), QStringLiteral("Gummatov "), QStringLiteral("tal"), QStringLiteral("Talysh"),
            QStringLiteral("Tolysh"), QStringLiteral("Талыш"), QStringLiteral("Talış"), QStringLiteral("al"),
            QStringLiteral("the h"), QStringLiteral("unpo"), QStringLiteral("Əlikram"), QStringLiteral("kind:person a"),
            QStringLiteral("Abil"), QStringLiteral("Аби"), QStringLiteral("Talysh Nat"), QStringLiteral("zzzq") };
        int found = 0;
        for (const QString &q : typed) {
            const QList<Suggestion> fromFile = file->search().suggest(q, 10);
            const QList<Suggestion> fromServer = m_bundled->search().suggest(q, 10);
            QStringList a, b;
            for (const Suggestion &s : fromFile)
                a << s.id + u'/' + s.matched;
            for (const Suggestion &s : fromServer)
                b << s.id + u'/' + s.matched;
            QVERIFY2(
                a == b, qPrintable(q + QStringLiteral(": ") + a.join(u',') + QStringLiteral(" <> ") + b.join(u',')));
            found += a.isEmpty() ? 0 : 1;
        }
        QVERIFY(found >= typed.size() - 2);
    }

    void searchFindsNamesAsTheFileDoes()
    {
        // Names in every spelling and script, ranked alike (test_serversearch compares texts, filters and more).
        StoreError err;
        auto file = KnowledgeBase::open(m_file, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(file, qPrintable(err.message));
        for (const QString &q : { QStringLiteral("Hummatov"), QStringLiteral("Гумматов"), QStringLiteral("Hümmətov"),
                 QStringLiteral("Talysh"), QStringLiteral("Талыш"), QStringLiteral("Tolysh"), QStringLiteral("UNPO"),
                 QStringLiteral("The Hague"), QStringLiteral("Abilov"), QStringLiteral("Аликрам Гумматов") }) {
            SearchQuery query;
            query.text = q;
            query.limit = 10;
            const QList<SearchHit> a = file->search().search(query), b = m_bundled->search().search(query);
            QStringList x, y;
            for (const SearchHit &h : a)
                x << h.id;
            for (const SearchHit &h : b)
                y << h.id;
            // The best is the same; the file finds more by their texts, the server the entities that bear the name.
            const QString both
                = q + QStringLiteral("\n  file:   ") + x.join(u' ') + QStringLiteral("\n  server: ") + y.join(u' ');
            QVERIFY2(!y.isEmpty() && y.first() == x.value(0), qPrintable(both));
            query.limit = 40;
            QStringList more;
            for (const SearchHit &h : file->search().search(query))
                more << h.id;
            for (const QString &id : std::as_const(y))
                QVERIFY2(more.contains(id), qPrintable(both));
        }
    }

    void writesALargePackAsTheFileDoes()
    {
        // More entities than the server writes at a time (ServerPackWriter, a thousand), one id given twice, citations
        // shared between entities and relations, links, dates and aliases: the server keeps what the file keeps.
        const auto make = [](int n, const QString &edition) {
            KnowledgePack pack;
            Entity source;
            source.id = QStringLiteral("source/s");
            source.kind = EntityKind::Source;
            source.name = QStringLiteral("The source");
            pack.entities.append(source);
            const Citation shared { QStringLiteral("source/s"), QStringLiteral("Lead"), QStringLiteral("A sentence.") };
            for (int i = 0; i < n; ++i) {
                Entity e;
                e.id = QStringLiteral("person/p%1").arg(i);
                e.kind = i % 3 ? EntityKind::Person : EntityKind::Event;
                e.name = QStringLiteral("Person %1 Hümmətov %2").arg(i).arg(edition);
                e.aliases
                    = { Alias { QStringLiteral("Персона %1").arg(i), QStringLiteral("ru"), QStringLiteral("Cyrl") } };
                e.summary = QStringLiteral("Knows [[person/p%1|the next one]] \"quoted\" \\ back").arg((i + 1) % n);
                e.body = QStringLiteral("Body of %1 with {braces}, commas and NULL.").arg(i);
                e.attributes = { Attribute { QStringLiteral("role"), QStringLiteral("member %1").arg(i % 7) } };
                e.attributes[0].citations = { i % 2
                        ? shared
                        : Citation { QStringLiteral("source/s"), QString(), QStringLiteral("Line %1.").arg(i % 50) } };
                e.citations = { shared };
                if (i % 3 == 0)
                    e.setDate(FuzzyDate::month(1990 + i % 10, i % 9 + 1));
                pack.entities.append(e);
                if (i > 0) {
                    Relation r { e.id, QStringLiteral("knows"), QStringLiteral("person/p%1").arg(i - 1) };
                    if (i % 4 == 0)
                        r.from = FuzzyDate::year(2001);
                    r.citations = { shared };
                    pack.relations.append(r);
                }
            }
            return pack;
        };
        KnowledgePack pack = make(2300, QStringLiteral("first"));
        Entity twice = *std::find_if(pack.entities.begin(), pack.entities.end(),
            [](const Entity &e) { return e.id == QLatin1String("person/p10"); });
        twice.name = QStringLiteral("Given twice, the last wins");
        pack.entities.append(twice);
        StoreError err;
        auto file = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("large.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        auto server = open(database(QStringLiteral("large")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(file && server, qPrintable(err.message));
        QVERIFY2(file->importPack(pack, &err), qPrintable(err.message));
        QVERIFY2(server->importPack(pack, &err), qPrintable(err.message));
        const auto same = [&] {
            QCOMPARE(server->count(std::nullopt), file->count(std::nullopt));
            const QList<EntityRef> all = file->entities(std::nullopt, {}, 0, -1, true);
            QCOMPARE(shown(server->entities(std::nullopt, {}, 0, -1, true)), shown(all));
            // Every entity is in the list above; a sample across both chunks is read whole.
            for (qsizetype i = 0; i < all.size(); i += 23) {
                const EntityRef &r = all[i];
                QCOMPARE(server->entity(r.id), file->entity(r.id));
                QCOMPARE(server->relations(r.id), file->relations(r.id));
                QCOMPARE(shown(server->backlinks(r.id)), shown(file->backlinks(r.id)));
            }
            QVERIFY(server->check().ok);
        };
        same();
        QCOMPARE(server->entity(QStringLiteral("person/p10"))->name, QStringLiteral("Given twice, the last wins"));
        QCOMPARE(
            server->search().suggest(QStringLiteral("Персона 2299"), 3).value(0).id, QStringLiteral("person/p2299"));

        // Written again, each entity keeps its row id (a search running meanwhile finds it either way).
        const QString rowids = QStringLiteral("SELECT string_agg(id || '=' || rowid, ',' ORDER BY id) FROM entity");
        QString before, after;
        QVERIFY(m_cluster.psql(QStringLiteral("large"), rowids, &before));
        const KnowledgePack again = make(2300, QStringLiteral("second"));
        QVERIFY2(file->importPack(again, &err), qPrintable(err.message));
        QVERIFY2(server->importPack(again, &err), qPrintable(err.message));
        QVERIFY(m_cluster.psql(QStringLiteral("large"), rowids, &after));
        QCOMPARE(after, before);
        same();
        QCOMPARE(server->search().suggest(QStringLiteral("Person 1500 Hümmətov sec"), 3).value(0).id,
            QStringLiteral("person/p1500"));

        // A pack whose last relation names nobody is refused whole, on the server as in the file.
        KnowledgePack bad = make(1200, QStringLiteral("third"));
        bad.relations.append(
            Relation { QStringLiteral("person/p1"), QStringLiteral("knows"), QStringLiteral("person/nobody") });
        QVERIFY(!server->importPack(bad, &err));
        QVERIFY2(err.message.contains(QLatin1String("person/nobody")), qPrintable(err.message));
        QCOMPARE(server->entity(QStringLiteral("person/p5"))->name, file->entity(QStringLiteral("person/p5"))->name);
        same();
    }

    void upgradesAnOlderSchema()
    {
        // A base made by the first server schema: no type-ahead keys yet. Opening it upgrades it and computes them.
        const QString url = database(QStringLiteral("older"));
        StoreError err;
        {
            auto kb = open(url, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        }
        QVERIFY(m_cluster.psql(QStringLiteral("older"),
            QStringLiteral("DROP TABLE search_name; UPDATE meta SET value='1' WHERE key='schema_version'")));
        auto kb = open(url, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QCOMPARE(kb->meta(QStringLiteral("schema_version")), QString::number(ServerSchema::version));
        const QList<Suggestion> s = kb->search().suggest(QStringLiteral("Гумм"), 5);
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.first().id, QStringLiteral("person/alikram-hummatov"));
        QString keyed;
        QVERIFY(m_cluster.psql(QStringLiteral("older"),
            QStringLiteral(
                "SELECT count(*) FROM entity WHERE NOT EXISTS (SELECT 1 FROM search_name WHERE entity=rowid)"),
            &keyed));
        QCOMPARE(keyed.trimmed(), QStringLiteral("0"));
        // A reader cannot upgrade: an older base is refused for them, unchanged.
        QVERIFY(m_cluster.psql(
            QStringLiteral("older"), QStringLiteral("UPDATE meta SET value='1' WHERE key='schema_version'")));
        QVERIFY(!open(url, KnowledgeBase::OpenMode::ReadOnly, &err));
        QCOMPARE(err.code, StoreError::Code::ReadOnly);
    }

    void editsRecordTheDatabaseUserAndRefuseStaleOnes()
    {
        const QString url = database(QStringLiteral("edits"));
        StoreError err;
        auto kb = open(url, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        auto other = open(url, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(other, qPrintable(err.message));
        const qint64 seen = other->dataVersion();
        const qint64 mine = kb->dataVersion();

        const QString id = QStringLiteral("person/alikram-hummatov");
        const auto before = kb->document(id);
        QVERIFY(before);
        auto after = before;
        after->entity.summary = QStringLiteral("Edited on the server.");
        ChangeSetInfo info;
        info.author = QStringLiteral("somebody else");
        info.comment = QStringLiteral("first edit");
        qint64 changeset = 0;
        QVERIFY2(
            kb->commit(info, { DocumentChange { id, QStringLiteral("edit"), {}, before, after } }, &err, &changeset),
            qPrintable(err.message));
        QVERIFY(changeset > 0);
        // The other client sees it, and the author is who the server says wrote it.
        QCOMPARE(other->entity(id)->summary, QStringLiteral("Edited on the server."));
        // As with a file: another client's commit changes what a client sees as the data version, its own do not.
        QVERIFY(other->dataVersion() != seen);
        QCOMPARE(kb->dataVersion(), mine);
        const QList<Revision> history = other->history(id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().author, m_cluster.superuser());
        QCOMPARE(history.first().comment, QStringLiteral("first edit"));
        QCOMPARE(other->changeSet(changeset)->author, m_cluster.superuser());

        // The other client's edit was made on the old text: refused whole, nothing written.
        auto stale = before;
        stale->entity.summary = QStringLiteral("A stale edit.");
        QVERIFY(!other->commit(info, { DocumentChange { id, QStringLiteral("edit"), {}, before, stale } }, &err));
        QCOMPARE(err.code, StoreError::Code::Invalid);
        QVERIFY2(err.message.contains(id), qPrintable(err.message));
        QCOMPARE(kb->entity(id)->summary, QStringLiteral("Edited on the server."));
        QCOMPARE(kb->history(id).size(), 1);

        // A new entity, then its tombstone.
        EntityDocument fresh;
        fresh.entity.id = QStringLiteral("topic/server-test");
        fresh.entity.kind = EntityKind::Topic;
        fresh.entity.name = QStringLiteral("Server test");
        QVERIFY2(kb->commit(info,
                     { DocumentChange { fresh.entity.id, QStringLiteral("create"), {}, std::nullopt, fresh } }, &err),
            qPrintable(err.message));
        QVERIFY(other->contains(fresh.entity.id));
        QVERIFY2(other->commit(info,
                     { DocumentChange { fresh.entity.id, QStringLiteral("delete"), {}, other->document(fresh.entity.id),
                         std::nullopt } },
                     &err),
            qPrintable(err.message));
        QVERIFY(!kb->contains(fresh.entity.id));
        QVERIFY(kb->dataVersion() != mine);
        QCOMPARE(kb->history(fresh.entity.id).size(), 2);
        QVERIFY(kb->history(fresh.entity.id).last().isTombstone());
        QCOMPARE(kb->recentChanges(-1).size(), 3);
        QCOMPARE(kb->recentChanges(2).size(), 2);
        QVERIFY(kb->check().ok);
    }

    void concurrentEditorsLoseNothing()
    {
        // Eight clients edit one entity at once, each from its own connection. A stale edit is refused and made
        // again on what is there now: every edit lands once, and each revision starts where the one before ended.
        const QString url = database(QStringLiteral("busy"));
        StoreError err;
        auto kb = open(url, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        const QString id = QStringLiteral("person/alikram-hummatov");
        constexpr int writers = 8, edits = 5;
        std::atomic<int> refused = 0;
        QStringList failures;
        std::mutex failuresMutex;
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([&, w] {
                StoreError e;
                auto mine = KnowledgeBase::open(url, KnowledgeBase::OpenMode::ReadWrite, &e);
                for (int n = 0; mine && n < edits;) {
                    const auto before = mine->document(id);
                    auto after = before;
                    after->entity.summary = QStringLiteral("Edit %1 of writer %2.").arg(n).arg(w);
                    if (mine->commit({}, { DocumentChange { id, QStringLiteral("edit"), {}, before, after } }, &e))
                        ++n;
                    else if (e.code == StoreError::Code::Invalid)
                        ++refused;
                    else
                        break;
                }
                if (e.isError() && e.code != StoreError::Code::Invalid) {
                    const std::lock_guard lock(failuresMutex);
                    failures << e.message;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        const QList<Revision> history = kb->history(id);
        QCOMPARE(history.size(), writers * edits);
        QSet<qint64> ids;
        for (qsizetype i = 0; i < history.size(); ++i) {
            ids.insert(history[i].id);
            if (i > 0)
                QCOMPARE(history[i].before, history[i - 1].after);
        }
        QCOMPARE(ids.size(), history.size());
        QCOMPARE(kb->document(id)->toText(), history.last().after);
        QCOMPARE(kb->recentChanges(-1).size(), writers * edits);
        QVERIFY(kb->check().ok);
        qInfo("%d stale edits refused and made again", refused.load());
    }

    void teamRoles()
    {
        // The schema made the team's roles of its database; people are members of one.
        QVERIFY(m_cluster.psql(QStringLiteral("edits"),
            QStringLiteral("CREATE ROLE ann LOGIN IN ROLE edits_reader; CREATE ROLE carol LOGIN IN ROLE edits_editor;"
                           " CREATE ROLE dora LOGIN IN ROLE edits_admin")));
        StoreError err;
        const QString id = QStringLiteral("person/alikram-hummatov");
        auto reader = open(
            m_cluster.url(QStringLiteral("edits"), QStringLiteral("ann")), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(reader, qPrintable(err.message));
        QVERIFY(reader->isReadOnly());
        QVERIFY(reader->contains(id));
        QVERIFY(!reader->importPack(tkbtest::smallPack(), &err));
        QCOMPARE(err.code, StoreError::Code::ReadOnly);

        auto editor = open(
            m_cluster.url(QStringLiteral("edits"), QStringLiteral("carol")), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(editor, qPrintable(err.message));
        QVERIFY(!editor->isReadOnly());
        const auto before = editor->document(id);
        auto after = before;
        after->entity.summary = QStringLiteral("Edited by an editor.");
        QVERIFY2(editor->commit({}, { DocumentChange { id, QStringLiteral("edit"), {}, before, after } }, &err),
            qPrintable(err.message));
        QCOMPARE(reader->entity(id)->summary, QStringLiteral("Edited by an editor."));
        QCOMPARE(reader->history(id).last().author, QStringLiteral("carol"));

        // An admin may make someone an editor; an editor may not.
        QVERIFY(m_cluster.psql(QStringLiteral("edits"), QStringLiteral("CREATE ROLE emil LOGIN")));
        QVERIFY(!m_cluster.psql(
            QStringLiteral("edits"), QStringLiteral("GRANT edits_editor TO emil"), nullptr, QStringLiteral("carol")));
        QVERIFY(m_cluster.psql(
            QStringLiteral("edits"), QStringLiteral("GRANT edits_editor TO emil"), nullptr, QStringLiteral("dora")));
        auto promoted = open(
            m_cluster.url(QStringLiteral("edits"), QStringLiteral("emil")), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(promoted, qPrintable(err.message));
        QVERIFY(!promoted->isReadOnly());
    }

    void refusesWhatIsNotOurs()
    {
        StoreError err;
        database(QStringLiteral("foreign"));
        QVERIFY(m_cluster.psql(QStringLiteral("foreign"), QStringLiteral("CREATE TABLE invoices(id int)")));
        QVERIFY(!open(m_cluster.url(QStringLiteral("foreign")), KnowledgeBase::OpenMode::CreateOrOpen, &err));
        QCOMPARE(err.code, StoreError::Code::NotADatabase);
        QString count;
        QVERIFY(m_cluster.psql(QStringLiteral("foreign"),
            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname='public'"), &count));
        QCOMPARE(count.trimmed(), QStringLiteral("1"));

        const QString newer = database(QStringLiteral("newer"));
        QVERIFY(open(newer, KnowledgeBase::OpenMode::CreateOrOpen, &err));
        QVERIFY(m_cluster.psql(
            QStringLiteral("newer"), QStringLiteral("UPDATE meta SET value='99' WHERE key='schema_version'")));
        QVERIFY(!open(newer, KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(err.code, StoreError::Code::NewerSchema);

        QVERIFY(!open(m_cluster.url(QStringLiteral("nosuchdb")), KnowledgeBase::OpenMode::CreateOrOpen, &err));
        QCOMPARE(err.code, StoreError::Code::Unreadable);
        QVERIFY2(err.message.contains(QLatin1String("nosuchdb")), qPrintable(err.message));
        QVERIFY(!open(QStringLiteral("postgresql://tkb@127.0.0.1:0x/kb"), KnowledgeBase::OpenMode::ReadWrite, &err));
        QCOMPARE(err.code, StoreError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "test_serverstore.moc"
