// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small, hand-made pack for store tests: two people, an organization, a place, an event and a source.
#include <core/model/knowledgepack.h>

namespace tkbtest {

inline tkb::Citation cite(const QString &sentence, const QString &section = QStringLiteral("History"))
{
    return tkb::Citation { QStringLiteral("source/test-article"), section, sentence };
}

inline tkb::KnowledgePack smallPack()
{
    using namespace tkb;
    KnowledgePack p;
    p.id = QStringLiteral("test");
    p.title = QStringLiteral("Test pack");
    SourceDocument s;
    s.id = QStringLiteral("source/test-article");
    s.title = QStringLiteral("Test article");
    s.infobox = { Attribute { QStringLiteral("Founded"), QStringLiteral("2007"), {} } };
    s.sections = { Section { QStringLiteral("lead"), QString(),
                       QStringLiteral("The [[organization/tnm|movement]] was founded in 2007.") },
        Section { QStringLiteral("history"), QStringLiteral("History"),
            QStringLiteral(
                "[[person/alikram-hummatov|Alikram Hummatov]] heads it from [[place/the-hague|The Hague]].") } };
    p.sources << s;

    Entity a;
    a.id = QStringLiteral("person/alikram-hummatov");
    a.kind = EntityKind::Person;
    a.name = QStringLiteral("Alikram Hummatov");
    a.aliases = { Alias { QStringLiteral("Əlikram Hümmətov"), QStringLiteral("az"), QStringLiteral("Latn") },
        Alias { QStringLiteral("Аликрам Гумматов"), QStringLiteral("ru"), QStringLiteral("Cyrl") } };
    a.summary = QStringLiteral("Heads the [[organization/tnm|TNM]].");
    a.body = QStringLiteral("He lives in [[place/the-hague|The Hague]].");
    a.attributes = { Attribute {
        QStringLiteral("role"), QStringLiteral("President"), { cite(QStringLiteral("He heads it.")) } } };
    a.citations = { cite(QStringLiteral("Alikram Hummatov heads it from The Hague.")) };

    Entity b;
    b.id = QStringLiteral("person/fahraddin-abbaszadeh");
    b.kind = EntityKind::Person;
    b.name = QStringLiteral("Fahraddin Abbaszadeh");
    b.citations = { cite(QStringLiteral("Abbaszadeh emigrated.")) };

    Entity o;
    o.id = QStringLiteral("organization/tnm");
    o.kind = EntityKind::Organization;
    o.name = QStringLiteral("Talysh National Movement");
    o.aliases = { Alias { QStringLiteral("TNM"), QStringLiteral("en"), QStringLiteral("Latn") } };
    o.citations = { cite(QStringLiteral("The movement was founded in 2007."), QString()) };

    Entity h;
    h.id = QStringLiteral("place/the-hague");
    h.kind = EntityKind::Place;
    h.name = QStringLiteral("The Hague");
    h.citations = { cite(QStringLiteral("from The Hague")) };

    Entity e1;
    e1.id = QStringLiteral("event/joined-unpo");
    e1.kind = EntityKind::Event;
    e1.name = QStringLiteral("TNM joins UNPO");
    e1.setDate(FuzzyDate::day(QDate(2007, 6, 26)));
    e1.citations = { cite(QStringLiteral("joined on 26 June 2007")) };
    Entity e0;
    e0.id = QStringLiteral("event/repression");
    e0.kind = EntityKind::Event;
    e0.name = QStringLiteral("Repression");
    e0.setDate(FuzzyDate::fromIso(QStringLiteral("1993-08-16"), QStringLiteral("1993-08-31"),
        FuzzyDate::Precision::Range, QStringLiteral("second half of August 1993")));
    e0.citations = { cite(QStringLiteral("In the second half of August 1993")) };
    Entity e2;
    e2.id = QStringLiteral("event/undated");
    e2.kind = EntityKind::Event;
    e2.name = QStringLiteral("An undated event");
    e2.citations = { cite(QStringLiteral("undated")) };

    p.entities = { a, b, o, h, e1, e0, e2 };
    p.relations = { Relation { a.id, QStringLiteral("heads"), o.id, FuzzyDate::year(2007), {},
                        { cite(QStringLiteral("Since 2007")) } },
        Relation { o.id, QStringLiteral("headquartered-in"), h.id, {}, {}, { cite(QStringLiteral("The Hague")) } } };
    return p;
}

} // namespace tkbtest
