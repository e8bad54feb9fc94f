// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A pack to add to the bundled base whose claims are qualified every way a page must show: a former relation, a
// reported attribute according to an entity, an opinion, an ambiguous relation with a note, two competing date
// claims with their own citations, two citations on one claim, a period after a date, and a source with details.
#include <core/model/knowledgepack.h>

namespace tkbtest {

inline const QString claimsExampleId = QStringLiteral("organization/example-council");
// Sorts after the bundled article's id: the base's first source is its article (ArticleSource::primaryId).
inline const QString claimsReportId = QStringLiteral("source/unpo-example-report");

inline tkb::KnowledgePack claimsExample()
{
    using namespace tkb;
    const auto article = [](const QString &section, const QString &sentence) {
        return Citation { QStringLiteral("source/talysh-national-movement-article"), section, sentence };
    };
    const Citation created = article({},
        QStringLiteral("The Talysh National Movement is a Talysh movement created in 2007 in the Netherlands, where "
                       "part of the Talysh leadership lives in exile."));
    const Citation joined = article({},
        QStringLiteral("The Talysh National Movement joined the Unrepresented Nations and Peoples Organization on "
                       "26 June 2007."));
    const Citation pardoned = article(QStringLiteral("History"),
        QStringLiteral("Under pressure from the Council of Europe, he was pardoned in 2004."));
    const Citation sentenced = article(QStringLiteral("History"),
        QStringLiteral("Alikram Hummatov was arrested and sentenced to death, later commuted to life in prison."));
    const Citation goals = article(QStringLiteral("Movement goals"),
        QStringLiteral("This requires decentralization of power in order to promote fairer representation of "
                       "minority groups, as well as to guarantee cultural and linguistic freedoms."));
    const Citation report { claimsReportId, QStringLiteral("Findings"),
        QStringLiteral("The council was founded in 2008, according to the organization's own records.") };

    KnowledgePack p;
    p.id = QStringLiteral("claims-example");
    p.title = QStringLiteral("Claims example");
    SourceDocument s;
    s.id = claimsReportId;
    s.title = QStringLiteral("Example report");
    s.author = QStringLiteral("A. Reporter");
    s.publisher = QStringLiteral("Example Press");
    s.date = FuzzyDate::month(2019, 3);
    s.url = QStringLiteral("https://example.org/report");
    s.language = QStringLiteral("nl");
    s.sections = { Section { QStringLiteral("findings"), QStringLiteral("Findings"), report.sentence } };
    p.sources << s;

    Entity e;
    e.id = claimsExampleId;
    e.kind = EntityKind::Organization;
    e.name = QStringLiteral("Example Council");
    e.summary = QStringLiteral("An organization whose every claim is qualified, to show how pages present them.");
    Alias formerName { QStringLiteral("Примерный совет"), QStringLiteral("ru"), QStringLiteral("Cyrl") };
    formerName.qualifiers.former = true;
    formerName.citations = { created };
    e.aliases = { formerName };
    // Two sources, two founding dates: both kept, each with its own citations, the second resting on two.
    QString why;
    e.dates = { DateClaim { FuzzyDate::day(QDate(2007, 6, 26)), {}, { joined } },
        DateClaim { FuzzyDate::year(2008),
            Qualifiers { ClaimStatus::Reported,
                QStringLiteral("organization/unrepresented-nations-and-peoples-organization"), false, {} },
            { report, pardoned } } };
    Attribute hq { QStringLiteral("headquarters"), QStringLiteral("The Hague"), { created } };
    hq.qualifiers = Qualifiers { ClaimStatus::Reported,
        QStringLiteral("organization/unrepresented-nations-and-peoples-organization"), false,
        QStringLiteral("“is considered to be”") };
    Attribute oldHq { QStringLiteral("headquarters"), QStringLiteral("Baku"), { sentenced } };
    oldHq.qualifiers.former = true;
    Attribute ideology { QStringLiteral("ideology"), QStringLiteral("Autonomism"), { goals } };
    ideology.qualifiers = Qualifiers { ClaimStatus::Opinion, QStringLiteral("person/alikram-hummatov"), false, {} };
    Attribute exile { QStringLiteral("seat"), QStringLiteral("in exile"), { pardoned } };
    exile.from = FuzzyDate::fromEdtf(QStringLiteral("[2004..]"), {}, &why);
    exile.to = FuzzyDate::year(2010);
    e.attributes = { hq, oldHq, ideology, exile };
    e.citations = { created };
    p.entities << e;

    Relation chair { QStringLiteral("person/alikram-hummatov"), QStringLiteral("chairman-of"), e.id, {}, {},
        { sentenced, pardoned } };
    chair.qualifiers.former = true;
    Relation based { e.id, QStringLiteral("based-in"), QStringLiteral("place/the-hague"), FuzzyDate::year(2007), {},
        { created } };
    based.qualifiers = Qualifiers { ClaimStatus::Ambiguous, {}, false,
        QStringLiteral("“in the Netherlands” may mean The Hague or the country") };
    p.relations = { chair, based };
    return p;
}

} // namespace tkbtest
