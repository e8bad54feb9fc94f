// SPDX-License-Identifier: GPL-3.0-or-later
// The change document an edit form sends: the diff of an entity's document before and after, applied to the base,
// gives exactly the after document; it says only what changed, claim by claim, and claims whose JSON is part of
// another's are still selected one by one.
#include <core/edit/documentdiff.h>
#include <core/model/claimjson.h>

#include "editfixture.h"

using namespace tkb;
using tkbtest::EditFixture;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");
const QString tnm = QStringLiteral("organization/tnm");

QStringList ops(const QJsonArray &changes)
{
    QStringList out;
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        const QString claim = o.value(QStringLiteral("claim")).toString();
        out << o.value(QStringLiteral("op")).toString() + (claim.isEmpty() ? QString() : u'-' + claim);
    }
    return out;
}

QByteArray document(const QJsonArray &changes)
{
    return ClaimJson::bytes(QJsonObject { { QStringLiteral("changes"), changes } });
}

} // namespace

class TestDocumentDiff : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<KnowledgeBase> base() { return EditFixture::makeBase(m_dir, QStringLiteral("b%1.tkb").arg(++m_n)); }

    // Applies the diff of before and after and checks the base then holds after.
    void roundTrip(KnowledgeBase &kb, const EntityDocument &before, const EntityDocument &after)
    {
        const QJsonArray changes = DocumentDiff::changes(before, after);
        QVERIFY(!changes.isEmpty());
        QVERIFY(EditFixture::applied(EditFixture::apply(kb, document(changes))));
        const std::optional<EntityDocument> now = kb.document(after.entity.id);
        QVERIFY(now.has_value());
        QCOMPARE(now->toText(), after.toText());
    }

private Q_SLOTS:
    void equalDocumentsGiveNothing()
    {
        auto kb = base();
        const EntityDocument doc = *kb->document(hummatov);
        QVERIFY(DocumentDiff::changes(doc, doc).isEmpty());
    }

    void onlyWhatChangedIsSaid()
    {
        auto kb = base();
        const EntityDocument before = *kb->document(hummatov);
        EntityDocument after = before;
        after.entity.name = QStringLiteral("Alikram Gummatov");
        after.entity.aliases.append(Alias { QStringLiteral("Hummatov"), QStringLiteral("en"), QStringLiteral("Latn") });
        after.entity.attributes.first().qualifiers.former = true;
        after.entity.dates.append(DateClaim { FuzzyDate::fromEdtf(QStringLiteral("1993~")) });
        after.relations.first().qualifiers.status = ClaimStatus::Disputed;
        const QJsonArray changes = DocumentDiff::changes(before, after);
        QCOMPARE(ops(changes),
            (QStringList { QStringLiteral("edit"), QStringLiteral("add-alias"), QStringLiteral("remove-attribute"),
                QStringLiteral("add-attribute"), QStringLiteral("add-date"), QStringLiteral("remove-relation"),
                QStringLiteral("add-relation") }));
        // The edit sets the name alone; the summary and body it did not touch are not in it.
        QCOMPARE(changes.first().toObject().value(QStringLiteral("set")).toObject().keys(),
            QStringList { QStringLiteral("name") });
        // The claim removed is selected by its whole JSON, qualifiers and citations included.
        const QJsonObject match = changes.at(2).toObject().value(QStringLiteral("match")).toObject();
        QCOMPARE(match, ClaimJson::toJson(before.entity.attributes.first()));
        roundTrip(*kb, before, after);
    }

    void removalsAndReordering()
    {
        auto kb = base();
        const EntityDocument before = *kb->document(hummatov);
        EntityDocument after = before;
        after.entity.aliases.removeFirst();
        after.entity.summary.clear();
        after.relations.clear();
        roundTrip(*kb, before, after);
        // Claims only in another order are the same claims: nothing to say.
        EntityDocument swapped = *kb->document(hummatov);
        const EntityDocument now = swapped;
        swapped.entity.aliases.append(Alias { QStringLiteral("A"), QStringLiteral("en"), QStringLiteral("Latn") });
        roundTrip(*kb, now, swapped);
        EntityDocument reordered = swapped;
        std::reverse(reordered.entity.aliases.begin(), reordered.entity.aliases.end());
        QVERIFY(DocumentDiff::changes(swapped, reordered).isEmpty());
    }

    void claimPartOfAnotherIsSelectedAlone()
    {
        auto kb = base();
        const EntityDocument before = *kb->document(hummatov);
        EntityDocument withBoth = before;
        // The role without citations beside the same role with them: a match by the first's JSON selects both.
        withBoth.entity.attributes.append(Attribute { QStringLiteral("role"), QStringLiteral("President") });
        roundTrip(*kb, before, withBoth);
        EntityDocument without = withBoth;
        without.entity.attributes.removeLast();
        const QJsonArray changes = DocumentDiff::changes(withBoth, without);
        QCOMPARE(ops(changes),
            (QStringList { QStringLiteral("remove-attribute"), QStringLiteral("remove-attribute"),
                QStringLiteral("add-attribute") }));
        roundTrip(*kb, withBoth, without);
        QCOMPARE(kb->document(hummatov)->entity.attributes, before.entity.attributes);
    }

    void entityCitationsMakeAPut()
    {
        auto kb = base();
        const EntityDocument before = *kb->document(hummatov);
        EntityDocument after = before;
        after.entity.citations.append(tkbtest::cite(QStringLiteral("He heads it.")));
        QCOMPARE(ops(DocumentDiff::changes(before, after)), QStringList { QStringLiteral("put") });
        roundTrip(*kb, before, after);
    }

    void creationRoundTrips()
    {
        auto kb = base();
        EntityDocument doc;
        doc.entity.id = QStringLiteral("person/new-person");
        doc.entity.kind = EntityKind::Person;
        doc.entity.name = QStringLiteral("New Person");
        doc.relations = { Relation { doc.entity.id, QStringLiteral("member-of"), tnm } };
        QVERIFY(EditFixture::applied(EditFixture::apply(*kb, document(QJsonArray { DocumentDiff::create(doc) }))));
        QCOMPARE(kb->document(doc.entity.id)->toText(), doc.toText());
    }
};

QTEST_GUILESS_MAIN(TestDocumentDiff)
#include "test_documentdiff.moc"
