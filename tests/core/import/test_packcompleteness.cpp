// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped pack against the seed article: every person, organization and place the article names is an
// entity; every citation is a verbatim sentence of the section it names; every section of the pack's copy
// of the article reads exactly as the article once its links are removed; every link resolves.
#include <core/import/articleimporter.h>
#include <core/import/packreader.h>
#include <core/model/wikilink.h>

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace tkb;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
QString squash(QString s)
{
    return s.simplified();
}
} // namespace

class TestPackCompleteness : public QObject
{
    Q_OBJECT
    KnowledgePack m_pack;
    SourceDocument m_seedDoc;
    QString m_seedText;
    QHash<QString, const Entity *> m_byId;

private Q_SLOTS:
    void initTestCase()
    {
        ImportError err;
        auto pack = PackReader::readFile(
            QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"), &err);
        QVERIFY2(pack, qPrintable(err.toString()));
        m_pack = *pack;
        const QByteArray seed = readAll(QStringLiteral(TALYSHKB_SEED_DIR "/talysh-national-movement.txt"));
        m_seedText = QString::fromUtf8(seed);
        auto seedPack = ArticleImporter::parse(seed, QStringLiteral("seed"), &err);
        QVERIFY2(seedPack, qPrintable(err.toString()));
        m_seedDoc = seedPack->sources.first();
        for (const Entity &e : std::as_const(m_pack.entities))
            m_byId.insert(e.id, &e);
    }

    void everyNamedThingIsAnEntity_data()
    {
        QTest::addColumn<QString>("inArticle");
        QTest::addColumn<QString>("id");
        // People
        QTest::newRow("Alikram Hummatov") << "Alikram Hummatov" << "person/alikram-hummatov";
        QTest::newRow("Fahraddin Abbaszadeh") << "Fahraddin Abbaszadeh" << "person/fahraddin-abbaszadeh";
        QTest::newRow("F. Abbaszadeh") << "F. Abbaszadeh" << "person/fahraddin-abbaszadeh";
        QTest::newRow("Novruzali Mammadov") << "Novruzali Mammadov" << "person/novruzali-mammadov";
        QTest::newRow("Hilal Mammadov") << "Hilal Mammadov" << "person/hilal-mammadov";
        QTest::newRow("Atakhan Abilov") << "Atakhan Abilov" << "person/atakhan-abilov";
        QTest::newRow("Elvin Isaev") << "Elvin Isaev" << "person/elvin-isaev";
        // Organizations
        QTest::newRow("Talysh National Movement")
            << "Talysh National Movement" << "organization/talysh-national-movement";
        QTest::newRow("TNM") << "TNM" << "organization/talysh-national-movement";
        QTest::newRow("TMH") << "TMH" << "organization/talysh-national-movement";
        QTest::newRow("Talysh-Mughan Autonomous Republic")
            << "Talysh-Mughan Autonomous Republic" << "organization/talysh-mughan-autonomous-republic";
        QTest::newRow("TMAR") << "TMAR" << "organization/talysh-mughan-autonomous-republic";
        QTest::newRow("UNPO") << "Unrepresented Nations and Peoples Organization"
                              << "organization/unrepresented-nations-and-peoples-organization";
        QTest::newRow("UNPO abbr") << "UNPO" << "organization/unrepresented-nations-and-peoples-organization";
        QTest::newRow("UNPO other name") << "Organization of Nations and Peoples without Representation"
                                         << "organization/unrepresented-nations-and-peoples-organization";
        QTest::newRow("Council of Europe") << "Council of Europe" << "organization/council-of-europe";
        QTest::newRow("European Parliament") << "European Parliament" << "organization/european-parliament";
        QTest::newRow("Amnesty International") << "Amnesty International" << "organization/amnesty-international";
        QTest::newRow("UNESCO") << "UNESCO" << "organization/unesco";
        QTest::newRow("People's Mejlis") << "People's Mejlis of the Talysh-Mughan Autonomous Republic"
                                         << "organization/peoples-mejlis-of-the-tmar";
        QTest::newRow("Gummat movement") << "Gummat movement" << "organization/gummat-movement";
        QTest::newRow("Aliyev government") << "Aliyev government" << "organization/azerbaijani-government";
        QTest::newRow("Russian authorities") << "Russian authorities" << "organization/russian-authorities";
        QTest::newRow("political council") << "political council of 15 people" << "organization/tnm-political-council";
        QTest::newRow("government in exile") << "government of the Talysh-Mughan Autonomous Republic in exile"
                                             << "organization/tmar-government-in-exile";
        // Places
        QTest::newRow("Netherlands") << "Netherlands" << "place/netherlands";
        QTest::newRow("The Hague") << "The Hague" << "place/the-hague";
        QTest::newRow("Azerbaijan") << "Azerbaijan" << "place/azerbaijan";
        QTest::newRow("Russia") << "Russia" << "place/russia";
        QTest::newRow("Baku") << "Baku" << "place/baku";
        QTest::newRow("European countries") << "European countries" << "place/europe";
        QTest::newRow("Talish (region)") << "Talish (region)" << "place/talish-region";
        QTest::newRow("Talish-i Gushtasbi") << "Talish-i Gushtasbi" << "place/talish-i-gushtasbi";
    }
    void everyNamedThingIsAnEntity()
    {
        QFETCH(QString, inArticle);
        QFETCH(QString, id);
        QVERIFY2(m_seedText.contains(inArticle), "the test's name must be the article's own words");
        QVERIFY2(m_byId.contains(id), qPrintable(id));
        const Entity *e = m_byId.value(id);
        QVERIFY(!e->citations.isEmpty());
        // Some section of the pack's article links these words to this entity, or it is the name/an alias.
        bool found = e->name == inArticle;
        for (const Alias &a : e->aliases)
            found |= a.text == inArticle;
        for (const Section &s : m_pack.sources.first().sections) {
            for (const WikiLink &l : WikiLink::parse(s.text))
                found |= l.target == id && (l.label == inArticle || inArticle.contains(l.label));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("\"%1\" is not linked to or named as %2").arg(inArticle, id)));
    }

    void everyEventTheArticleDatesIsThere_data()
    {
        QTest::addColumn<QString>("iso");
        for (const char *d : { "1993", "1993-08-16/1993-08-31", "1995", "2004", "2005", "2007", "2007-06-26", "2008",
                 "2008-03-01", "2014-06-29", "2015-05-05", "2018-07", "2018-07-15", "2019-01-01/2019-04-30" })
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void everyEventTheArticleDatesIsThere()
    {
        QFETCH(QString, iso);
        QStringList seen;
        for (const Entity &e : std::as_const(m_pack.entities)) {
            if (e.kind == EntityKind::Event && e.date().isValid())
                seen << e.date().iso();
        }
        QVERIFY2(seen.contains(iso), qPrintable(seen.join(u',')));
    }

    void hasGoalsAndProblems()
    {
        int goals = 0, topics = 0;
        for (const Entity &e : std::as_const(m_pack.entities)) {
            goals += e.kind == EntityKind::Goal;
            topics += e.kind == EntityKind::Topic;
        }
        QVERIFY(goals >= 5);
        QVERIFY(topics >= 5);
    }

    void citationsAreVerbatim()
    {
        auto sectionText = [this](const QString &title) -> QString {
            if (title == QLatin1String("Infobox")) {
                QStringList lines;
                for (const Attribute &a : m_seedDoc.infobox)
                    lines << a.key + QStringLiteral(": ") + a.value;
                return lines.join(u'\n');
            }
            const Section *s = m_seedDoc.section(title.isEmpty() ? QStringLiteral("lead") : title);
            return s ? s->text : QString();
        };
        auto check = [&](const Citation &c, const QString &owner) {
            if (!c.isValid())
                return;
            const QString text = sectionText(c.section);
            QVERIFY2(!text.isEmpty(), qPrintable(owner + QStringLiteral(": no section \"") + c.section + u'"'));
            QVERIFY2(squash(text).contains(squash(c.sentence)),
                qPrintable(owner + QStringLiteral(": not verbatim: ") + c.sentence));
        };
        int n = 0;
        for (const Entity &e : std::as_const(m_pack.entities)) {
            QVERIFY2(!e.citations.isEmpty(), qPrintable(e.id + QStringLiteral(" has no citation")));
            for (const Citation &c : e.citations) {
                check(c, e.id);
                ++n;
            }
            for (const Attribute &a : e.attributes) {
                for (const Citation &c : a.citations)
                    check(c, e.id);
            }
        }
        for (const Relation &r : std::as_const(m_pack.relations)) {
            QVERIFY2(!r.citations.isEmpty(), qPrintable(r.subject + u' ' + r.predicate + u' ' + r.object));
            for (const Citation &c : r.citations)
                check(c, r.subject + u' ' + r.predicate);
        }
        QVERIFY(n > 50);
    }

    void articleSectionsMatchTheSeed()
    {
        const SourceDocument &doc = m_pack.sources.first();
        QCOMPARE(doc.sections.size(), m_seedDoc.sections.size());
        for (qsizetype i = 0; i < doc.sections.size(); ++i) {
            QCOMPARE(doc.sections[i].title, m_seedDoc.sections[i].title);
            if (doc.sections[i].title == QLatin1String("See also"))
                continue; // the importer turns entries into its own topic links
            QCOMPARE(squash(WikiLink::stripMarkup(doc.sections[i].text)), squash(m_seedDoc.sections[i].text));
        }
        QCOMPARE(doc.infobox.size(), m_seedDoc.infobox.size());
    }

    void everyLinkResolves()
    {
        QSet<QString> ids;
        for (const Entity &e : std::as_const(m_pack.entities))
            ids.insert(e.id);
        auto check = [&](const QString &text, const QString &owner) {
            for (const WikiLink &l : WikiLink::parse(text))
                QVERIFY2(ids.contains(l.target), qPrintable(owner + QStringLiteral(" -> ") + l.target));
        };
        for (const Entity &e : std::as_const(m_pack.entities)) {
            check(e.body, e.id);
            check(e.summary, e.id);
        }
        for (const Section &s : m_pack.sources.first().sections)
            check(s.text, s.title);
        for (const Relation &r : std::as_const(m_pack.relations)) {
            QVERIFY2(ids.contains(r.subject), qPrintable(r.subject));
            QVERIFY2(ids.contains(r.object), qPrintable(r.object));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackCompleteness)
#include "test_packcompleteness.moc"
