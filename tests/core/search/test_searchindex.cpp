// SPDX-License-Identifier: GPL-3.0-or-later
// SearchIndex through KnowledgeBase: every spelling and script finds the right entity, prefixes work while
// typing, exact names come first, snippets highlight the text as written, filters hold, hostile input never
// errors, and the index stays in step with the tables (integrity check, rebuild, delete).
#include <core/search/searchindex.h>
#include <core/search/searchindexwriter_p.h>
#include <core/search/textfolder.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

namespace {

Entity entity(const QString &id, EntityKind kind, const QString &name, const QList<Alias> &aliases,
    const QString &summary, const QString &body = {})
{
    Entity e;
    e.id = id;
    e.kind = kind;
    e.name = name;
    e.aliases = aliases;
    e.summary = summary;
    e.body = body;
    return e;
}

KnowledgePack testPack()
{
    KnowledgePack p;
    p.id = QStringLiteral("test");
    p.title = QStringLiteral("Search test");
    p.entities = {
        entity(QStringLiteral("person/alikram-hummatov"), EntityKind::Person, QStringLiteral("Alikram Hummatov"),
            { { QStringLiteral("Əlikram Hümmətov"), QStringLiteral("az"), QStringLiteral("Latn") },
                { QStringLiteral("Аликрам Гумматов"), QStringLiteral("ru"), QStringLiteral("Cyrl") } },
            QStringLiteral("Founder of the [[organization/talysh-national-movement|Talysh National Movement]]."),
            QStringLiteral("Hummatov led the [[place/talysh-mughan|Talysh-Mughan Autonomous Republic]] in 1993 and was "
                           "sentenced to death, later commuted; he was pardoned in 2004.")),
        entity(QStringLiteral("person/fahraddin-abbaszadeh"), EntityKind::Person,
            QStringLiteral("Fahraddin Abbaszadeh"),
            { { QStringLiteral("Fəxrəddin Abbaszadə"), QStringLiteral("az"), QStringLiteral("Latn") },
                { QStringLiteral("Фахраддин Аббасзаде"), QStringLiteral("ru"), QStringLiteral("Cyrl") } },
            QStringLiteral("Philosopher and political scientist, chairman of the People's Mejlis."),
            QStringLiteral("In July 2018 Abbaszadeh was detained in Russia and extradited to Azerbaijan in 2019.")),
        entity(QStringLiteral("person/hilal-mammadov"), EntityKind::Person, QStringLiteral("Hilal Mammadov"),
            { { QStringLiteral("Hilal Məmmədov"), QStringLiteral("az"), QStringLiteral("Latn") } },
            QStringLiteral("Journalist, editor of the Tolishi Sado newspaper, sentenced to prison."),
            QStringLiteral(
                "Mammadov wrote about the Talysh language and the [[person/alikram-hummatov|Hummatov]] case.")),
        entity(QStringLiteral("organization/talysh-national-movement"), EntityKind::Organization,
            QStringLiteral("Talysh National Movement"),
            { { QStringLiteral("Talış Milli Hərəkatı"), QStringLiteral("az"), QStringLiteral("Latn") },
                { QStringLiteral("TNM"), QStringLiteral("en"), QStringLiteral("Latn") } },
            QStringLiteral("A Talysh movement created in 2007 in the Netherlands, where part of the Talysh leadership "
                           "lives in exile."),
            QStringLiteral("The Talysh National Movement joined the UNPO in 2007. It is headed by Alikram Hummatov. "
                           "The Talysh movement asks for the Talysh language to be taught in schools.")),
        entity(QStringLiteral("topic/talysh"), EntityKind::Topic, QStringLiteral("Talysh"),
            { { QStringLiteral("Талыш"), QStringLiteral("ru"), QStringLiteral("Cyrl") } },
            QStringLiteral("An Iranian people of the Caspian coast.")),
        entity(QStringLiteral("place/talysh-mughan"), EntityKind::Place,
            QStringLiteral("Talysh-Mughan Autonomous Republic"),
            { { QStringLiteral("TMAR"), QStringLiteral("en"), QStringLiteral("Latn") } },
            QStringLiteral("A short-lived autonomous republic proclaimed in 1993."),
            QStringLiteral("Its president was Alikram Hummatov.")),
        entity(QStringLiteral("place/the-hague"), EntityKind::Place, QStringLiteral("The Hague"),
            { { QStringLiteral("Den Haag"), QStringLiteral("nl"), QStringLiteral("Latn") } },
            QStringLiteral("Seat of the movement's headquarters."),
            QStringLiteral(
                "The Mughan republic of the past and the Talysh republic of the future were discussed here.")),
        entity(QStringLiteral("organization/peoples-mejlis"), EntityKind::Organization,
            QStringLiteral("People's Mejlis"), {}, QStringLiteral("The parliament of the autonomous republic.")),
    };
    SourceDocument doc;
    doc.id = QStringLiteral("source/talysh-national-movement");
    doc.title = QStringLiteral("Talysh National Movement");
    doc.origin = QStringLiteral("test");
    doc.sections = {
        { QStringLiteral("lead"), QString(),
            QStringLiteral("The Talysh National Movement is a Talysh movement created in 2007 in the Netherlands, "
                           "including board member "
                           "[[person/alikram-hummatov|Alikram Hummatov]].") },
        { QStringLiteral("history"), QStringLiteral("History"),
            QStringLiteral("An important role is played by the philosopher Fahraddin Abbaszadeh, who emigrated to "
                           "Russia in 1995.") },
    };
    p.sources = { doc };
    return p;
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.id;
    return out;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

    QList<SearchHit> find(
        const QString &text, std::optional<EntityKind> kind = std::nullopt, bool prefix = true, int limit = 20)
    {
        SearchQuery q;
        q.text = text;
        q.kind = kind;
        q.prefix = prefix;
        q.limit = limit;
        QString error;
        const auto hits = m_kb->search().search(q, &error);
        if (!error.isEmpty())
            qWarning() << "search error for" << text << error;
        return hits;
    }

    // A base of its own (a file in the test's folder) holding just these entities.
    std::unique_ptr<KnowledgeBase> baseWith(const QString &name, const QList<Entity> &entities)
    {
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(name + QStringLiteral(".tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb) {
            qWarning() << err.message;
            return {};
        }
        KnowledgePack p;
        p.id = name;
        p.title = name;
        p.entities = entities;
        if (!kb->importPack(p, &err)) {
            qWarning() << err.message;
            return {};
        }
        return kb;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        m_kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("search.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
        QVERIFY2(m_kb->importPack(testPack(), &err), qPrintable(err.message));
    }

    void everySpellingFindsTheEntity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        const QString hummatov = QStringLiteral("person/alikram-hummatov");
        const QString abbaszadeh = QStringLiteral("person/fahraddin-abbaszadeh");
        const QString talysh = QStringLiteral("topic/talysh");
        for (const QString &s : { QStringLiteral("Hummatov"), QStringLiteral("Hümmətov"), QStringLiteral("Гумматов"),
                 QStringLiteral("Gummatov"), QStringLiteral("Һүммәтов"), QStringLiteral("Alikram Gummatov"),
                 QStringLiteral("Əlikram Hümmətov") })
            QTest::newRow(qPrintable(s)) << s << hummatov;
        for (const QString &s : { QStringLiteral("Talysh"), QStringLiteral("Talish"), QStringLiteral("Tolysh"),
                 QStringLiteral("Талыш"), QStringLiteral("Talış") })
            QTest::newRow(qPrintable(s)) << s << talysh;
        for (const QString &s : { QStringLiteral("Abbaszadeh"), QStringLiteral("Abbaszadə"),
                 QStringLiteral("Аббасзаде"), QStringLiteral("Fəxrəddin"), QStringLiteral("Фахраддин Аббасзаде") })
            QTest::newRow(qPrintable(s)) << s << abbaszadeh;
    }
    void everySpellingFindsTheEntity()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        for (bool prefix : { true, false }) {
            const auto hits = find(text, std::nullopt, prefix);
            QVERIFY2(!hits.isEmpty(), qPrintable(text));
            QVERIFY2(hits.first().id == id, qPrintable(text + QStringLiteral(" -> ") + ids(hits).join(u' ')));
        }
    }

    void prefixWhileTyping()
    {
        for (const QString &typed : { QStringLiteral("Humm"), QStringLiteral("Гумм"), QStringLiteral("Hü"),
                 QStringLiteral("Alikram H"), QStringLiteral("Аликрам Гу") }) {
            const auto hits = find(typed);
            QVERIFY2(!hits.isEmpty() && hits.first().id == QLatin1String("person/alikram-hummatov"),
                qPrintable(typed + QStringLiteral(" -> ") + ids(hits).join(u' ')));
        }
        // The same letters as a finished word are not a prefix.
        QVERIFY(!ids(find(QStringLiteral("Humm"), std::nullopt, false))
                .contains(QStringLiteral("person/alikram-hummatov")));
        QVERIFY(!ids(find(QStringLiteral("Humm "))).contains(QStringLiteral("person/alikram-hummatov")));
        QVERIFY(ids(find(QStringLiteral("Humm*"))).contains(QStringLiteral("person/alikram-hummatov")));
        const auto one = find(QStringLiteral("A"));
        QVERIFY(!one.isEmpty()); // a single letter answers from names

        // A prefix typed by its sound reaches the text too: the Talysh-Mughan republic has Hummatov only in its
        // body, and "Xummat" (x as in Xəlil/Khalil; no known word starts so) finds it through the skeletons that
        // start like the one typed, with the word marked.
        bool found = false;
        for (const SearchHit &h : find(QStringLiteral("Xummat"))) {
            if (h.id != QLatin1String("place/talysh-mughan"))
                continue;
            found = true;
            QVERIFY2(h.snippet.contains(SearchIndex::markStart + QStringLiteral("Hummatov") + SearchIndex::markEnd),
                qPrintable(h.snippet));
        }
        QVERIFY(found);
        QVERIFY(
            !ids(find(QStringLiteral("Xummat"), std::nullopt, false)).contains(QStringLiteral("place/talysh-mughan")));
    }

    void searchesShareOneReadTransaction()
    {
        // A search runs its statements in one read transaction of its own, and ends it: the connection is
        // free for the caller's next transaction.
        QSqlDatabase db = connection(*m_kb);
        QVERIFY(!find(QStringLiteral("Hummatov")).isEmpty());
        QVERIFY(!m_kb->search().suggest(QStringLiteral("Humm")).isEmpty());
        QVERIFY(!m_kb->search().didYouMean(QStringLiteral("Humatov")).isEmpty());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        // Inside the caller's transaction a search sees what the caller wrote, and leaves the transaction open.
        QVERIFY(q.exec(QStringLiteral("UPDATE entity SET summary='Uncommittedword here.' WHERE id='topic/talysh'")));
        QCOMPARE(find(QStringLiteral("Uncommittedword")).value(0).id, QStringLiteral("topic/talysh"));
        QVERIFY(!m_kb->search().suggest(QStringLiteral("Tal")).isEmpty());
        QVERIFY2(q.exec(QStringLiteral("ROLLBACK")), qPrintable(q.lastError().text()));
        QVERIFY(find(QStringLiteral("Uncommittedword")).isEmpty());
        QVERIFY2(q.exec(QStringLiteral("BEGIN")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    }

    void suggestionsWhileTyping()
    {
        auto s = m_kb->search().suggest(QStringLiteral("Humm"));
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.first().id, QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(s.first().name, QStringLiteral("Alikram Hummatov"));
        QCOMPARE(s.first().matched, QStringLiteral("Alikram Hummatov"));

        s = m_kb->search().suggest(QStringLiteral("Гумм"));
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.first().id, QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(s.first().matched, QStringLiteral("Аликрам Гумматов")); // the alias typed, in its own script

        s = m_kb->search().suggest(QStringLiteral("Фахр"));
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.first().id, QStringLiteral("person/fahraddin-abbaszadeh"));

        s = m_kb->search().suggest(QStringLiteral("Tal"), 3);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.first().id, QStringLiteral("topic/talysh")); // shortest whole name first

        s = m_kb->search().suggest(QStringLiteral("kind:place Tal"));
        QVERIFY(!s.isEmpty());
        for (const Suggestion &x : s)
            QCOMPARE(x.kind, EntityKind::Place);
        QVERIFY(m_kb->search().suggest(QString()).isEmpty());
        QVERIFY(m_kb->search().suggest(QStringLiteral("zzzqqq")).isEmpty());
    }

    void exactNameFirst()
    {
        auto hits = find(QStringLiteral("Talysh National Movement"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().id, QStringLiteral("organization/talysh-national-movement"));
        QVERIFY(hits.first().exactName);
        for (const SearchHit &h : hits)
            QVERIFY(!h.exactName || h.name == QLatin1String("Talysh National Movement")); // the org and its source

        // "Talysh" is the whole name of one entity; others mention it far more often.
        hits = find(QStringLiteral("Talysh"));
        QCOMPARE(hits.first().id, QStringLiteral("topic/talysh"));
        QVERIFY(hits.first().exactName);
        QVERIFY(hits.size() > 3);
        // An alias is a name too.
        hits = find(QStringLiteral("TMAR"));
        QCOMPARE(hits.first().id, QStringLiteral("place/talysh-mughan"));
        QVERIFY(hits.first().exactName);
        // Scores are best first.
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].score >= hits[i].score);
    }

    void nameOutweighsBody()
    {
        // Not a name prefix, so only bm25 decides: both words in a name beat both words in a body.
        const auto hits = find(QStringLiteral("Mughan Republic"), std::nullopt, false);
        QVERIFY(hits.size() >= 2);
        QCOMPARE(hits.first().id, QStringLiteral("place/talysh-mughan"));
        QVERIFY(ids(hits).contains(QStringLiteral("place/the-hague")));
        QVERIFY(hits.first().score > hits.last().score);
    }

    void snippetsShowTheOriginalSpelling()
    {
        const QString start(SearchIndex::markStart), end(SearchIndex::markEnd);
        // Searched in Cyrillic, found in the English body: the body's own spelling is marked.
        auto hits = find(QStringLiteral("Гумматов"));
        QCOMPARE(hits.first().id, QStringLiteral("person/alikram-hummatov"));
        QVERIFY2(
            hits.first().snippet.contains(start + QStringLiteral("Hummatov") + end), qPrintable(hits.first().snippet));
        for (const SearchHit &h : hits) {
            QVERIFY2(!h.snippet.contains(QLatin1String("[[")) && !h.snippet.contains(QLatin1String("person/")),
                qPrintable(h.snippet));
            QCOMPARE(h.snippet.count(start), h.snippet.count(end));
        }
        // Searched in English, found by an alias only: the alias as written.
        hits = find(QStringLiteral("Фахраддин"));
        QCOMPARE(hits.first().id, QStringLiteral("person/fahraddin-abbaszadeh"));
        // Azerbaijani spelling of a name that the summary writes in English.
        hits = find(QStringLiteral("Talış"), EntityKind::Organization);
        QVERIFY(!hits.isEmpty());
        QVERIFY2(
            hits.first().snippet.contains(start + QStringLiteral("Talysh") + end), qPrintable(hits.first().snippet));
        // A match found by an alias that no text mentions shows that alias.
        hits = find(QStringLiteral("Den Haag"));
        QCOMPARE(hits.first().id, QStringLiteral("place/the-hague"));
        QVERIFY2(hits.first().snippet.contains(start + QStringLiteral("Den") + end), qPrintable(hits.first().snippet));
    }

    void textColumnsOfAMatch()
    {
        // tkb_columns(): the columns a row matches the query in (bit 0 name, 1 aliases, 2 summary, 3 body).
        QSqlQuery q(connection(*m_kb));
        QVERIFY2(q.exec(QStringLiteral("SELECT e.id, tkb_columns(search_entity) FROM search_entity JOIN entity e ON "
                                       "e.rowid=search_entity.rowid"
                                       " WHERE search_entity MATCH '\"hummatov\"'")),
            qPrintable(q.lastError().text()));
        QMap<QString, qint64> columns;
        while (q.next())
            columns.insert(q.value(0).toString(), q.value(1).toLongLong());
        QCOMPARE(columns.value(QStringLiteral("person/alikram-hummatov")), 1 | 2 | 8); // name, Hümmətov, body
        QCOMPARE(columns.value(QStringLiteral("place/talysh-mughan")), 8);
        QCOMPARE(columns.value(QStringLiteral("person/hilal-mammadov")), 8); // a link's label in the body
        QCOMPARE(columns.value(QStringLiteral("organization/talysh-national-movement")), 8);
        QCOMPARE(columns.size(), 4);
    }

    void snippetsComeFromTheTextThatMatched()
    {
        // "Kir" finds Kairi by sound, and the body by the completion "kairi". The summary's Gornarova starts
        // with the same sounds, but the search did not match it (not a known word, so not a completion): the
        // snippet comes from the body that matched, not from the summary.
        const auto kb = baseWith(QStringLiteral("snippets"),
            {
                entity(QStringLiteral("person/samir-kairi"), EntityKind::Person, QStringLiteral("Samir Kairi"),
                    { { QStringLiteral("Самир Каири"), QStringLiteral("ru"), QStringLiteral("Cyrl") } },
                    QStringLiteral("A lawyer. Aynur Gornarova called for the rights of the Talysh people."),
                    QStringLiteral("He defended Kairi's neighbours in court.")),
                entity(QStringLiteral("topic/rights"), EntityKind::Topic, QStringLiteral("Rights"), {},
                    QStringLiteral("Rights of the Talysh.")),
            });
        QVERIFY(kb);
        const QString start(SearchIndex::markStart), end(SearchIndex::markEnd);
        SearchQuery q;
        q.text = QStringLiteral("Kir");
        auto hits = kb->search().search(q);
        QCOMPARE(ids(hits), QStringList { QStringLiteral("person/samir-kairi") });
        QVERIFY2(!hits.first().snippet.contains(QLatin1String("Gornarova")), qPrintable(hits.first().snippet));
        QVERIFY2(
            hits.first().snippet.contains(start + QStringLiteral("Kairi") + end), qPrintable(hits.first().snippet));
        // Found by the summary's word: the summary.
        q.text = QStringLiteral("Gornarova");
        hits = kb->search().search(q);
        QCOMPARE(hits.value(0).id, QStringLiteral("person/samir-kairi"));
        QVERIFY2(
            hits.first().snippet.contains(start + QStringLiteral("Gornarova") + end), qPrintable(hits.first().snippet));
    }

    void knownWordsAreNotBeginningsOfOtherSounds()
    {
        // A word the base knows, typed in full, is matched by its sound and as the beginning of a spelling, but
        // not as the beginning of other sounds: "Minrani" is not the start of Minranabad. A beginning the base
        // does not know as a word still completes by sound: "Gummat" finds the Hummatov in a text.
        const auto kb = baseWith(QStringLiteral("sounds"),
            {
                entity(QStringLiteral("person/rashid-minrani"), EntityKind::Person, QStringLiteral("Rashid Minrani"),
                    {}, QStringLiteral("A lawyer.")),
                entity(QStringLiteral("place/minranabad"), EntityKind::Place, QStringLiteral("Minranabad"), {},
                    QStringLiteral("A village.")),
                entity(QStringLiteral("person/aynur-gasimova"), EntityKind::Person, QStringLiteral("Aynur Gasimova"),
                    {}, QStringLiteral("A teacher."),
                    QStringLiteral("She was born in Minranabad and met Hummatov there.")),
                entity(QStringLiteral("person/alikram-hummatov"), EntityKind::Person,
                    QStringLiteral("Alikram Hummatov"), {}, QStringLiteral("A leader.")),
            });
        QVERIFY(kb);
        SearchQuery q;
        q.text = QStringLiteral("Minrani");
        QStringList found = ids(kb->search().search(q));
        QVERIFY2(found.contains(QStringLiteral("person/rashid-minrani")), qPrintable(found.join(u' ')));
        QVERIFY2(!found.contains(QStringLiteral("person/aynur-gasimova")), qPrintable(found.join(u' ')));
        q.text = QStringLiteral("Gummat");
        found = ids(kb->search().search(q));
        QVERIFY2(found.contains(QStringLiteral("person/alikram-hummatov")), qPrintable(found.join(u' ')));
        QVERIFY2(found.contains(QStringLiteral("person/aynur-gasimova")), qPrintable(found.join(u' ')));
        // Typed in full, Minranabad is found in the text too.
        q.text = QStringLiteral("Минранабад");
        found = ids(kb->search().search(q));
        QVERIFY2(found.contains(QStringLiteral("person/aynur-gasimova")), qPrintable(found.join(u' ')));
    }

    void namesAreIndexedByTheirSound()
    {
        // A name-like word is in the text index by its sound alone, prose by its spelling; a word in a query
        // is its spelling or its sound, so a plain MATCH finds every spelling and the lower-case one as well.
        const auto kb = baseWith(QStringLiteral("sound-terms"),
            {
                entity(QStringLiteral("person/rashid-minrani"), EntityKind::Person, QStringLiteral("Rashid Minrani"),
                    {}, QStringLiteral("A lawyer.")),
                entity(QStringLiteral("topic/letter"), EntityKind::Topic, QStringLiteral("Letter"), {},
                    QStringLiteral("A letter signed rashid minrani, in lower case.")),
                entity(QStringLiteral("topic/trial"), EntityKind::Topic, QStringLiteral("Trial"), {},
                    QStringLiteral("A trial."), QStringLiteral("[[person/rashid-minrani|Рашид Минрани]] spoke.")),
                entity(QStringLiteral("topic/report"), EntityKind::Topic, QStringLiteral("Report"), {},
                    QStringLiteral("Rashed Minrany wrote it in Mirzani.")),
            });
        QVERIFY(kb);
        const QStringList all { QStringLiteral("person/rashid-minrani"), QStringLiteral("topic/letter"),
            QStringLiteral("topic/report"), QStringLiteral("topic/trial") };
        QSqlQuery q(connection(*kb));
        QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_entity, row)")),
            qPrintable(q.lastError().text()));
        auto rowsWithTerm = [&](const QString &term) {
            q.prepare(QStringLiteral("SELECT doc FROM temp.terms WHERE term=?"));
            q.addBindValue(term);
            return q.exec() && q.next() ? q.value(0).toInt() : 0;
        };
        QCOMPARE(rowsWithTerm(QStringLiteral("rashid")), 1); // the letter's lower case; the name is its sound
        QCOMPARE(rowsWithTerm(QStringLiteral("_rsd")), 3);
        QCOMPARE(rowsWithTerm(QStringLiteral("lawyer")), 1);
        QCOMPARE(rowsWithTerm(QStringLiteral("_lgr")), 0); // prose has no sound in the index
        QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.terms")));
        auto matched = [&](const QString &expression) {
            QStringList found;
            q.prepare(QStringLiteral("SELECT e.id FROM search_entity JOIN entity e ON e.rowid=search_entity.rowid "
                                     "WHERE search_entity MATCH ?"));
            q.addBindValue(expression);
            if (!q.exec())
                qWarning() << q.lastError().text();
            while (q.next())
                found << q.value(0).toString();
            found.sort();
            return found;
        };
        QCOMPARE(matched(QStringLiteral("\"rashid\" \"minrani\"")), all);
        QCOMPARE(matched(QStringLiteral("\"Рашид\"")), all);
        QCOMPARE(matched(QStringLiteral("\"=rashid\"")),
            QStringList { QStringLiteral("topic/letter") }); // the spelling alone
        // A prefix query: the beginning of a spelling or of a sound.
        QCOMPARE(matched(QStringLiteral("\"Минр\"*")), all);
        QCOMPARE(matched(QStringLiteral("\"rashi\"* \"minrani\"")), all);
        QCOMPARE(matched(QStringLiteral("\"minrani\" \"Ра\"*")), all); // too short for a skeleton, not for a sound
        SearchQuery sq;
        sq.text = QStringLiteral("Rashid Minrani");
        sq.prefix = false;
        QStringList found = ids(kb->search().search(sq));
        found.sort();
        QCOMPARE(found, all);
        sq.text = QStringLiteral("rəşid");
        found = ids(kb->search().search(sq));
        found.sort();
        QCOMPARE(found, all);
        // Did-you-mean: a capitalized text word is known by its sound when no name sounds so (Mirzani is not
        // Minrani misspelled); a misspelled name is not, though the texts hold its sound.
        QCOMPARE(kb->search().didYouMean(QStringLiteral("Mirzani")), QStringList());
        QCOMPARE(kb->search().didYouMean(QStringLiteral("Minrny")).value(0), QStringLiteral("Minrani"));
    }

    void sourceSections()
    {
        const auto hits = find(QStringLiteral("Аббасзаде"));
        bool section = false;
        for (const SearchHit &h : hits) {
            if (h.id == QLatin1String("source/talysh-national-movement") && h.section == QLatin1String("History")) {
                section = true;
                QCOMPARE(h.kind, EntityKind::Source);
                QCOMPARE(h.name, QStringLiteral("Talysh National Movement — History"));
                QVERIFY2(
                    h.snippet.contains(SearchIndex::markStart + QStringLiteral("Abbaszadeh") + SearchIndex::markEnd),
                    qPrintable(h.snippet));
            }
        }
        QVERIFY(section);
        SearchQuery q;
        q.text = QStringLiteral("Abbaszadeh");
        q.includeSections = false;
        for (const SearchHit &h : m_kb->search().search(q))
            QVERIFY(h.section.isEmpty());
    }

    void kindFilter()
    {
        auto hits = find(QStringLiteral("Hummatov"), EntityKind::Place);
        QVERIFY(!hits.isEmpty());
        QVERIFY(ids(hits).contains(QStringLiteral("place/talysh-mughan")));
        for (const SearchHit &h : hits)
            QCOMPARE(h.kind, EntityKind::Place);

        hits = find(QStringLiteral("kind:person Talysh"));
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits)
            QCOMPARE(h.kind, EntityKind::Person);
        hits = find(QStringLiteral("Talysh kind:organization"));
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits)
            QCOMPARE(h.kind, EntityKind::Organization);
        // SearchQuery::kind overrides the text.
        hits = find(QStringLiteral("kind:person Talysh"), EntityKind::Place);
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits)
            QCOMPARE(h.kind, EntityKind::Place);
        // Sections belong to sources.
        hits = find(QStringLiteral("kind:source Abbaszadeh"));
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits)
            QCOMPARE(h.kind, EntityKind::Source);
        // An unknown kind is just words.
        QVERIFY(find(QStringLiteral("kind:nonsense Hummatov")).isEmpty());
        // The index holds each entity's kind as a term, but a kind's name is searched only in the text: no
        // text here says "topic" or "place", so neither finds the topic or the places for being one.
        for (bool prefix : { false, true }) {
            QVERIFY(find(QStringLiteral("topic"), std::nullopt, prefix).isEmpty());
            QVERIFY(find(QStringLiteral("Caspian topic"), std::nullopt, prefix).isEmpty());
            QVERIFY(
                !ids(find(QStringLiteral("place"), std::nullopt, prefix)).contains(QStringLiteral("place/the-hague")));
        }
        QCOMPARE(ids(find(QStringLiteral("Caspian"))), QStringList { QStringLiteral("topic/talysh") });
    }

    // The expression search() matches text with: every spelling by its sound, completions while typing, and
    // the column filter only when a word could meet the kind column.
    void textExpression()
    {
        SearchQuery q;
        q.text = QStringLiteral("Гумматов");
        q.prefix = false;
        const QString finished = m_kb->search().textExpression(q);
        // The spelling as written (a literal term: no sound of its own) or the sound.
        QVERIFY2(finished.contains(QLatin1String("\"=gummatov\"")) && finished.contains(QLatin1String("\"_gmtv\"")),
            qPrintable(finished));
        QVERIFY2(!finished.contains(u'{'), qPrintable(finished));
        q.text = QStringLiteral("Hümmət");
        q.prefix = true;
        const QString typed = m_kb->search().textExpression(q);
        QVERIFY2(typed.contains(QLatin1String("\"=hummatov\"")), qPrintable(typed)); // a completion
        q.text = QStringLiteral("topic");
        QVERIFY(m_kb->search().textExpression(q).startsWith(QLatin1String("{name aliases_text summary body} : ")));
        q.text = QStringLiteral("kind:place Hummatov");
        QVERIFY(m_kb->search().textExpression(q).endsWith(QLatin1String("AND kind : \"=place\"")));
        q.text = QStringLiteral("\"() -");
        QVERIFY(m_kb->search().textExpression(q).isEmpty());
    }

    void hostileInputNeverErrors_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList inputs = {
            QStringLiteral("\""),
            QStringLiteral("\"Hummatov"),
            QStringLiteral("Hummatov\""),
            QStringLiteral("\"\""),
            QStringLiteral("'"),
            QStringLiteral("Talış-Tolış"),
            QStringLiteral("-"),
            QStringLiteral("-Hummatov"),
            QStringLiteral(":"),
            QStringLiteral("name:Hummatov"),
            QStringLiteral("AND"),
            QStringLiteral("Hummatov AND"),
            QStringLiteral("OR NOT"),
            QStringLiteral("("),
            QStringLiteral(")"),
            QStringLiteral("(Hummatov"),
            QStringLiteral("kind:"),
            QStringLiteral("kind:person"),
            QString(),
            QStringLiteral("   "),
            QStringLiteral("NEAR("),
            QStringLiteral("NEAR(Hummatov Talysh, 2)"),
            QStringLiteral("*"),
            QStringLiteral("Humm*"),
            QStringLiteral("^"),
            QStringLiteral("^Talysh"),
            QStringLiteral("{name}: x"),
            QStringLiteral("a+b"),
            QStringLiteral("\\"),
            QStringLiteral("%_"),
            QStringLiteral("'; DROP TABLE entity; --"),
            QStringLiteral("\x01\x02\x03"),
            QStringLiteral("😀"),
            QStringLiteral("\u0301"),
            QStringLiteral("_gmtv"),
            QStringLiteral("_"),
            QStringLiteral("=gummatov"),
            QStringLiteral("="),
            QString(10000, u'a'),
            QString(10000, u'"'),
            QStringLiteral("Talysh ").repeated(1500),
            QStringLiteral("Гумматов(\"").repeated(1000),
        };
        for (const QString &s : inputs)
            QTest::newRow(qPrintable(s.left(24))) << s;
    }
    void hostileInputNeverErrors()
    {
        QFETCH(QString, text);
        for (bool prefix : { true, false }) {
            SearchQuery q;
            q.text = text;
            q.prefix = prefix;
            QString error;
            QElapsedTimer timer;
            timer.start();
            const auto hits = m_kb->search().search(q, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(timer.elapsed() < 2000);
            for (const SearchHit &h : hits)
                QVERIFY(!h.id.isEmpty());
        }
        m_kb->search().suggest(text);
        m_kb->search().didYouMean(text);
        QVERIFY(find(QStringLiteral("Talış-Tolış")).size() >= 0);
        // Operators are words, not syntax: none of these is in the pack.
        if (text == QLatin1String("NEAR(") || text == QLatin1String("(") || text == QLatin1String("kind:person"))
            QVERIFY(find(text).isEmpty());
    }

    void didYouMean()
    {
        const SearchIndex &s = m_kb->search();
        // Equally close spellings in the script typed first, plain Latin and Azerbaijani Latin told apart.
        QCOMPARE(s.didYouMean(QStringLiteral("Humatov")).value(0), QStringLiteral("Hummatov"));
        QCOMPARE(s.didYouMean(QStringLiteral("Гуматов")).value(0), QStringLiteral("Гумматов"));
        QVERIFY(s.didYouMean(QStringLiteral("Hummatof")).contains(QStringLiteral("Hummatov")));
        QVERIFY(s.didYouMean(QStringLiteral("Abaszadeh")).contains(QStringLiteral("Abbaszadeh")));
        // In the script typed: a Latin slip gets the Latin spelling first, a Cyrillic one the Cyrillic.
        const QList<QPair<QString, QString>> slips {
            { QStringLiteral("Abaszade"), QStringLiteral("Abbaszadeh") },
            { QStringLiteral("Абасзаде"), QStringLiteral("Аббасзаде") },
            { QStringLiteral("Abaszadə"), QStringLiteral("Abbaszadə") },
            { QStringLiteral("Fahradin"), QStringLiteral("Fahraddin") },
            { QStringLiteral("Фахрадин"), QStringLiteral("Фахраддин") },
            { QStringLiteral("Fəxrədin"), QStringLiteral("Fəxrəddin") },
        };
        for (const auto &[typed, first] : slips) {
            const QStringList got = s.didYouMean(typed);
            QVERIFY2(got.value(0) == first, qPrintable(typed + QStringLiteral(" -> ") + got.join(u',')));
        }
        QCOMPARE(s.didYouMean(QStringLiteral("Гуматов")).value(0), QStringLiteral("Гумматов"));
        QVERIFY(s.didYouMean(QStringLiteral("Mammadvo")).contains(QStringLiteral("Mammadov"))); // swapped letters
        const QStringList two = s.didYouMean(QStringLiteral("Alikarm Humatov"));
        QVERIFY2(two.contains(QStringLiteral("Alikram Hummatov")), qPrintable(two.join(u',')));
        // Words that occur need no correction.
        QVERIFY(s.didYouMean(QStringLiteral("Hummatov")).isEmpty());
        QVERIFY(s.didYouMean(QStringLiteral("movement")).isEmpty());
        QVERIFY(s.didYouMean(QStringLiteral("xqzvvw")).isEmpty());
        QVERIFY(s.didYouMean(QString()).isEmpty());
        QVERIFY(s.didYouMean(QStringLiteral("Humatov"), 1).size() <= 1);
    }

    void pagination()
    {
        const auto all = find(QStringLiteral("Talysh"), std::nullopt, true, 100);
        QVERIFY(all.size() > 4);
        SearchQuery q;
        q.text = QStringLiteral("Talysh");
        q.limit = 2;
        q.offset = 2;
        const auto page = m_kb->search().search(q);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0].id, all[2].id);
        QCOMPARE(page[1].id, all[3].id);
        q.offset = 1000;
        QVERIFY(m_kb->search().search(q).isEmpty());
    }

    void indexStaysInStep()
    {
        QVERIFY2(m_kb->check().ok, qPrintable(m_kb->check().problems.join(u'\n')));
        QSqlDatabase db = connection(*m_kb);
        QStringList problems;
        QVERIFY2(SearchIndexWriter::integrityCheck(db, &problems), qPrintable(problems.join(u'\n')));

        // Replacing an entity (delete + insert) replaces its keys.
        StoreError err;
        Entity e = *m_kb->entity(QStringLiteral("place/the-hague"));
        e.aliases = { { QStringLiteral("Гаага"), QStringLiteral("ru"), QStringLiteral("Cyrl") } };
        QVERIFY2(m_kb->upsertEntity(e, &err), qPrintable(err.message));
        QCOMPARE(find(QStringLiteral("Гаага")).value(0).id, QStringLiteral("place/the-hague"));
        QVERIFY(!ids(find(QStringLiteral("Den Haag"))).contains(QStringLiteral("place/the-hague")));
        QVERIFY(SearchIndexWriter::integrityCheck(db, &problems));

        // Deleting an entity removes it from every answer.
        QVERIFY(ids(find(QStringLiteral("Abbaszadeh"))).contains(QStringLiteral("person/fahraddin-abbaszadeh")));
        QVERIFY2(m_kb->removeEntity(QStringLiteral("person/fahraddin-abbaszadeh"), &err), qPrintable(err.message));
        QVERIFY(!ids(find(QStringLiteral("Abbaszadeh"))).contains(QStringLiteral("person/fahraddin-abbaszadeh")));
        QVERIFY(!ids(find(QStringLiteral("Фахраддин"))).contains(QStringLiteral("person/fahraddin-abbaszadeh")));
        for (const Suggestion &s : m_kb->search().suggest(QStringLiteral("Abb")))
            QVERIFY(s.id != QLatin1String("person/fahraddin-abbaszadeh"));
        QVERIFY(ids(find(QStringLiteral("Abbaszadeh")))
                .contains(QStringLiteral("source/talysh-national-movement"))); // the article still says it
        QVERIFY2(SearchIndexWriter::integrityCheck(db, &problems), qPrintable(problems.join(u'\n')));

        // Damage is noticed, and rebuild() repairs it.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM search_name WHERE key='hummatov'")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO search_entity(search_entity, rowid, name, aliases_text, summary, body, kind)"
                           " VALUES('delete', (SELECT rowid FROM entity WHERE id='topic/talysh'),"
                           " 'Talysh', 'Талыш', 'An Iranian people of the Caspian coast.', '', 'topic')")));
        problems.clear();
        QVERIFY(!SearchIndexWriter::integrityCheck(db, &problems));
        QVERIFY(problems.size() >= 2);
        QVERIFY(!m_kb->check().ok);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QString why;
        QVERIFY2(SearchIndexWriter::rebuild(db, &why), qPrintable(why));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        problems.clear();
        QVERIFY2(SearchIndexWriter::integrityCheck(db, &problems), qPrintable(problems.join(u'\n')));
        QVERIFY(m_kb->check().ok);
        QCOMPARE(find(QStringLiteral("Talysh")).value(0).id, QStringLiteral("topic/talysh"));
        QCOMPARE(find(QStringLiteral("Hummatov")).value(0).id, QStringLiteral("person/alikram-hummatov"));
        QVERIFY(m_kb->search().didYouMean(QStringLiteral("Humatov")).contains(QStringLiteral("Hummatov")));
    }

    void deferredIndexing()
    {
        QSqlDatabase db = connection(*m_kb);
        QString why;
        StoreError err;
        {
            // The store may switch inside its own transaction.
            QSqlQuery t(db);
            QVERIFY(t.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY2(SearchIndexWriter::setDeferred(db, true, &why), qPrintable(why));
            QVERIFY2(SearchIndexWriter::setDeferred(db, false, &why), qPrintable(why));
            QVERIFY(t.exec(QStringLiteral("ROLLBACK")));
        }
        QVERIFY2(SearchIndexWriter::setDeferred(db, true, &why), qPrintable(why));
        Entity e = entity(QStringLiteral("person/novruzali-mammadov"), EntityKind::Person,
            QStringLiteral("Novruzali Mammadov"),
            { { QStringLiteral("Новрузали Мамедов"), QStringLiteral("ru"), QStringLiteral("Cyrl") } },
            QStringLiteral("Scientist and editor; died in prison in 2009."));
        QVERIFY2(m_kb->upsertEntity(e, &err), qPrintable(err.message));
        Entity gone = entity(QStringLiteral("person/queued-then-removed"), EntityKind::Person,
            QStringLiteral("Zaur Queuedov"), {}, QStringLiteral("Written and removed while indexing waited."));
        QVERIFY(m_kb->upsertEntity(gone, &err));
        QVERIFY(m_kb->removeEntity(gone.id, &err)); // never indexed: only leaves the queue
        // Replacing an indexed entity while deferred takes the old one out at once and queues the new one.
        Entity hague = *m_kb->entity(QStringLiteral("place/the-hague"));
        hague.summary = QStringLiteral("Seat of the exiled government.");
        QVERIFY(m_kb->upsertEntity(hague, &err));
        // Queued rows are not searchable yet, and the check says so.
        QVERIFY(!ids(find(QStringLiteral("Novruzali"))).contains(e.id));
        QStringList problems;
        QVERIFY(!SearchIndexWriter::integrityCheck(db, &problems));
        QVERIFY2(problems.join(u' ').contains(QLatin1String("never indexed")), qPrintable(problems.join(u'\n')));

        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY2(SearchIndexWriter::indexDeferred(db, &why), qPrintable(why));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY2(SearchIndexWriter::setDeferred(db, false, &why), qPrintable(why));
        for (const QString &text :
            { QStringLiteral("Novruzali"), QStringLiteral("Новрузали Мамедов"), QStringLiteral("Mamedov") })
            QCOMPARE(find(text).value(0).id, e.id);
        QVERIFY(ids(find(QStringLiteral("exiled"))).contains(hague.id));
        QVERIFY(find(QStringLiteral("Queuedov")).isEmpty());
        problems.clear();
        QVERIFY2(SearchIndexWriter::integrityCheck(db, &problems), qPrintable(problems.join(u'\n')));
        QVERIFY(m_kb->search().didYouMean(QStringLiteral("Novruzalli")).contains(QStringLiteral("Novruzali")));

        // Back to live indexing: a new row is searchable at once.
        e.id = QStringLiteral("person/hilal-live");
        e.name = QStringLiteral("Hilal Livetest");
        QVERIFY(m_kb->upsertEntity(e, &err));
        QCOMPARE(find(QStringLiteral("Livetest")).value(0).id, e.id);
        QVERIFY(SearchIndexWriter::integrityCheck(db, &problems));
    }

    void secondConnectionSearchesToo()
    {
        StoreError err;
        auto other = KnowledgeBase::open(m_kb->path(), KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(other, qPrintable(err.message));
        SearchQuery q;
        q.text = QStringLiteral("Гумматов");
        QString error;
        const auto hits = other->search().search(q, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.value(0).id, QStringLiteral("person/alikram-hummatov"));
    }

    void cleanupTestCase() { m_kb.reset(); }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "test_searchindex.moc"
