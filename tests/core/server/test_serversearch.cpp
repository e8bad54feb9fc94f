// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search on a PostgreSQL server against the SQLite file's FTS5, on the bundled base in both (the server a
// throwaway cluster this test starts): the same top 10 for names in several scripts, prose words in other forms and
// filters, the same snippets, "did you mean" and filter completions; terms written with an edit and computed for an
// older schema's rows.
#include <core/import/importrun.h>
#include <core/search/searchindex.h>
#include <core/server/serverschema.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "testcluster.h"
#include <cmath>

using namespace tkb;

namespace {

// A hit by what identifies it: the entity, or the source and its section.
QString key(const SearchHit &h)
{
    return h.inSection ? h.id + u'#' + h.section : h.id;
}

QString shown(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << QStringLiteral("%1 (%2)").arg(key(h)).arg(h.score);
    return out.join(QStringLiteral(", "));
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

// The keys of the hits that score s.
QSet<QString> scoring(const QList<SearchHit> &hits, double s)
{
    QSet<QString> out;
    for (const SearchHit &h : hits) {
        if (same(h.score, s))
            out.insert(key(h));
    }
    return out;
}

} // namespace

class TestServerSearch : public QObject
{
    Q_OBJECT
    tkbtest::TestCluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_file; ///< the bundled base as an SQLite file
    std::unique_ptr<KnowledgeBase> m_server; ///< the same base on the server

    QString database(const QString &name)
    {
        QString why;
        if (!m_cluster.createDatabase(name, &why))
            qFatal("createdb %s: %s", qPrintable(name), qPrintable(why));
        return m_cluster.url(name);
    }

    // Strict: the same number of hits with the same scores place by place, and at each score the same hits, in
    // whatever order (the engines number rows apart, which is all that orders equal scores). Only a score shared
    // across the page's last place may show different ones of its hits on each, all of them hits of that score on
    // the other. The same hit has the same snippet on both.
    QString compare(const SearchQuery &query) const
    {
        const QList<SearchHit> a = m_file->search().search(query), b = m_server->search().search(query);
        const QString both
            = query.text + QStringLiteral("\n  file:   ") + shown(a) + QStringLiteral("\n  server: ") + shown(b);
        if (a.size() != b.size())
            return both;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!same(a[i].score, b[i].score))
                return both;
        }
        SearchQuery more = query;
        more.limit = query.limit * 4;
        const QList<SearchHit> moreA = m_file->search().search(more), moreB = m_server->search().search(more);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const double s = a[i].score;
            const bool atTheEnd = a.size() == query.limit && same(a.last().score, s);
            if (!atTheEnd && scoring(a, s) != scoring(b, s))
                return both;
            if (atTheEnd && (!scoring(moreA, s).contains(scoring(b, s)) || !scoring(moreB, s).contains(scoring(a, s))))
                return both;
            for (const SearchHit &h : b) {
                if (key(h) == key(a[i]) && (h.snippet != a[i].snippet || h.name != a[i].name || h.kind != a[i].kind))
                    return both + QStringLiteral("\n  snippets: ") + a[i].snippet + QStringLiteral(" <> ") + h.snippet;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        const QString file = m_dir.filePath(QStringLiteral("bundled.tkb"));
        StoreError err;
        QVERIFY2(BundledBase::build(file, &err), qPrintable(err.message));
        m_file = KnowledgeBase::open(file, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(m_file, qPrintable(err.message));
        QFile pack(BundledBase::packResource());
        QVERIFY(pack.open(QIODevice::ReadOnly));
        ImportRun::Result r = ImportRun::importData(pack.readAll(), QStringLiteral("talysh-national-movement.json"),
            database(QStringLiteral("bundled")), KnowledgeBase::OpenMode::CreateOrOpen);
        QVERIFY2(r.ok(), qPrintable(r.error));
        m_server = std::move(r.base);
    }

    void topTenAsTheFileDoes()
    {
        struct Case
        {
            const char *text;
            bool prefix;
        };
        // Names in several scripts and spellings; prose in other forms than the texts write it; word beginnings
        // being typed; filters of kind, dates, section and source, alone and together.
        const Case cases[] = { { "Hummatov", false }, { "Гумматов", false }, { "Hümmətov", false },
            { "Аликрам Гумматов", false }, { "Talysh", false }, { "Талыш", false }, { "Talış", false },
            { "Tolysh", false }, { "UNPO", false }, { "The Hague", false }, { "Əlikram", false }, { "arrests", false },
            { "emigration", false }, { "languages", false }, { "independence", false }, { "arrested in Baku", false },
            { "language rights", false }, { "autonomous republic", false }, { "elections", false },
            { "talysh national movement", false }, { "indep", true }, { "Hum", true }, { "repub", true },
            { "kind:person arrests", false }, { "kind:event 1993", false }, { "1993..2008 republic", false },
            { "before:2004 talysh", false }, { "after:2000 arrests", false }, { "in:History talysh", false },
            { "source:unpo talysh", false }, { "kind:organization movement", false }, { "kind:place Lankaran", false },
            { "O'Brien \"Talysh\" (OR) AND;--", false }, { "ТАЛЫШ тал", true } };
        int nonEmpty = 0;
        for (const Case &c : cases) {
            SearchQuery query;
            query.text = QString::fromUtf8(c.text);
            query.prefix = c.prefix;
            query.limit = 10;
            const QString difference = compare(query);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
            nonEmpty += m_file->search().search(query).isEmpty() ? 0 : 1;
        }
        // For the record (docs/SERVER.md): each engine's time for the whole set.
        for (const KnowledgeBase *kb : { m_file.get(), m_server.get() }) {
            QElapsedTimer timer;
            timer.start();
            for (const Case &c : cases) {
                SearchQuery query;
                query.text = QString::fromUtf8(c.text);
                query.prefix = c.prefix;
                query.limit = 10;
                kb->search().search(query);
            }
            qInfo("%s: %d queries in %lld ms", kb == m_file.get() ? "file" : "server", int(std::size(cases)),
                qint64(timer.elapsed()));
        }
        // The set means something: nearly every query finds something, prose words in other forms included.
        QVERIFY2(nonEmpty >= int(std::size(cases)) - 3, qPrintable(QString::number(nonEmpty)));
        for (const char *prose : { "arrests", "emigration", "languages", "independence" }) {
            SearchQuery query;
            query.text = QString::fromUtf8(prose);
            query.prefix = false;
            QVERIFY2(!m_server->search().search(query).isEmpty(), prose);
        }
    }

    void didYouMeanAsTheFileDoes()
    {
        for (const char *typed : { "Humatov", "independance", "emigraton", "Talish nationl", "arests", "Abilof" }) {
            const QString q = QString::fromUtf8(typed);
            QCOMPARE(m_server->search().didYouMean(q), m_file->search().didYouMean(q));
        }
        QVERIFY(!m_server->search().didYouMean(QStringLiteral("Humatov")).isEmpty());
    }

    void filterCompletionsAsTheFileDoes()
    {
        for (const char *typed :
            { "in:", "in:H", "talysh in:Hi", "source:", "source:u", "kind:p", "arrests before:" }) {
            QStringList a, b;
            for (const Suggestion &s : m_file->search().suggest(QString::fromUtf8(typed), 10))
                a << s.completion;
            for (const Suggestion &s : m_server->search().suggest(QString::fromUtf8(typed), 10))
                b << s.completion;
            QCOMPARE(b, a);
        }
        QVERIFY(!m_server->search().suggest(QStringLiteral("in:"), 10).isEmpty());
        QVERIFY(!m_server->search().suggest(QStringLiteral("source:"), 10).isEmpty());
    }

    void termsFollowEditsAndUpgrades()
    {
        // Written through the store: a summary's words are found, in another form too, and the old ones go.
        const QString url = database(QStringLiteral("edits"));
        StoreError err;
        auto kb = KnowledgeBase::open(url, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        SearchQuery query;
        query.prefix = false;
        const auto finds = [&](const QString &text) {
            query.text = text;
            for (const SearchHit &h : kb->search().search(query)) {
                if (h.id == QStringLiteral("person/alikram-hummatov"))
                    return true;
            }
            return false;
        };
        QVERIFY(finds(QStringLiteral("heads")));
        Entity e = *kb->entity(QStringLiteral("person/alikram-hummatov"));
        e.summary = QStringLiteral("He emigrated to the Netherlands in 1990.");
        QVERIFY2(kb->upsertEntity(e, &err), qPrintable(err.message));
        QVERIFY(finds(QStringLiteral("emigration")));
        QVERIFY(finds(QStringLiteral("netherlands")));
        QVERIFY(!finds(QStringLiteral("heads")));
        kb.reset();

        // A base from before the terms: opening it computes them for the rows already there.
        QVERIFY(m_cluster.psql(QStringLiteral("edits"),
            QStringLiteral("DROP TABLE search_term; DROP TABLE search_section_term; DROP TABLE search_word;"
                           " UPDATE meta SET value='3' WHERE key='schema_version'")));
        kb = KnowledgeBase::open(url, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QCOMPARE(kb->meta(QStringLiteral("schema_version")), QString::number(ServerSchema::version));
        QVERIFY(finds(QStringLiteral("emigrating")));
        QString unindexed;
        QVERIFY(m_cluster.psql(QStringLiteral("edits"),
            QStringLiteral("SELECT count(*) FROM entity WHERE summary <> '' AND NOT EXISTS"
                           " (SELECT 1 FROM search_term WHERE entity = rowid AND col = 2)"),
            &unindexed));
        QCOMPARE(unindexed.trimmed(), QStringLiteral("0"));
        kb.reset();

        // The team's roles reach the search tables: an editor's edit writes its terms, a reader finds them.
        QVERIFY(m_cluster.psql(QStringLiteral("edits"),
            QStringLiteral(
                "CREATE ROLE ann LOGIN IN ROLE edits_reader; CREATE ROLE carol LOGIN IN ROLE edits_editor")));
        auto editor = KnowledgeBase::open(
            m_cluster.url(QStringLiteral("edits"), QStringLiteral("carol")), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(editor && !editor->isReadOnly(), qPrintable(err.message));
        e.summary = QStringLiteral("He campaigned for minority languages.");
        QVERIFY2(editor->upsertEntity(e, &err), qPrintable(err.message));
        kb = KnowledgeBase::open(
            m_cluster.url(QStringLiteral("edits"), QStringLiteral("ann")), KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb && kb->isReadOnly(), qPrintable(err.message));
        QVERIFY(finds(QStringLiteral("campaigning language")));
        QVERIFY(!finds(QStringLiteral("emigration")));
        QCOMPARE(kb->search().didYouMean(QStringLiteral("Hummatof")).value(0), QStringLiteral("Hummatov"));
    }
};

QTEST_GUILESS_MAIN(TestServerSearch)
#include "test_serversearch.moc"
