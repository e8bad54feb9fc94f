// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Generates a deterministic synthetic knowledge base of any size: people, organizations, places, events and
// topics with names in English, Azerbaijani Latin and Russian Cyrillic (some places also in Persian script),
// summaries and bodies with [[id|label]] links, and the query mix the benchmark times against it.
#include <core/model/entity.h>
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

    std::mt19937_64 m_rng;
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
};

} // namespace tkb::bench
