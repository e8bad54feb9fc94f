// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Generates a deterministic synthetic knowledge base of any size: people, organizations, places, events and
// topics with names in English, Azerbaijani Latin and Russian Cyrillic (some places also in Persian script),
// summaries and bodies with [[id|label]] links, and the query mix the benchmark times against it. A fifth of the
// entities carry a date (a day, a month, a year, a part of a year or a range, some circa) and a few hubs gather
// thousands of relations; both come from a second random stream, so names and the query mix stay those of the
// bases measured before dates and relations were added.
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/model/sourcedocument.h>

#include <QStringList>

#include <random>

namespace tkb::bench {

class SyntheticBase
{
public:
    explicit SyntheticBase(quint64 seed = 20070626);

    /// The next entity; ids are unique, links point only at entities generated before.
    Entity next();
    /// A source document of a few sections that mention generated entities (one per so many entities).
    SourceDocument nextSource();
    /// The next entity as an event, always dated (a timeline's worth of them without the rest of a base).
    Entity nextEvent();
    /// Relations of the last entity next() returned: a person is member-of an organization generated before,
    /// an organization is based in a place; and every so many people join the current hub (an organization with
    /// thousands of members). Links point backwards only, like the body's.
    QList<Relation> relationsOfLast();
    /// A hub organization of its own with count members among the people generated so far, each member-of it
    /// (and some with a period or as former members), plus a few other predicates: the graph's worst case.
    Entity hub(int count, QList<Relation> *relations);

    /// Query mix, drawn from what was generated so far (call after generating).
    QStringList rareNames(int n); ///< uncommon surnames, in a random script
    QStringList fullNames(int n); ///< "first surname", in a random script
    QStringList commonWords() const; ///< words in a large share of the texts
    QStringList prefixes(int length, int n); ///< first letters of names, any script
    QStringList misspellings(int n); ///< rare surnames with one slip (dropped, doubled, swapped or wrong letter)

    qint64 generated() const { return m_count; }

private:
    struct Name
    {
        QString forms[3]; // en, az, ru
    };
    Name surname(bool rare);
    Name firstName();
    Name place();
    QString sentence();
    QString link();
    int pick(int n);
    double chance();
    int pickExtra(int n);
    double chanceExtra();
    FuzzyDate eventDate(int year);
    FuzzyDate lifeDate();

    std::mt19937_64 m_rng;
    std::mt19937_64 m_extra; ///< dates and relations, apart from the names' stream
    qint64 m_count = 0;
    qint64 m_sources = 0;
    struct Linkable
    {
        QString id;
        QString label;
    };
    std::vector<Linkable> m_linkable; ///< a sample of earlier entities to link to
    std::vector<Name> m_rareSurnames; ///< a sample of generated three-syllable surnames
    std::vector<std::pair<Name, Name>> m_people; ///< a sample of generated first/last names
    std::vector<QString> m_orgNames;
    std::vector<QString> m_orgIds; ///< a sample of generated organizations, for member-of
    std::vector<QString> m_placeIds; ///< a sample of generated places, for based-in
    std::vector<QString> m_personIds; ///< a sample of generated people, for a hub's members
    Entity m_last;
    qint64 m_hubs = 0;
};

} // namespace tkb::bench
