// SPDX-License-Identifier: GPL-3.0-or-later
// Search on the bundled base, as the issue tried it: other forms of a word find what the article says, the subject
// of the base ranks first for its name, and the filters typed in a query (dates, section, source, kind) hold, with
// their completions while typing.
#include <core/search/searchindex.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

class TestBundledSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

    QList<SearchHit> find(const QString &text)
    {
        SearchQuery q;
        q.text = text;
        q.limit = 50;
        QString error;
        const auto hits = m_kb->search().search(q, &error);
        if (!error.isEmpty())
            qWarning() << "search error for" << text << error;
        return hits;
    }
    QStringList ids(const QString &text)
    {
        QStringList out;
        for (const SearchHit &h : find(text))
            out << (h.inSection ? h.id + u'#' + h.section : h.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("bundled.tkb"));
        StoreError err;
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
    }

    void otherFormsFindWhatTheArticleSays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("arrests") << QStringLiteral("arrests")
                                 << QStringLiteral("event/hummatov-arrest-and-death-sentence");
        QTest::newRow("emigration") << QStringLiteral("emigration")
                                    << QStringLiteral("event/abbaszadeh-emigration-to-russia-1995");
        QTest::newRow("languages") << QStringLiteral("languages") << QStringLiteral("topic/talysh-language");
        QTest::newRow("independence") << QStringLiteral("independence")
                                      << QStringLiteral("goal/independent-talysh-state");
    }
    void otherFormsFindWhatTheArticleSays()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        const QStringList found = ids(text);
        QVERIFY2(found.contains(id), qPrintable(text + QStringLiteral(" -> ") + found.join(u',')));
    }

    void subjectFirst()
    {
        // The subject of the base, named by the beginning of its name, before the region and the people that
        // have "Talish" and "Talysh" as aliases: the prominence prior (docs/SEARCH.md).
        QCOMPARE(ids(QStringLiteral("Talish")).value(0), QStringLiteral("organization/talysh-national-movement"));
        // An exact name still comes first.
        QCOMPARE(ids(QStringLiteral("Alikram Hummatov")).value(0), QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(ids(QStringLiteral("Hummatov")).value(0), QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(ids(QStringLiteral("Azerbaijan")).value(0), QStringLiteral("place/azerbaijan"));
    }

    void dateFilters()
    {
        const QStringList all = ids(QStringLiteral("Hummatov"));
        QVERIFY(all.contains(QStringLiteral("person/alikram-hummatov")));
        const QStringList range = ids(QStringLiteral("Hummatov 1993..2003"));
        QVERIFY2(range.contains(QStringLiteral("event/tmar-repression-august-1993")), qPrintable(range.join(u',')));
        QVERIFY(!range.contains(QStringLiteral("event/hummatov-pardon-2004")));
        QVERIFY(!range.contains(QStringLiteral("person/alikram-hummatov"))); // undated
        const QStringList before = ids(QStringLiteral("Hummatov before:2004"));
        QVERIFY(before.contains(QStringLiteral("event/tmar-repression-august-1993")));
        QVERIFY(!before.contains(QStringLiteral("event/hummatov-pardon-2004")));
        const QStringList after = ids(QStringLiteral("Abbaszadeh after:2004"));
        QVERIFY2(after.contains(QStringLiteral("event/abbaszadeh-return-2005")), qPrintable(after.join(u',')));
        QVERIFY(after.contains(QStringLiteral("event/abbaszadeh-detention-2018")));
        QVERIFY(!after.contains(QStringLiteral("event/abbaszadeh-emigration-to-russia-1995")));
        QVERIFY(ids(QStringLiteral("Abbaszadeh 2004..")).contains(QStringLiteral("event/abbaszadeh-return-2005")));
        QVERIFY(ids(QStringLiteral("Abbaszadeh ..1995"))
                .contains(QStringLiteral("event/abbaszadeh-emigration-to-russia-1995")));
        // A bare year is a word of the texts, not a filter.
        QVERIFY(ids(QStringLiteral("2004")).contains(QStringLiteral("event/hummatov-pardon-2004")));
        // Not a date: searched as words, never an error.
        QVERIFY(ids(QStringLiteral("Hummatov 19x3..2008")).size() >= 0);
    }

    void placeFilters()
    {
        const QStringList history = ids(QStringLiteral("pardoned in:History"));
        QVERIFY2(history.contains(QStringLiteral("source/talysh-national-movement-article#History")),
            qPrintable(history.join(u',')));
        QVERIFY(history.contains(QStringLiteral("event/hummatov-pardon-2004")));
        for (const QString &id : history)
            QVERIFY2(!id.endsWith(QLatin1String("#Problems")), qPrintable(id));
        // Only what the Problems section says: the Talysh language is, the 2015 conference is not.
        const QStringList problems = ids(QStringLiteral("language in:problems"));
        QVERIFY2(problems.contains(QStringLiteral("topic/talysh-language")), qPrintable(problems.join(u',')));
        QVERIFY(!ids(QStringLiteral("conference in:Problems")).contains(QStringLiteral("event/unpo-conference-2015")));
        QVERIFY(ids(QStringLiteral("conference in:History")).contains(QStringLiteral("event/unpo-conference-2015")));
        // A source: what it is cited from.
        QVERIFY(ids(QStringLiteral("pardoned source:talysh-national-movement"))
                .contains(QStringLiteral("event/hummatov-pardon-2004")));
        QVERIFY(ids(QStringLiteral("pardoned source:nothing-of-that-name")).isEmpty());
        // kind: with the others.
        for (const SearchHit &h : find(QStringLiteral("arrested kind:person in:History")))
            QCOMPARE(h.kind, EntityKind::Person);
    }

    void filterCompletions()
    {
        const QList<Suggestion> in = m_kb->search().suggest(QStringLiteral("pardoned in:Hi"));
        QCOMPARE(in.size(), 1);
        QVERIFY(in[0].id.isEmpty());
        QCOMPARE(in[0].name, QStringLiteral("in:History"));
        QCOMPARE(in[0].completion, QStringLiteral("pardoned in:History"));
        QCOMPARE(m_kb->search().suggest(QStringLiteral("kind:pe")).value(0).completion, QStringLiteral("kind:person"));
        QCOMPARE(
            m_kb->search().suggest(QStringLiteral("in:mo")).value(0).completion, QStringLiteral("in:Movement_goals"));
        QVERIFY(ids(QStringLiteral("freedoms in:Movement_goals"))
                .contains(QStringLiteral("goal/cultural-and-linguistic-freedoms")));
        QCOMPARE(m_kb->search().suggest(QStringLiteral("source:talysh")).value(0).completion,
            QStringLiteral("source:talysh-national-movement-article"));
        // A name being typed is still a name.
        QVERIFY(m_kb->search().suggest(QStringLiteral("Humm")).value(0).completion.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundledSearch)
#include "test_bundledsearch.moc"
