// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted text: names and bodies holding HTML, script tags, javascript:/file: links, SQL, control and
// bidirectional characters, or huge strings are stored and read back exactly as given (escaping them is the
// renderer's job, so the store must neither alter nor choke on them), can be listed and searched without
// error, and a link target that is not an entity id never gets into a base through an import.
#include <core/import/articleimporter.h>
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"

using namespace tkb;

class TestUntrustedText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        m_kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("untrusted.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_kb && m_kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
    }

    void hostileTextIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("script") << QStringLiteral("<script>alert('x')</script>Talysh");
        QTest::newRow("html") << QStringLiteral(
            "<b>bold</b> <img src=x onerror=alert(1)> &amp; &lt;tag&gt; <!-- c -->");
        QTest::newRow("javascript link") << QStringLiteral(
            "<a href=\"javascript:alert(1)\">click</a> [[javascript:alert(1)|click]]");
        QTest::newRow("file link") << QStringLiteral(
            "[see](file:///etc/passwd) <a href='file:///etc/shadow'>x</a> kb:person/x");
        QTest::newRow("data url") << QStringLiteral(
            "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>");
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE entity;-- \" OR 1=1 --");
        QTest::newRow("fts syntax") << QStringLiteral("name:x OR body:y NEAR(a b) \"unterminated * ^ {c d}:");
        QTest::newRow("markup") << QStringLiteral("[[person/alikram-hummatov|<script>]] [[|]] [[ ]] [[[[x]]]] ]] [[");
        QTest::newRow("controls") << QStringLiteral("a\x01\x02\x03\x1f\x7f b\tc\r\nd\u0085e\u2028f");
        QTest::newRow("bidi") << QStringLiteral("\u202Egnp.exe\u202C \u200F\u200E\u2066x\u2069 \u200B\u200D\uFEFF");
        QTest::newRow("scripts") << QStringLiteral(
            "Hümmətov Гумматов تالش טליש 塔里什 😀👨‍👩‍👧 e\u0301\u0327\u0308");
        QTest::newRow("nul") << QString(QStringLiteral("before")).append(QChar(0)).append(QStringLiteral("after"));
        QTest::newRow("noncharacters") << QStringLiteral("x\uFFFE\uFFFF\uFDD0 \U0010FFFF");
        QTest::newRow("leading bom") << QStringLiteral("\uFEFFtext after a byte order mark");
        QTest::newRow("leading reversed bom") << QStringLiteral("\uFFFEtext after a reversed byte order mark");
    }
    void hostileTextIsStoredVerbatim()
    {
        QFETCH(QString, text);
        const QString id
            = QStringLiteral("topic/hostile-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        auto entityWith = [&id](const QString &t) {
            Entity e;
            e.id = id;
            e.kind = EntityKind::Topic;
            e.name = QStringLiteral("Name ") + t;
            e.aliases = { Alias { t, QStringLiteral("en"), QStringLiteral("Latn") } };
            e.summary = t;
            e.body = t + u'\n' + t;
            e.attributes = { Attribute { t, t, { Citation { QStringLiteral("source/test-article"), t, t } } } };
            e.citations = { Citation { QStringLiteral("source/test-article"), QStringLiteral("History"), t } };
            return e;
        };
        const Entity e = entityWith(text);
        // The one change: SQLite's UTF-16 conversion turns the noncharacters U+FFFE and U+FFFF into U+FFFD.
        const Entity want
            = entityWith(QString(text).replace(QChar(0xFFFE), QChar(0xFFFD)).replace(QChar(0xFFFF), QChar(0xFFFD)));
        StoreError err;
        QVERIFY2(m_kb->upsertEntity(e, &err), qPrintable(err.message));
        const auto back = m_kb->entity(id);
        QVERIFY(back);
        QCOMPARE(back->name, want.name);
        // A leading U+FEFF or U+FFFE is what SQLite takes for a byte order mark in UTF-16 text; the store
        // writes such texts as UTF-8, so they come back whole (rows with them are in the data set).
        QCOMPARE(back->summary, want.summary);
        QCOMPARE(back->body, want.body);
        QCOMPARE(*back, want);
        QCOMPARE(m_kb->name(id), want.name);
        bool listed = false;
        for (const EntityRef &r : m_kb->entities(EntityKind::Topic, {}, 0, -1, true)) {
            if (r.id == id) {
                listed = true;
                QCOMPARE(r.name, want.name);
                QCOMPARE(r.aliases, QStringList { want.summary });
            }
        }
        QVERIFY(listed);
        // As a filter and as a query the same text is just text: no error, no crash.
        m_kb->count(std::nullopt, text);
        SearchQuery q;
        q.text = text;
        QString error;
        const auto hits = m_kb->search().search(q, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const SearchHit &h : hits)
            QVERIFY2(m_kb->contains(h.id), qPrintable(h.id));
        m_kb->search().suggest(text);
        m_kb->search().didYouMean(text);

        // Untouched in the file too: a fresh connection reads the same.
        auto other = KnowledgeBase::open(m_kb->path(), KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY(other);
        QCOMPARE(*other->entity(id), want);
        // Links in the text that lead nowhere ([[javascript:...]]) go with it, leaving the base as it was.
        QVERIFY(m_kb->removeEntity(id, &err));
        const IntegrityReport r = m_kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
    }

    void danglingLinksFromEditsDoNotBlockImports()
    {
        // An edit may link to an entity that does not exist yet, and removing an entity leaves the links other
        // bodies make to it. check() reports both; neither may make every later import fail.
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("dangling.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        Entity e;
        e.id = QStringLiteral("topic/edited");
        e.kind = EntityKind::Topic;
        e.name = QStringLiteral("Edited");
        e.body = QStringLiteral("Links to [[person/not-yet|someone]] and [[javascript:alert(1)|a script]].");
        QVERIFY2(kb->upsertEntity(e, &err), qPrintable(err.message));
        QVERIFY2(
            kb->removeEntity(QStringLiteral("place/the-hague"), &err), qPrintable(err.message)); // others link to it
        const IntegrityReport r = kb->check();
        QVERIFY(!r.ok);
        QVERIFY2(
            r.problems.join(u'\n').contains(QStringLiteral("place/the-hague")), qPrintable(r.problems.join(u'\n')));

        KnowledgePack pack;
        Entity t;
        t.id = QStringLiteral("topic/imported-later");
        t.kind = EntityKind::Topic;
        t.name = QStringLiteral("Imported later");
        t.body = QStringLiteral("See [[organization/tnm|the movement]].");
        pack.entities << t;
        pack.relations << Relation { t.id, QStringLiteral("about"), QStringLiteral("organization/tnm"), {}, {}, {} };
        QVERIFY2(kb->importPack(pack, &err), qPrintable(err.message));
        QVERIFY(kb->contains(t.id));
        // The pack's own links are still held to account.
        pack.entities[0].body = QStringLiteral("See [[place/the-hague|The Hague]].");
        QVERIFY(!kb->importPack(pack, &err));
        QCOMPARE(err.code, StoreError::Code::Invalid);
        QVERIFY2(err.message.contains(QStringLiteral("place/the-hague")), qPrintable(err.message));
        pack.entities[0].body.clear();
        pack.relations[0].object = QStringLiteral("place/the-hague");
        QVERIFY(!kb->importPack(pack, &err));
        QVERIFY2(err.message.contains(QStringLiteral("place/the-hague")), qPrintable(err.message));
        QCOMPARE(kb->entity(t.id)->body, QStringLiteral("See [[organization/tnm|the movement]]."));
    }

    void linksOutsideTheBaseAreRefusedOnImport_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("http") << QStringLiteral("https://example.org/");
        QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("traversal") << QStringLiteral("../../etc/passwd");
    }
    void linksOutsideTheBaseAreRefusedOnImport()
    {
        QFETCH(QString, target);
        KnowledgePack pack;
        Entity e;
        e.id = QStringLiteral("topic/link-bait");
        e.kind = EntityKind::Topic;
        e.name = QStringLiteral("Link bait");
        e.body = QStringLiteral("Read [[%1|this]] now.").arg(target);
        pack.entities << e;
        StoreError err;
        QVERIFY(!m_kb->importPack(pack, &err));
        QCOMPARE(err.code, StoreError::Code::Invalid);
        QVERIFY2(err.message.contains(target), qPrintable(err.message)); // names the bad link
        QVERIFY(!m_kb->contains(e.id));
        QVERIFY(m_kb->backlinks(target).isEmpty());
    }

    void articleWithHostileTextImportsAsText()
    {
        // An article, the importer's input, carrying markup in every place it reads.
        const QByteArray article = "= <script>alert(1)</script> Movement =\n"
                                   "- Founded: <img src=x onerror=alert(1)>\n"
                                   "- Website: javascript:alert(document.cookie)\n"
                                   "\n"
                                   "The <b>movement</b> links to <a href=\"file:///etc/passwd\">a file</a>.\n"
                                   "\n"
                                   "== History ==\n"
                                   "It was founded in 2007. <iframe src=\"javascript:alert(1)\"></iframe>\n"
                                   "\n"
                                   "== See also ==\n"
                                   "- <script>x</script>\n"
                                   "- Talysh people\n";
        ImportError ie;
        const auto pack = ArticleImporter::parse(article, QStringLiteral("hostile.txt"), &ie);
        QVERIFY2(pack, qPrintable(ie.toString()));
        StoreError err;
        QVERIFY2(m_kb->importPack(*pack, &err), qPrintable(err.message));
        const auto src = m_kb->source(pack->sources.first().id);
        QVERIFY(src);
        QCOMPARE(src->title, QStringLiteral("<script>alert(1)</script> Movement"));
        QCOMPARE(src->infobox.value(1).value, QStringLiteral("javascript:alert(document.cookie)"));
        QVERIFY(src->sections.value(0).text.contains(QStringLiteral("<a href=\"file:///etc/passwd\">")));
        for (const Entity &e : pack->entities) {
            QVERIFY2(!e.id.contains(u'<') && !e.id.contains(u':') && !e.id.contains(u' '),
                qPrintable(e.id)); // ids stay slugs
            QCOMPARE(*m_kb->entity(e.id), e);
        }
        const IntegrityReport r = m_kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
    }

    void hugeStringsStoreSearchAndReadBack()
    {
        QString body;
        body.reserve(10 * 1024 * 1024 + 100);
        int n = 0;
        while (body.size() < 10 * 1024 * 1024)
            body += QStringLiteral("Talysh autonomy movement paragraph %1 with Hümmətov and Гумматов.\n").arg(n++);
        body += QStringLiteral("zanzibarquux");
        Entity e;
        e.id = QStringLiteral("topic/huge");
        e.kind = EntityKind::Topic;
        e.name = QString(100000, u'N') + QStringLiteral(" Hugename");
        e.aliases = { Alias { QString(50000, u'Ә'), QStringLiteral("az"), QStringLiteral("Cyrl") } };
        e.summary = QString(200000, u's');
        e.body = body;
        StoreError err;
        QElapsedTimer t;
        t.start();
        QVERIFY2(m_kb->upsertEntity(e, &err), qPrintable(err.message));
        qInfo("10 MB entity stored in %lld ms", qint64(t.elapsed()));
        const auto back = m_kb->entity(e.id);
        QVERIFY(back);
        QCOMPARE(back->name.size(), e.name.size());
        QCOMPARE(back->body.size(), e.body.size());
        QVERIFY(*back == e);
        QCOMPARE(m_kb->count(EntityKind::Topic, QStringLiteral("hugename")), 1);

        SearchQuery q;
        q.text = QStringLiteral("zanzibarquux");
        QString error;
        const auto hits = m_kb->search().search(q, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const SearchHit &h : hits) {
            QCOMPARE(h.id, e.id); // the word is in no other entity
            QVERIFY2(h.snippet.size() < 10000, "a snippet is a snippet, not the whole body");
            QVERIFY(h.name.size() <= e.name.size());
        }
        q.text = QString(100000, u'N');
        m_kb->search().search(q, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_kb->search().suggest(QString(100000, u'N'));
        m_kb->search().didYouMean(QString(100000, u'q'));

        Entity smaller = e;
        smaller.body = QStringLiteral("now small");
        QVERIFY2(m_kb->upsertEntity(smaller, &err), qPrintable(err.message));
        QCOMPARE(m_kb->entity(e.id)->body, smaller.body);
        QVERIFY(m_kb->removeEntity(e.id, &err));
        const IntegrityReport r = m_kb->check();
        QVERIFY2(r.ok, qPrintable(r.problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedText)
#include "test_untrustedtext.moc"
