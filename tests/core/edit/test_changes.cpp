// SPDX-License-Identifier: GPL-3.0-or-later
// Change documents applied to a knowledge base: every operation, all or nothing, the search index following in
// the same transaction, tombstones and their undoing, merges, reverts, a concurrent change refused, and errors
// that name the change.
#include <core/edit/reverter.h>
#include <core/search/searchindex.h>
#include <core/search/searchquery.h>

#include <QSqlDatabase>

#include "editfixture.h"

using namespace tkb;
using tkbtest::EditFixture;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");
const QString abbaszadeh = QStringLiteral("person/fahraddin-abbaszadeh");
const QString tnm = QStringLiteral("organization/tnm");
const QString hague = QStringLiteral("place/the-hague");

bool finds(const KnowledgeBase &kb, const QString &text, const QString &id)
{
    SearchQuery q;
    q.text = text;
    q.includeSections = false;
    for (const SearchHit &h : kb.search().search(q)) {
        if (h.id == id)
            return true;
    }
    return false;
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_kb = EditFixture::makeBase(m_dir, QStringLiteral("base-%1.tkb").arg(++m_n));
    }
    void cleanup() { m_kb.reset(); }

    void createWithRelationAndVerbatimCitation()
    {
        qint64 id = 0;
        const QString err = EditFixture::apply(*m_kb,
            "{\"format\": \"talysh-kb-changes\", \"formatVersion\": 1,\n"
            "            \"comment\": \"a new member\", \"changes\": [\n"
            "            {\"op\": \"create\", \"entity\": {\"id\": \"person/new-member\", \"kind\": \"person\", "
            "\"name\": \"New Member\",\n"
            "              \"summary\": \"Joined the [[organization/tnm|movement]].\",\n"
            "              \"citations\": [{\"source\": \"source/test-article\", \"section\": \"History\", "
            "\"sentence\": \"heads it from The Hague\"}],\n"
            "              \"relations\": [{\"predicate\": \"member-of\", \"object\": \"organization/tnm\"}]}}]}",
            &id);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(id > 0);
        const auto doc = m_kb->document(QStringLiteral("person/new-member"));
        QVERIFY(doc);
        QCOMPARE(doc->entity.name, QStringLiteral("New Member"));
        QCOMPARE(doc->relations.size(), 1);
        QCOMPARE(doc->relations.first().object, tnm);
        const QList<Revision> h = m_kb->history(QStringLiteral("person/new-member"));
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().action, QStringLiteral("create"));
        QVERIFY(h.first().before.isNull());
        QCOMPARE(h.first().author, QStringLiteral("Tester"));
        QCOMPARE(h.first().comment, QStringLiteral("a new member"));
        QCOMPARE(EntityDocument::fromText(h.first().after, nullptr), doc);
        QVERIFY(m_kb->check().ok);
        // The change document is kept as it was given, so it can be replayed.
        const auto cs = m_kb->changeSet(id);
        QVERIFY(cs && cs->changes.contains(QStringLiteral("person/new-member")));
        QCOMPARE(cs->origin, QStringLiteral("user"));
        QCOMPARE(cs->state, QStringLiteral("applied"));
    }

    void editSetsNameSummaryBody()
    {
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"edit\", \"id\": \"person/fahraddin-abbaszadeh\",\n"
                "            \"set\": {\"name\": \"Fahraddin Abbaszade\", \"summary\": \"Lives in "
                "[[place/the-hague|The Hague]].\"}}]}")))
            return;
        const auto e = m_kb->entity(abbaszadeh);
        QCOMPARE(e->name, QStringLiteral("Fahraddin Abbaszade"));
        QVERIFY(m_kb->backlinks(hague).size() >= 2);
        QVERIFY(finds(*m_kb, QStringLiteral("Abbaszade"), abbaszadeh));
        // A kind that the id does not name is refused.
        const QString err = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"person/fahraddin-abbaszadeh\",\n"
            "            \"set\": {\"kind\": \"place\"}}]}");
        QVERIFY2(err.startsWith(QStringLiteral("change 1 (edit person/fahraddin-abbaszadeh): ")), qPrintable(err));
    }

    void newAliasIsFoundAtOnceHereAndByAnotherReader()
    {
        StoreError se;
        auto reader = KnowledgeBase::open(m_kb->path(), KnowledgeBase::OpenMode::ReadOnly, &se);
        QVERIFY2(reader, qPrintable(se.message));
        QVERIFY(!finds(*m_kb, QStringLiteral("Zorbaxtan"), hummatov));
        QVERIFY(!finds(*reader, QStringLiteral("Zorbaxtan"), hummatov));
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"add\", \"id\": \"person/alikram-hummatov\", \"claim\": \"alias\",\n"
                "            \"with\": {\"text\": \"Zorbaxtan\", \"lang\": \"en\"}}]}")))
            return;
        QVERIFY(finds(*m_kb, QStringLiteral("Zorbaxtan"), hummatov));
        QVERIFY(finds(*reader, QStringLiteral("Zorbaxtan"), hummatov));
        reader.reset();
        reader = KnowledgeBase::open(m_kb->path(), KnowledgeBase::OpenMode::ReadOnly, &se);
        QVERIFY(finds(*reader, QStringLiteral("Zorbaxtan"), hummatov));
        QVERIFY(m_kb->check().ok);
    }

    void competingClaimsAreAllKept()
    {
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [\n"
                "            {\"op\": \"add\", \"id\": \"person/alikram-hummatov\", \"claim\": \"attribute\", "
                "\"with\": {\"key\": \"role\", \"value\": \"Chairman\"}},\n"
                "            {\"op\": \"add\", \"id\": \"event/undated\", \"claim\": \"date\", \"with\": {\"date\": "
                "{\"edtf\": \"2019-early\"}}},\n"
                "            {\"op\": \"add\", \"id\": \"event/undated\", \"claim\": \"date\", \"with\": {\"date\": "
                "{\"edtf\": \"2019\"}, \"status\": \"disputed\"}}]}")))
            return;
        const auto e = m_kb->entity(hummatov);
        int roles = 0;
        for (const Attribute &a : e->attributes)
            roles += a.key == QLatin1String("role");
        QCOMPARE(roles, 2);
        QCOMPARE(m_kb->entity(QStringLiteral("event/undated"))->dates.size(), 2);
        // The very same claim again is refused rather than doubled.
        const QString err = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"add\", \"id\": \"person/alikram-hummatov\",\n"
            "            \"claim\": \"attribute\", \"with\": {\"key\": \"role\", \"value\": \"Chairman\"}}]}");
        QVERIFY2(err.contains(QStringLiteral("change 1 (add-attribute person/alikram-hummatov)"))
                && err.contains(QStringLiteral("already")),
            qPrintable(err));
    }

    void removeAndReplaceSelectOneClaim()
    {
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [\n"
                "            {\"op\": \"replace\", \"id\": \"person/alikram-hummatov\", \"claim\": \"relation\",\n"
                "             \"match\": {\"predicate\": \"heads\", \"object\": \"organization/tnm\"}, \"with\": "
                "{\"former\": true, \"note\": \"in 1993\"}},\n"
                "            {\"op\": \"remove\", \"id\": \"person/alikram-hummatov\", \"claim\": \"alias\", "
                "\"match\": {\"lang\": \"ru\"}}]}")))
            return;
        const auto doc = m_kb->document(hummatov);
        QCOMPARE(doc->relations.size(), 1);
        QVERIFY(doc->relations.first().qualifiers.former);
        QCOMPARE(doc->relations.first().qualifiers.note, QStringLiteral("in 1993"));
        QCOMPARE(doc->entity.aliases.size(), 1);
        QCOMPARE(doc->entity.aliases.first().language, QStringLiteral("az"));

        QString err = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"remove\", \"id\": \"person/alikram-hummatov\",\n"
            "            \"claim\": \"alias\", \"match\": {\"text\": \"nobody\"}}]}");
        QVERIFY2(err.startsWith(QStringLiteral("change 1 (remove-alias person/alikram-hummatov): no alias matches")),
            qPrintable(err));
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"add\", \"id\": \"person/alikram-hummatov\",\n"
                "            \"claim\": \"alias\", \"with\": {\"text\": \"Hummatov\", \"lang\": \"az\"}}]}")))
            return;
        err = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"remove\", \"id\": \"person/alikram-hummatov\",\n"
            "            \"claim\": \"alias\", \"match\": {\"lang\": \"az\"}}]}");
        QVERIFY2(
            err.contains(QStringLiteral("2 aliass match")) || err.contains(QStringLiteral("2 alias")), qPrintable(err));
    }

    void citationsAreCheckedVerbatim()
    {
        QString err = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"add\", \"id\": \"person/alikram-hummatov\",\n"
            "            \"claim\": \"attribute\", \"with\": {\"key\": \"home\", \"value\": \"The Hague\",\n"
            "            \"citations\": [{\"source\": \"source/test-article\", \"section\": \"History\", \"sentence\": "
            "\"he lives in Paris\"}]}}]}");
        QVERIFY2(
            err.contains(QStringLiteral("change 1 (add-attribute")) && err.contains(QStringLiteral("word for word")),
            qPrintable(err));
        err = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"add\", \"id\": \"person/alikram-hummatov\",\n"
            "            \"claim\": \"attribute\", \"with\": {\"key\": \"home\", \"value\": \"The Hague\",\n"
            "            \"citations\": [{\"source\": \"source/nowhere\", \"section\": \"\", \"sentence\": "
            "\"anything\"}]}}]}");
        QVERIFY2(err.contains(QStringLiteral("source/nowhere")), qPrintable(err));
        // Links read as their labels; whitespace does not count.
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"add\", \"id\": \"person/alikram-hummatov\",\n"
                "            \"claim\": \"attribute\", \"with\": {\"key\": \"home\", \"value\": \"The Hague\",\n"
                "            \"citations\": [{\"source\": \"source/test-article\", \"section\": \"History\", "
                "\"sentence\": \"Alikram Hummatov heads it  from The Hague.\"},\n"
                "                          {\"source\": \"source/test-article\", \"section\": \"Infobox\", "
                "\"sentence\": \"Founded: 2007\"}]}}]}")))
            return;
    }

    // Optimistic concurrency: a change made on the revision a user saw is refused when someone has changed the entity
    // since, with who and when; nothing is written, so neither edit is lost.
    void ifRevisionRefusesAStaleChange()
    {
        const qint64 seen = ChangeApplier::newestRevision(*m_kb, abbaszadeh);
        const auto edit = [&](const char *summary, qint64 ifRevision, const QString &author) {
            return EditFixture::apply(*m_kb,
                QStringLiteral("{\"changes\": [{\"op\": \"edit\", \"id\": \"person/fahraddin-abbaszadeh\", "
                               "\"ifRevision\": %1, \"set\": {\"summary\": \"%2\"}}]}")
                    .arg(ifRevision)
                    .arg(QLatin1String(summary))
                    .toUtf8(),
                nullptr, author);
        };
        if (!EditFixture::applied(edit("First.", seen, QStringLiteral("Ana"))))
            return;
        const qint64 afterAna = ChangeApplier::newestRevision(*m_kb, abbaszadeh);
        QVERIFY(afterAna > seen);
        const int changesets = EditFixture::rows(*m_kb, QStringLiteral("changeset"));
        // Bo began from the same revision as Ana: his edit meets hers.
        const QString err = edit("Second.", seen, QStringLiteral("Bo"));
        QVERIFY2(err.contains(QStringLiteral("was changed since")) && err.contains(QStringLiteral("by Ana")),
            qPrintable(err));
        QCOMPARE(m_kb->entity(abbaszadeh)->summary, QStringLiteral("First."));
        QCOMPARE(EditFixture::rows(*m_kb, QStringLiteral("changeset")), changesets);
        // Having seen Ana's revision, Bo's edit goes in.
        if (!EditFixture::applied(edit("Second.", afterAna, QStringLiteral("Bo"))))
            return;
        QCOMPARE(m_kb->entity(abbaszadeh)->summary, QStringLiteral("Second."));
        const QString bad = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"person/fahraddin-abbaszadeh\", \"ifRevision\": \"x\","
            " \"set\": {\"summary\": \"Third.\"}}]}");
        QVERIFY2(bad.contains(QStringLiteral("ifRevision")), qPrintable(bad));
    }

    void addSourceAndCiteIt()
    {
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [\n"
                "            {\"op\": \"add-source\", \"source\": {\"id\": \"source/unpo-2008\", \"title\": \"UNPO: "
                "Talysh\", \"author\": \"UNPO\",\n"
                "              \"publisher\": \"UNPO\", \"date\": \"2008-03\", \"url\": \"https://unpo.org/\", "
                "\"language\": \"en\",\n"
                "              \"text\": \"The Talysh left UNPO on 1 March 2008.\"}},\n"
                "            {\"op\": \"add\", \"id\": \"organization/tnm\", \"claim\": \"attribute\", \"with\": "
                "{\"key\": \"left UNPO\", \"value\": \"2008-03-01\",\n"
                "              \"citations\": [{\"source\": \"source/unpo-2008\", \"section\": \"\", \"sentence\": "
                "\"left UNPO on 1 March 2008\"}]}}]}")))
            return;
        const auto s = m_kb->source(QStringLiteral("source/unpo-2008"));
        QVERIFY(s);
        QCOMPARE(s->author, QStringLiteral("UNPO"));
        QCOMPARE(s->sections.size(), 1);
        QCOMPARE(m_kb->entity(QStringLiteral("source/unpo-2008"))->kind, EntityKind::Source);
        const QString err = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"add\", \"id\": \"organization/tnm\",\n"
            "            \"claim\": \"attribute\", \"with\": {\"key\": \"joined UNPO\", \"value\": \"2007\",\n"
            "            \"citations\": [{\"source\": \"source/unpo-2008\", \"section\": \"\", \"sentence\": \"joined "
            "UNPO in 2007\"}]}}]}");
        QVERIFY2(err.contains(QStringLiteral("word for word")), qPrintable(err));
        QVERIFY(m_kb->check().ok);
    }

    void allOrNothing()
    {
        const auto before = m_kb->document(hummatov);
        const int changesets = EditFixture::rows(*m_kb, QStringLiteral("changeset"));
        const QString err = EditFixture::apply(*m_kb,
            "{\"changes\": [\n"
            "            {\"op\": \"edit\", \"id\": \"person/alikram-hummatov\", \"set\": {\"name\": \"Renamed\"}},\n"
            "            {\"op\": \"add\", \"id\": \"person/alikram-hummatov\", \"claim\": \"alias\", \"with\": "
            "{\"text\": \"Zorbaxtan\"}},\n"
            "            {\"op\": \"add\", \"id\": \"person/nobody\", \"claim\": \"alias\", \"with\": {\"text\": "
            "\"Nobody\"}}]}");
        QVERIFY2(err.startsWith(QStringLiteral("change 3 (add-alias person/nobody): person/nobody does not exist")),
            qPrintable(err));
        QCOMPARE(m_kb->document(hummatov), before);
        QCOMPARE(EditFixture::rows(*m_kb, QStringLiteral("changeset")), changesets);
        QCOMPARE(EditFixture::rows(*m_kb, QStringLiteral("revision")), 0);
        QVERIFY(!finds(*m_kb, QStringLiteral("Zorbaxtan"), hummatov));
        // A relation to an entity that does not exist, and a link that does not resolve, are refused the same way.
        const QString toNobody = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"add\", \"id\": \"person/alikram-hummatov\",\n"
            "            \"claim\": \"relation\", \"with\": {\"predicate\": \"knows\", \"object\": "
            "\"person/nobody\"}}]}");
        QVERIFY2(toNobody.contains(QStringLiteral("does not exist")), qPrintable(toNobody));
        const QString linkToNobody = EditFixture::apply(*m_kb,
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"person/alikram-hummatov\",\n"
            "            \"set\": {\"body\": \"See [[person/nobody|him]].\"}}]}");
        QVERIFY2(linkToNobody.contains(QStringLiteral("person/nobody")), qPrintable(linkToNobody));
        QCOMPARE(m_kb->document(hummatov), before);
    }

    void deleteAndRestore()
    {
        const auto hagueDoc = m_kb->document(hague);
        const auto hummatovDoc = m_kb->document(hummatov);
        const auto tnmDoc = m_kb->document(tnm);
        if (!EditFixture::applied(
                EditFixture::apply(*m_kb, "{\"changes\": [{\"op\": \"delete\", \"id\": \"place/the-hague\"}]}")))
            return;
        QVERIFY(!m_kb->contains(hague));
        QVERIFY(m_kb->check().ok); // no relation or link is left pointing at it
        QVERIFY(!m_kb->entity(hummatov)->body.contains(QStringLiteral("[[")));
        QVERIFY(m_kb->entity(hummatov)->body.contains(QStringLiteral("The Hague")));
        QVERIFY(m_kb->document(tnm)->relations.isEmpty());
        const QList<Revision> h = m_kb->history(hague);
        QCOMPARE(h.size(), 1);
        QVERIFY(h.first().isTombstone());
        QCOMPARE(h.first().action, QStringLiteral("delete"));
        QCOMPARE(m_kb->history(tnm).size(), 1); // its relation went with a revision of its own
        QVERIFY(!finds(*m_kb, QStringLiteral("Hague"), hague));

        if (!EditFixture::applied(
                EditFixture::apply(*m_kb, "{\"changes\": [{\"op\": \"restore\", \"id\": \"place/the-hague\"}]}")))
            return;
        QCOMPARE(m_kb->document(hague), hagueDoc);
        QCOMPARE(m_kb->document(hummatov), hummatovDoc);
        QCOMPARE(m_kb->document(tnm), tnmDoc);
        QCOMPARE(m_kb->history(hague).last().action, QStringLiteral("restore"));
        QVERIFY(finds(*m_kb, QStringLiteral("Hague"), hague));
        QVERIFY(m_kb->check().ok);
        const QString err
            = EditFixture::apply(*m_kb, "{\"changes\": [{\"op\": \"restore\", \"id\": \"place/the-hague\"}]}");
        QVERIFY2(err.contains(QStringLiteral("exists")), qPrintable(err));
    }

    void mergeMovesClaimsAndRepointsLinks()
    {
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [\n"
                "            {\"op\": \"add\", \"id\": \"person/fahraddin-abbaszadeh\", \"claim\": \"relation\", "
                "\"with\": {\"predicate\": \"lives-in\", \"object\": \"place/the-hague\"}},\n"
                "            {\"op\": \"edit\", \"id\": \"organization/tnm\", \"set\": {\"body\": \"Led by "
                "[[person/fahraddin-abbaszadeh|Abbaszadeh]].\"}}]}")))
            return;
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"merge\", \"id\": \"person/fahraddin-abbaszadeh\",\n"
                "            \"into\": \"person/alikram-hummatov\"}]}")))
            return;
        QVERIFY(!m_kb->contains(abbaszadeh));
        const auto doc = m_kb->document(hummatov);
        bool alias = false;
        for (const Alias &a : doc->entity.aliases)
            alias |= a.text == QLatin1String("Fahraddin Abbaszadeh");
        QVERIFY(alias);
        bool livesIn = false;
        for (const Relation &r : doc->relations)
            livesIn |= r.predicate == QLatin1String("lives-in") && r.object == hague;
        QVERIFY(livesIn);
        QCOMPARE(m_kb->entity(tnm)->body, QStringLiteral("Led by [[person/alikram-hummatov|Abbaszadeh]]."));
        const Revision tomb = m_kb->history(abbaszadeh).last();
        QVERIFY(tomb.isTombstone());
        QCOMPARE(tomb.action, QStringLiteral("merge"));
        QCOMPARE(tomb.note, QStringLiteral("merged into person/alikram-hummatov"));
        QCOMPARE(m_kb->history(hummatov).last().action, QStringLiteral("merge"));
        QCOMPARE(m_kb->history(tnm).last().changeset, tomb.changeset);
        QVERIFY(finds(*m_kb, QStringLiteral("Abbaszadeh"), hummatov));
        QVERIFY(m_kb->check().ok);
    }

    void revertToARevision()
    {
        qint64 first = 0;
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"summary\": \"One\"}}]}",
                &first)))
            return;
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"summary\": \"Two\"}}]}")))
            return;
        const qint64 r1 = m_kb->history(hague).first().id;
        QString why;
        qint64 cs = 0;
        ChangeSetInfo info;
        info.author = QStringLiteral("Reverter");
        QVERIFY2(Reverter::revert(*m_kb, hague, r1, info, &why, &cs), qPrintable(why));
        QCOMPARE(m_kb->entity(hague)->summary, QStringLiteral("One"));
        const Revision last = m_kb->history(hague).last();
        QCOMPARE(last.action, QStringLiteral("revert"));
        QCOMPARE(last.note, QStringLiteral("as in revision %1").arg(r1));
        QCOMPARE(last.author, QStringLiteral("Reverter"));
        QVERIFY(m_kb->changeSet(cs)->changes.contains(QStringLiteral("\"op\":\"put\"")));
        // Already so: refused; a revision of another entity: refused.
        QVERIFY(!Reverter::revert(*m_kb, hague, r1, info, &why));
        QVERIFY2(why.contains(QStringLiteral("already")), qPrintable(why));
        QVERIFY(!Reverter::revert(*m_kb, hummatov, r1, info, &why));
        // Reverting to a tombstone deletes again; reverting to the revision before brings it back.
        if (!EditFixture::applied(
                EditFixture::apply(*m_kb, "{\"changes\": [{\"op\": \"delete\", \"id\": \"place/the-hague\"}]}")))
            return;
        const qint64 tomb = m_kb->history(hague).last().id;
        if (!EditFixture::applied(
                EditFixture::apply(*m_kb, "{\"changes\": [{\"op\": \"restore\", \"id\": \"place/the-hague\"}]}")))
            return;
        QVERIFY2(Reverter::revert(*m_kb, hague, tomb, info, &why), qPrintable(why));
        QVERIFY(!m_kb->contains(hague));
        QVERIFY(m_kb->check().ok); // nothing left pointing at it
        QVERIFY2(Reverter::revert(*m_kb, hague, r1, info, &why), qPrintable(why));
        QCOMPARE(m_kb->entity(hague)->summary, QStringLiteral("One"));
    }

    void concurrentChangeIsRefused()
    {
        QString why;
        const auto set
            = ChangeReader::read(QByteArray("{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\",\n"
                                            "            \"set\": {\"summary\": \"Mine\"}}]}"),
                &why);
        QVERIFY(set);
        const auto prepared = ChangeApplier(*m_kb).prepare(*set, &why);
        QVERIFY(prepared);
        {
            // Another program changes the same entity in between.
            StoreError se;
            auto other = KnowledgeBase::open(m_kb->path(), KnowledgeBase::OpenMode::ReadWrite, &se);
            QVERIFY(other);
            if (!EditFixture::applied(EditFixture::apply(*other,
                    "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\",\n"
                    "                \"set\": {\"summary\": \"Theirs\"}}]}")))
                return;
        }
        const int changesets = EditFixture::rows(*m_kb, QStringLiteral("changeset"));
        StoreError se;
        QVERIFY(!m_kb->commit(ChangeSetInfo {}, *prepared, &se));
        QVERIFY2(
            se.message.contains(hague) && se.message.contains(QStringLiteral("someone else")), qPrintable(se.message));
        QCOMPARE(m_kb->entity(hague)->summary, QStringLiteral("Theirs"));
        QCOMPARE(EditFixture::rows(*m_kb, QStringLiteral("changeset")), changesets);
    }

    void badDocumentsNameTheChange_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"changes\": [\n{]") << "not valid JSON (line 2)";
        QTest::newRow("no changes") << QByteArray("{}") << "needs \"changes\"";
        QTest::newRow("empty") << QByteArray("{\"changes\": []}") << "no changes";
        QTest::newRow("wrong format") << QByteArray("{\"format\": \"x\", \"changes\": [{}]}")
                                      << "not a change document";
        QTest::newRow("unknown op") << QByteArray(
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"name\": \"x\"}},\n"
            "            {\"op\": \"frobnicate\", \"id\": \"x\"}]}")
                                    << "change 2 (frobnicate): unknown op";
        QTest::newRow("no id") << QByteArray("{\"changes\": [{\"op\": \"delete\"}]}")
                               << "change 1 (delete): needs \"id\"";
        QTest::newRow("bad claim kind") << QByteArray("{\"changes\": [{\"op\": \"add\", \"id\": \"place/the-hague\", "
                                                      "\"claim\": \"colour\", \"with\": {\"a\": 1}}]}")
                                        << "change 1 (add-colour place/the-hague): \"claim\" must be";
        QTest::newRow("bad alias") << QByteArray("{\"changes\": [{\"op\": \"add\", \"id\": \"place/the-hague\", "
                                                 "\"claim\": \"alias\", \"with\": {\"lang\": \"en\"}}]}")
                                   << "change 1 (add-alias place/the-hague): ";
        QTest::newRow("set unknown") << QByteArray(
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"colour\": \"red\"}}]}")
                                     << "change 1 (edit place/the-hague): cannot set \"colour\"";
        QTest::newRow("merge self") << QByteArray(
            "{\"changes\": [{\"op\": \"merge\", \"id\": \"place/the-hague\", \"into\": \"place/the-hague\"}]}")
                                    << "cannot merge an entity into itself";
        QTest::newRow("create exists") << QByteArray(
            "{\"changes\": [{\"op\": \"create\", \"entity\": {\"id\": \"place/the-hague\", \"kind\": \"place\", "
            "\"name\": \"Again\"}}]}") << "change 1 (create place/the-hague): place/the-hague already exists";
        QTest::newRow("create bad id") << QByteArray("{\"changes\": [{\"op\": \"create\", \"entity\": {\"id\": "
                                                     "\"person/x\", \"kind\": \"place\", \"name\": \"X\"}}]}")
                                       << "must be of the form place/slug";
        QTest::newRow("delete missing") << QByteArray(
            "{\"changes\": [{\"op\": \"delete\", \"id\": \"place/nowhere\"}]}")
                                        << "change 1 (delete place/nowhere): place/nowhere does not exist";
        QTest::newRow("restore never deleted")
            << QByteArray("{\"changes\": [{\"op\": \"restore\", \"id\": \"place/nowhere\"}]}") << "never deleted";
        QTest::newRow("nothing changes") << QByteArray(
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"name\": \"The Hague\"}}]}")
                                         << "change nothing";
    }
    void badDocumentsNameTheChange()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto before = m_kb->document(hague);
        const QString err = EditFixture::apply(*m_kb, json);
        QVERIFY2(err.contains(error), qPrintable(err));
        QCOMPARE(m_kb->document(hague), before);
        QCOMPARE(EditFixture::rows(*m_kb, QStringLiteral("changeset")), 0);
    }

    void authorFallsBackToTheDocumentThenTheEnvironment()
    {
        qint64 id = 0;
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"author\": \"From the file\", \"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\",\n"
                "            \"set\": {\"summary\": \"A\"}}]}",
                &id, QString())))
            return;
        QCOMPARE(m_kb->changeSet(id)->author, QStringLiteral("From the file"));
        qputenv("TALYSHKB_AUTHOR", "From the environment");
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\",\n"
                "            \"set\": {\"summary\": \"B\"}}]}",
                &id, QString())))
            return;
        qunsetenv("TALYSHKB_AUTHOR");
        QCOMPARE(m_kb->changeSet(id)->author, QStringLiteral("From the environment"));
        QVERIFY(m_kb->changeSet(id)->time.isValid());
        QCOMPARE(m_kb->recentChanges(1).first().id, id);
    }

    void aFileOfVersion5GetsTheHistoryTables()
    {
        const QString path = m_kb->path();
        m_kb.reset();
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE revision")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE changeset")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=5")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));
        StoreError se;
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &se);
        QVERIFY2(m_kb, qPrintable(se.message));
        QVERIFY(m_kb->allChanges().isEmpty());
        if (!EditFixture::applied(
                EditFixture::apply(*m_kb, "{\"changes\": [{\"op\": \"delete\", \"id\": \"place/the-hague\"}]}")))
            return;
        QCOMPARE(m_kb->history(hague).size(), 1);
        QVERIFY(m_kb->check().ok);
    }

    void historySurvivesReopening()
    {
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"summary\": \"A\"}}]}")))
            return;
        const QString path = m_kb->path();
        const QList<Revision> h = m_kb->history(hague);
        m_kb.reset();
        StoreError se;
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &se);
        QVERIFY(m_kb);
        QCOMPARE(m_kb->history(hague), h);
        QCOMPARE(m_kb->revision(h.first().id), h.first());
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "test_changes.moc"
