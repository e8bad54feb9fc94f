// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one search found before it is shown, whichever engine found it (SQLite's FTS5 or a server's terms): the
// entities and sections with their scores, how name keys and text matches add up, the prominence prior, the page's
// order, and the hit each becomes with its snippet. Written once, so both back ends rank and show alike.
#include <core/search/searchhit.h>
#include <core/search/searchstatements_p.h>

#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tkb {

class ParsedQuery;

class SearchCandidates
{
public:
    // Full-text matches ranked per query. A query matching more rows than this (a common word in a base of a
    // million entities) is ranked among the first this many in index order: ranking all of them would take
    // long, and names are found completely by the name keys anyway.
    static constexpr std::int64_t ftsCap = 1000;
    // While typing, the text matches are ranked among fewer rows: the list changes with the next key anyway.
    static constexpr std::int64_t typingFtsCap = 300;
    // Name keys come in key order; a few more than needed let the better tiers (whole name, the name rather
    // than an alias) surface from among alphabetically earlier surnames.
    static constexpr std::int64_t minPerProbe = 32;
    // Bits of the text columns an entity matched in (tkb_columns() over search_entity).
    static constexpr std::int64_t summaryColumnBit = 1 << 2, bodyColumnBit = 1 << 3;

    struct Candidate
    {
        bool section = false;
        std::int64_t rowid = 0;
        double score = 0;
        bool exact = false;
        int source = -1; ///< the alias (line) whose key matched, -1 for the name or none
        int tier = 0; ///< the name tier of the best-scoring key, 0 for none
        int shownTier = 0; ///< the tier of the key whose alias (source) is shown
        std::int64_t textColumns = -1; ///< where the text query matched (column bits), -1 if unknown
    };
    using TextMatches = std::unordered_map<std::int64_t, SearchStatements::TextMatch>;

    std::unordered_map<std::int64_t, Candidate> entities, sections;

    /// The text match caps for the query: fewer while its last word is being typed.
    static std::int64_t capFor(const ParsedQuery &pq);
    /// Name keys to read per probe for a page ending at want (more when a filter will drop some).
    static std::int64_t perProbeFor(const ParsedQuery &pq, std::int64_t want);

    /// Each entity by its best key; an exact match of a name several entities share tells none of them apart.
    void addNames(const std::vector<SearchStatements::NameRow> &names);
    /// Text matches of entities (adding to their name scores) and of sections.
    void addEntityText(const TextMatches &best);
    void addSectionText(const TextMatches &best);
    /// Drops what the query's filter does not pass (dates, section, source), tested on each candidate.
    void filter(const std::function<bool(bool section, std::int64_t rowid)> &passes);
    /// The page [offset, want) best first, after the prominence prior (looked up for the candidates it could bring
    /// into the page, none when the base mentions nothing).
    std::vector<Candidate> page(
        int offset, std::int64_t want, bool anyMentions, const std::function<double(std::int64_t)> &prominence);

    /// The hit of an entity; body is read only when its snippet needs it. The texts are UTF-8.
    static SearchHit entityHit(const Candidate &c, const ParsedQuery &pq, const QString &id, const QString &kind,
        const QString &name, std::string_view aliases, std::string_view summary,
        const std::function<std::string_view()> &body);
    /// The hit of a source's section.
    static SearchHit sectionHit(const Candidate &c, const ParsedQuery &pq, const QString &source,
        std::string_view section, std::string_view text, const QString &sourceTitle);
};

} // namespace tkb
