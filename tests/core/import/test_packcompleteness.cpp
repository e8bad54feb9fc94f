// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped pack against the seed article: every person, organization and place the article names is an
// entity; every claim rests on a citation that is a verbatim sentence of the section it names; every section of
// the pack's copy of the article reads exactly as the article once its links are removed; every link resolves;
// and the errors issue 17 found reading the pack against the article stay corrected (hedged statements carry
// who says them, dates no bound the article does not give, ambiguous readings a note quoting the words).
#include <core/import/articleimporter.h>
#include <core/import/packreader.h>
#include <core/model/wikilink.h>

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

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
const QString kArticle = QStringLiteral("source/talysh-national-movement-article");
const QString kTnm = QStringLiteral("organization/talysh-national-movement");
const QString kUnpo = QStringLiteral("organization/unrepresented-nations-and-peoples-organization");
const QString kHummatov = QStringLiteral("person/alikram-hummatov");
const QString kAbbaszadeh = QStringLiteral("person/fahraddin-abbaszadeh");
bool cites(const QList<Citation> &cs, QStringView words)
{
    return std::any_of(cs.cbegin(), cs.cend(), [&](const Citation &c) { return c.sentence.contains(words); });
}
} // namespace

class TestPackCompleteness : public QObject
{
    Q_OBJECT
    KnowledgePack m_pack;
    SourceDocument m_seedDoc;
    QString m_seedText;
    QHash<QString, const Entity *> m_byId;

    QList<const Relation *> relations(const QString &subject, const QString &predicate, const QString &object) const
    {
        QList<const Relation *> out;
        for (const Relation &r : m_pack.relations) {
            if (r.subject == subject && r.predicate == predicate && r.object == object)
                out << &r;
        }
        return out;
    }
    // Exactly one such relation, or a failure naming it.
    const Relation *relation(const QString &subject, const QString &predicate, const QString &object) const
    {
        const auto rs = relations(subject, predicate, object);
        if (rs.size() != 1)
            qWarning("%d relations %s %s %s", int(rs.size()), qPrintable(subject), qPrintable(predicate),
                qPrintable(object));
        return rs.size() == 1 ? rs.first() : nullptr;
    }
    // Every passage the note puts in double quotes that is the article's (some quote a reading, not the text):
    // an ambiguous claim must quote at least one, so a reader sees the words the reading rests on.
    int quotesFromTheArticle(const QString &note) const
    {
        int n = 0;
        static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
        for (auto it = quoted.globalMatch(note); it.hasNext();) {
            bool all = true;
            for (const QString &piece : it.next().captured(1).split(QStringLiteral(" ... ")))
                all = all && m_seedText.contains(piece.trimmed());
            n += all;
        }
        return n;
    }
    // Visits every claim of the pack: aliases (with their text), attributes, date claims and relations.
    template <typename F> void forEachClaim(F &&f) const
    {
        for (const Entity &e : m_pack.entities) {
            for (const Alias &a : e.aliases)
                f(e.id + QStringLiteral(" alias ") + a.text, a.qualifiers, a.citations, a.text);
            for (const Attribute &a : e.attributes)
                f(e.id + QStringLiteral(" attribute ") + a.key, a.qualifiers, a.citations, QString());
            for (const DateClaim &d : e.dates)
                f(e.id + QStringLiteral(" date ") + d.date.edtf(), d.qualifiers, d.citations, QString());
        }
        for (const Relation &r : m_pack.relations)
            f(r.subject + u' ' + r.predicate + u' ' + r.object, r.qualifiers, r.citations, QString());
    }

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
        // Not a group: the words most likely garble "the head of the movement, Gummatov" (issue 17).
        QTest::newRow("head of the Gummat movement") << "the head of the Gummat movement" << "person/alikram-hummatov";
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
                 "2008-03-01", "2014-06-29", "2015-05-05", "2018-07", "2018-07-15", "2019-early" })
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void everyEventTheArticleDatesIsThere()
    {
        QFETCH(QString, iso);
        QStringList seen;
        for (const Entity &e : std::as_const(m_pack.entities)) {
            for (const DateClaim &d : e.dates) {
                if (e.kind == EntityKind::Event && d.date.isValid())
                    seen << d.date.edtf();
            }
        }
        QVERIFY2(seen.contains(iso), qPrintable(seen.join(u',')));
    }

    void everyDateIsCitedInTheArticlesWords()
    {
        int n = 0;
        for (const Entity &e : std::as_const(m_pack.entities)) {
            for (const DateClaim &d : e.dates) {
                QVERIFY2(d.date.isValid(), qPrintable(e.id));
                QVERIFY2(!d.date.text().isEmpty() && m_seedText.contains(d.date.text()), qPrintable(e.id));
                QVERIFY2(cites(d.citations, d.date.text()),
                    qPrintable(e.id + QStringLiteral(": no citation says ") + d.date.text()));
                ++n;
            }
        }
        QCOMPARE(n, 16);
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
        }
        QVERIFY(n > 50);
        int claims = 0;
        forEachClaim([&](const QString &owner, const Qualifiers &, const QList<Citation> &cs, const QString &) {
            for (const Citation &c : cs) {
                QVERIFY2(c.isValid(), qPrintable(owner));
                QCOMPARE(c.source, kArticle);
                check(c, owner);
                ++claims;
            }
        });
        QVERIFY(claims > 150);
    }

    // Every attribute, date and relation rests on a passage; so does every alias the article itself uses. The
    // other aliases are spellings in other languages and scripts, for search, that the article does not contain.
    void everyClaimHasACitation()
    {
        int uncitedSpellings = 0;
        forEachClaim([&](const QString &owner, const Qualifiers &, const QList<Citation> &cs, const QString &text) {
            if (text.isEmpty()) {
                QVERIFY2(!cs.isEmpty(), qPrintable(owner + QStringLiteral(" has no citation")));
                return;
            }
            for (const Citation &c : cs)
                QVERIFY2(c.sentence.contains(text), qPrintable(owner + QStringLiteral(": the passage lacks it")));
            // "Azerbaijani" is in the article only as the government's adjective, never as the language.
            const bool inArticle = QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(text)))
                                       .match(m_seedText)
                                       .hasMatch()
                && text != QLatin1String("Azerbaijani");
            if (inArticle)
                QVERIFY2(!cs.isEmpty(), qPrintable(owner + QStringLiteral(": the article uses it; cite where")));
            uncitedSpellings += cs.isEmpty();
        });
        QVERIFY(uncitedSpellings > 20); // the transliterations: the loop saw the aliases at all
    }

    // The qualifiers mean what the format says: a reported claim or an opinion says whose; an ambiguous reading
    // quotes the words it reads; "former" is an unknown end, so it never comes with one.
    void qualifiersAreComplete()
    {
        QSet<QString> ids;
        for (const Entity &e : std::as_const(m_pack.entities))
            ids.insert(e.id);
        int hedged = 0;
        forEachClaim([&](const QString &owner, const Qualifiers &q, const QList<Citation> &, const QString &) {
            if (q.status == ClaimStatus::Reported || q.status == ClaimStatus::Opinion) {
                QVERIFY2(
                    !q.accordingTo.trimmed().isEmpty(), qPrintable(owner + QStringLiteral(": according to whom?")));
                ++hedged;
            }
            if (q.accordingTo.contains(u'/') && !q.accordingTo.contains(u' '))
                QVERIFY2(ids.contains(q.accordingTo), qPrintable(owner + QStringLiteral(" -> ") + q.accordingTo));
            if (q.status == ClaimStatus::Ambiguous)
                QVERIFY2(quotesFromTheArticle(q.note) > 0, qPrintable(owner + QStringLiteral(": ") + q.note));
        });
        QVERIFY(hedged >= 10);
        for (const Relation &r : std::as_const(m_pack.relations)) {
            if (r.qualifiers.former)
                QVERIFY2(!r.to.isValid(), qPrintable(r.subject + u' ' + r.predicate));
        }
    }

    // Issue 17: "where the head of the Gummat movement lives" names no group; the pack keeps the words, links
    // the likely referent and says the reading is ambiguous.
    void noGummatMovement()
    {
        const QString gone = QStringLiteral("organization/gummat-movement");
        QVERIFY(!m_byId.contains(gone));
        for (const Relation &r : std::as_const(m_pack.relations)) {
            QVERIFY(r.subject != gone && r.object != gone);
            QVERIFY(r.qualifiers.accordingTo != gone);
        }
        auto noLink = [&](const QString &text, const QString &owner) {
            for (const WikiLink &l : WikiLink::parse(text))
                QVERIFY2(l.target != gone, qPrintable(owner));
        };
        for (const Entity &e : std::as_const(m_pack.entities)) {
            noLink(e.body, e.id);
            noLink(e.summary, e.id);
        }
        const Section *history = m_pack.sources.first().section(QStringLiteral("History"));
        QVERIFY(history);
        noLink(history->text, history->title);
        QVERIFY(history->text.contains(
            QStringLiteral("where [[person/alikram-hummatov|the head of the Gummat movement]] lives")));

        const Relation *lives = relation(kHummatov, QStringLiteral("based-in"), QStringLiteral("place/the-hague"));
        QVERIFY(lives);
        QCOMPARE(lives->qualifiers.status, ClaimStatus::Ambiguous);
        QVERIFY(lives->qualifiers.note.contains(QStringLiteral("where the head of the Gummat movement lives")));
        QVERIFY(lives->qualifiers.note.contains(QStringLiteral("Gummatov")));
        QVERIFY(cites(lives->citations, u"where the head of the Gummat movement lives"));
        // Gummatov is a spelling the pack already gives him.
        const Entity *hummatov = m_byId.value(kHummatov);
        QVERIFY(std::any_of(hummatov->aliases.cbegin(), hummatov->aliases.cend(),
            [](const Alias &a) { return a.text.contains(QLatin1String("Gummatov")); }));
    }

    void headquartersIsReported()
    {
        const Relation *hq = relation(kTnm, QStringLiteral("headquartered-in"), QStringLiteral("place/the-hague"));
        QVERIFY(hq);
        QCOMPARE(hq->qualifiers.status, ClaimStatus::Reported);
        QVERIFY(!hq->qualifiers.accordingTo.isEmpty());
        QVERIFY(cites(hq->citations, u"is considered to be The Hague"));
    }

    // "at the beginning of 2019 extradited": a part of a year, no invented end.
    void extraditionIsEarly2019()
    {
        const Entity *e = m_byId.value(QStringLiteral("event/abbaszadeh-extradition-2019"));
        QVERIFY(e);
        QCOMPARE(e->dates.size(), 1);
        QCOMPARE(e->dates.first().date.edtf(), QStringLiteral("2019-early"));
        QCOMPARE(e->date().edtf(), QStringLiteral("2019-early"));
        QCOMPARE(e->dates.first().date.text(), QStringLiteral("beginning of 2019"));
        const Relation *r = relation(kAbbaszadeh, QStringLiteral("extradited-to"), QStringLiteral("place/azerbaijan"));
        QVERIFY(r);
        QCOMPARE(r->from.edtf(), QStringLiteral("2019-early"));
        QVERIFY(!r->to.isValid());
    }

    void abbaszadehAsTheArticleHasHim()
    {
        // The *former* chairman of the People's Mejlis, end unknown.
        const Relation *chair = relation(
            kAbbaszadeh, QStringLiteral("chairman-of"), QStringLiteral("organization/peoples-mejlis-of-the-tmar"));
        QVERIFY(chair);
        QVERIFY(chair->qualifiers.former);
        QVERIFY(!chair->to.isValid());
        const Entity *ab = m_byId.value(kAbbaszadeh);
        for (const Attribute &a : ab->attributes) {
            if (a.value.contains(QLatin1String("People's Mejlis")))
                QVERIFY2(a.qualifiers.former, qPrintable(a.value));
        }
        // "An important role in the movement is played by ..."
        const Relation *role = relation(kAbbaszadeh, QStringLiteral("participated-in"), kTnm);
        QVERIFY(role);
        QVERIFY(cites(role->citations, u"An important role in the movement is played by"));
        // "returned to his homeland in 2005": the article names no homeland; the place is a reading, said so.
        const Relation *back = relation(
            QStringLiteral("event/abbaszadeh-return-2005"), QStringLiteral("located-in"), QStringLiteral("place/baku"));
        QVERIFY(back);
        QCOMPARE(back->qualifiers.status, ClaimStatus::Ambiguous);
        QVERIFY(back->qualifiers.note.contains(QStringLiteral("his homeland")));
        QVERIFY(relations(QStringLiteral("event/abbaszadeh-return-2005"), QStringLiteral("located-in"),
            QStringLiteral("place/azerbaijan"))
                .isEmpty());
    }

    // The article calls Hummatov President of the TMAR in its account of 1993, not today.
    void hummatovPresidencyIsOf1993()
    {
        const Entity *h = m_byId.value(kHummatov);
        QVERIFY(h);
        const QString summary = h->summary;
        QVERIFY(!summary.contains(QStringLiteral("and President of the Talysh-Mughan Autonomous Republic")));
        if (summary.contains(QLatin1String("President of the T")))
            QVERIFY2(summary.contains(QLatin1String("1993")), qPrintable(summary));
        const Relation *pres = relation(kHummatov, QStringLiteral("president-of"),
            QStringLiteral("organization/talysh-mughan-autonomous-republic"));
        QVERIFY(pres);
        QVERIFY(pres->qualifiers.note.contains(QLatin1String("1993")));
        QVERIFY(!pres->from.isValid() && !pres->to.isValid()); // the article gives neither
    }

    // Two membership periods, the second still open; the three dated events stay events.
    void unpoMembershipIsTwoPeriods()
    {
        auto periods = relations(kTnm, QStringLiteral("member-of"), kUnpo);
        QCOMPARE(periods.size(), 2);
        std::sort(periods.begin(), periods.end(),
            [](const Relation *a, const Relation *b) { return a->from.sortKey() < b->from.sortKey(); });
        QCOMPARE(periods[0]->from.edtf(), QStringLiteral("2007-06-26"));
        QCOMPARE(periods[0]->to.edtf(), QStringLiteral("2008-03-01"));
        QCOMPARE(periods[1]->from.edtf(), QStringLiteral("2014-06-29"));
        QVERIFY(!periods[1]->to.isValid());
        for (const Relation *r : periods) {
            QVERIFY(cites(r->citations, u"joined the Unrepresented Nations and Peoples Organization on 26 June 2007"));
            QVERIFY(
                cites(r->citations, u"This was terminated on 1 March 2008 before it was re-admitted on 29 June 2014."));
        }
        for (const char *p : { "joined", "membership-terminated", "readmitted-to" })
            QVERIFY2(relations(kTnm, QString::fromLatin1(p), kUnpo).isEmpty(), p);
        for (const char *id : { "event/tnm-joins-unpo-2007", "event/tnm-unpo-membership-terminated-2008",
                 "event/tnm-readmitted-to-unpo-2014" })
            QVERIFY2(m_byId.contains(QString::fromLatin1(id)), id);
    }

    // Independence is Abbaszadeh's vision, not the movement's; political reforms are Hummatov's opinion.
    void goalsAreAttributed()
    {
        const QString independence = QStringLiteral("goal/independent-talysh-state");
        const QString reforms = QStringLiteral("goal/political-reforms");
        QVERIFY(m_byId.contains(independence));
        QVERIFY(m_byId.contains(reforms));
        const Relation *vision = relation(kAbbaszadeh, QStringLiteral("advocates"), independence);
        QVERIFY(vision);
        QCOMPARE(vision->qualifiers.status, ClaimStatus::Opinion);
        QCOMPARE(vision->qualifiers.accordingTo, kAbbaszadeh);
        QVERIFY(cites(vision->citations, u"his vision of an independent Talysh state"));
        QVERIFY(relations(kTnm, QStringLiteral("advocates"), independence).isEmpty());
        QVERIFY(m_byId.value(independence)->summary.contains(QLatin1String("within the borders of Azerbaijan")));

        const Relation *opinion = relation(kHummatov, QStringLiteral("advocates"), reforms);
        QVERIFY(opinion);
        QCOMPARE(opinion->qualifiers.status, ClaimStatus::Opinion);
        QCOMPARE(opinion->qualifiers.accordingTo, kHummatov);
        QVERIFY(cites(opinion->citations, u"In his opinion, a possible solution lies in political reforms"));
    }

    // The article's hedges ("According to the UNPO website", "is considered to be", "In his opinion", "are
    // convinced") reach the claims they back.
    void hedgedStatementsSayWhose_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("predicate");
        QTest::addColumn<QString>("object");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("accordingTo");
        const QString assimilation = QStringLiteral("topic/assimilation-of-the-talysh");
        const QString website = QStringLiteral("source/unpo-website");
        const int reported = int(ClaimStatus::Reported), opinion = int(ClaimStatus::Opinion);
        for (const char *o :
            { "topic/talysh-people", "place/talish-region", "topic/azeri-language", "topic/persian-language" })
            QTest::newRow(o) << assimilation << "concerns" << QString::fromLatin1(o) << reported << website;
        QTest::newRow("no formal education") << "topic/no-formal-education-in-talysh" << "concerns"
                                             << "topic/talysh-language" << reported << website;
        QTest::newRow("are convinced") << assimilation << "concerns" << "organization/azerbaijani-government" << opinion
                                       << "the leaders of the Talysh national movement";
        QTest::newRow("is considered to be") << kTnm << "headquartered-in" << "place/the-hague" << reported
                                             << "unnamed (the article: \"is considered to be\")";
        QTest::newRow("in his opinion: reforms")
            << kHummatov << "advocates" << "goal/political-reforms" << opinion << kHummatov;
        QTest::newRow("in his opinion: decentralization")
            << kHummatov << "advocates" << "goal/decentralization-of-power" << opinion << kHummatov;
        QTest::newRow("his vision") << kAbbaszadeh << "advocates" << "goal/independent-talysh-state" << opinion
                                    << kAbbaszadeh;
    }
    void hedgedStatementsSayWhose()
    {
        QFETCH(QString, subject);
        QFETCH(QString, predicate);
        QFETCH(QString, object);
        QFETCH(int, status);
        QFETCH(QString, accordingTo);
        const Relation *r = relation(subject, predicate, object);
        QVERIFY(r);
        QCOMPARE(int(r->qualifiers.status), status);
        QCOMPARE(r->qualifiers.accordingTo, accordingTo);
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
