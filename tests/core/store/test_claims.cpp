// SPDX-License-Identifier: GPL-3.0-or-later
// Claims in the store and in packs: qualifiers, several citations, periods, competing dates and source details
// survive a write and a read, in the file and in pack format 2; format 1 still reads; bad qualifiers are refused
// with a clear error.
#include <core/document/articlesource.h>
#include <core/import/packreader.h>
#include <core/model/claimjson.h>
#include <core/store/knowledgebase.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"

using namespace tkb;
using tkbtest::cite;

namespace {

FuzzyDate edtf(const QString &notation)
{
    QString why;
    const FuzzyDate d = FuzzyDate::fromEdtf(notation, {}, &why);
    if (!d.isValid())
        qFatal("bad test date %s: %s", qPrintable(notation), qPrintable(why));
    return d;
}

// The small pack with a claim of every shape on it.
KnowledgePack claimsPack()
{
    KnowledgePack p = tkbtest::smallPack();
    Entity &person = p.entities[0];
    person.aliases[0].qualifiers.note = QStringLiteral("spelling of the Azerbaijani press");
    person.aliases[1].citations = { cite(QStringLiteral("He heads it.")) };
    Attribute role { QStringLiteral("role"), QStringLiteral("chairman"),
        { cite(QStringLiteral("He heads it.")), cite(QStringLiteral("Since 2007")) } };
    role.qualifiers.former = true;
    role.from = FuzzyDate::year(1993);
    person.attributes << role;
    Attribute hq { QStringLiteral("headquarters"), QStringLiteral("The Hague"), { cite(QStringLiteral("The Hague")) } };
    hq.qualifiers = Qualifiers { ClaimStatus::Reported, QStringLiteral("organization/tnm"), false,
        QStringLiteral("\"is considered to be\"") };
    person.attributes << hq;
    for (Entity &e : p.entities) {
        if (e.id == QStringLiteral("event/joined-unpo")) {
            // Two sources, two dates: both kept, neither wins.
            e.dates = { DateClaim { FuzzyDate::day(QDate(2007, 6, 26)), {}, { cite(QStringLiteral("joined")) } },
                DateClaim { edtf(QStringLiteral("2007-06")),
                    Qualifiers { ClaimStatus::Disputed, {}, false, QStringLiteral("a later report") },
                    { cite(QStringLiteral("Since 2007")) } } };
        }
    }
    Relation member { p.entities[0].id, QStringLiteral("member-of"), QStringLiteral("organization/tnm"),
        edtf(QStringLiteral("2014-06-29/..")), {}, { cite(QStringLiteral("joined")) } };
    member.qualifiers.status = ClaimStatus::Ambiguous;
    member.qualifiers.note = QStringLiteral("the head of the Gummat movement");
    p.relations << member;
    Relation chair { p.entities[0].id, QStringLiteral("chairman-of"), QStringLiteral("organization/tnm"), {}, {},
        { cite(QStringLiteral("He heads it.")) } };
    chair.qualifiers.former = true;
    p.relations << chair;
    p.sources[0].author = QStringLiteral("A. Author");
    p.sources[0].publisher = QStringLiteral("A Publisher");
    p.sources[0].date = FuzzyDate::month(2019, 3);
    p.sources[0].url = QStringLiteral("https://example.org/report");
    p.sources[0].language = QStringLiteral("en");
    return p;
}

QByteArray packJson(const KnowledgePack &p)
{
    QJsonArray sources, entities, relations;
    for (const SourceDocument &s : p.sources)
        sources.append(ClaimJson::toJson(s));
    for (const Entity &e : p.entities)
        entities.append(ClaimJson::toJson(e));
    for (const Relation &r : p.relations)
        relations.append(ClaimJson::toJson(r));
    return QJsonDocument(QJsonObject { { QStringLiteral("format"), QStringLiteral("talysh-kb-pack") },
                             { QStringLiteral("formatVersion"), 2 }, { QStringLiteral("id"), p.id },
                             { QStringLiteral("title"), p.title }, { QStringLiteral("sources"), sources },
                             { QStringLiteral("entities"), entities }, { QStringLiteral("relations"), relations } })
        .toJson();
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void storeKeepsEveryClaim()
    {
        const KnowledgePack p = claimsPack();
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("claims.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY2(kb->importPack(p, &err), qPrintable(err.message));
        for (const Entity &e : p.entities) {
            const auto back = kb->entity(e.id);
            QVERIFY(back);
            QCOMPARE(ClaimJson::toJson(*back), ClaimJson::toJson(e));
            QVERIFY(*back == e);
        }
        const auto event = kb->entity(QStringLiteral("event/joined-unpo"));
        QCOMPARE(event->dates.size(), 2);
        QCOMPARE(event->date(), FuzzyDate::month(2007, 6)); // the earlier-starting, wider one sorts first
        const QList<Relation> rels = kb->relations(p.entities[0].id);
        const auto find = [&](const QString &predicate) {
            for (const Relation &r : rels) {
                if (r.predicate == predicate)
                    return r;
            }
            return Relation {};
        };
        QCOMPARE(find(QStringLiteral("member-of")).qualifiers.status, ClaimStatus::Ambiguous);
        QVERIFY(find(QStringLiteral("member-of")).from.hasOpenEnd());
        QVERIFY(find(QStringLiteral("chairman-of")).qualifiers.former);
        QVERIFY(!find(QStringLiteral("chairman-of")).to.isValid()); // former, and no end invented
        const auto source = kb->source(QStringLiteral("source/test-article"));
        QCOMPARE(source->author, QStringLiteral("A. Author"));
        QCOMPARE(source->date, FuzzyDate::month(2019, 3));
        QCOMPARE(source->url, QStringLiteral("https://example.org/report"));
    }

    void anAddedSourceNeverBecomesTheArticle()
    {
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("primary.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb && kb->importPack(tkbtest::smallPack(), &err), qPrintable(err.message));
        QCOMPARE(ArticleSource::primaryId(kb.get()), QStringLiteral("source/test-article"));
        // A report whose id sorts first, added later (as `apply` adds sources: a pack without an id).
        KnowledgePack later;
        SourceDocument report;
        report.id = QStringLiteral("source/a-report");
        report.title = QStringLiteral("A report");
        report.sections = { Section { QStringLiteral("lead"), QString(), QStringLiteral("Text.") } };
        later.sources = { report };
        QVERIFY2(kb->importPack(later, &err), qPrintable(err.message));
        QCOMPARE(kb->sources().first().id, QStringLiteral("source/a-report"));
        QCOMPARE(ArticleSource::primaryId(kb.get()), QStringLiteral("source/test-article"));
        QCOMPARE(ArticleSource::find(kb.get(), {})->id, QStringLiteral("source/test-article"));
    }

    void packFormatTwoRoundTrips()
    {
        const KnowledgePack p = claimsPack();
        ImportError error;
        const auto back = PackReader::read(packJson(p), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->entities.size(), p.entities.size());
        for (qsizetype i = 0; i < p.entities.size(); ++i)
            QVERIFY2(back->entities[i] == p.entities[i], qPrintable(p.entities[i].id));
        QVERIFY(back->relations == p.relations);
        QVERIFY(back->sources == p.sources);
    }

    void formatOneStillReads()
    {
        const QByteArray v1 = R"({"format": "talysh-kb-pack", "formatVersion": 1, "sources": [],
            "entities": [{"id": "event/e", "kind": "event", "name": "E",
                          "date": {"start": "1993-08-16", "end": "1993-08-31", "precision": "range", "text": "t"},
                          "attributes": [{"key": "k", "value": "v", "citation": {"source": "source/s", "section": "",
                                          "sentence": "said"}}]}],
            "relations": []})";
        ImportError error;
        const auto pack = PackReader::read(v1, &error);
        QVERIFY2(pack, qPrintable(error.toString()));
        const Entity &e = pack->entities.value(0);
        QCOMPARE(e.dates.size(), 1);
        QCOMPARE(e.date().iso(), QStringLiteral("1993-08-16/1993-08-31"));
        QCOMPARE(e.attributes.value(0).citations.size(), 1);
        QCOMPARE(e.attributes.value(0).citations.value(0).sentence, QStringLiteral("said"));
    }

    void badQualifiersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("relation");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown status") << QByteArray(R"("status": "rumour")") << "status \"rumour\" is not stated";
        QTest::newRow("reported by nobody")
            << QByteArray(R"("status": "reported")") << "a reported claim needs \"accordingTo\"";
        QTest::newRow("former not a flag") << QByteArray(R"("former": "yes")") << "\"former\" must be true or false";
        QTest::newRow("bad date") << QByteArray(R"("from": {"edtf": "2019-13"})") << "2019-13";
        QTest::newRow("citation without sentence")
            << QByteArray(R"("citations": [{"source": "source/s", "section": ""}])")
            << "a citation needs a source and a sentence";
    }

    void badQualifiersAreRefused()
    {
        QFETCH(QByteArray, relation);
        QFETCH(QString, message);
        const QByteArray json = R"({"format": "talysh-kb-pack", "formatVersion": 2, "sources": [], "entities": [],
            "relations": [{"subject": "person/a", "predicate": "knows", "object": "person/b", )"
            + relation + "}]}";
        ImportError error;
        QVERIFY(!PackReader::read(json, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("person/a knows person/b")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "test_claims.moc"
