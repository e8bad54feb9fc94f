// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/parsedquery.h>
#include <core/search/searchcandidates_p.h>
#include <core/search/snippetmaker.h>

#include <QStringList>

#include <algorithm>

namespace tkb {

namespace {

// The prominence prior (docs/SEARCH.md): an entity's score gains up to this much for how often the base mentions
// it, enough to lift the subject of a base above a minor entity whose name matches alike, never enough to
// lift a name that merely begins with the words above an exact name (SearchStatements' tier scores).
constexpr double priorWeight = 40;
// The prior is looked up for the candidates it could still bring into the page, at most this many.
constexpr std::size_t maxPriorLookups = 200;

using Candidate = SearchCandidates::Candidate;

} // namespace

std::int64_t SearchCandidates::capFor(const ParsedQuery &pq)
{
    return pq.lastWordNeedsCompletions() ? typingFtsCap : ftsCap;
}

std::int64_t SearchCandidates::perProbeFor(const ParsedQuery &pq, std::int64_t want)
{
    return std::max(want, minPerProbe) * (pq.filter().isEmpty() ? 1 : 4);
}

void SearchCandidates::addNames(const std::vector<SearchStatements::NameRow> &names)
{
    for (const SearchStatements::NameRow &r : names) {
        Candidate &c = entities[r.entity];
        c.rowid = r.entity;
        if (r.score > c.score) {
            c.score = r.score;
            c.tier = r.tier;
        }
        if (r.tier > c.shownTier) { // the alias shown is the best-matching one, spelled before sounded
            c.shownTier = r.tier;
            c.source = r.source;
        }
        c.exact = c.exact || r.tier == SearchStatements::exactNameTier;
    }
    // An exact match of a name several entities share ("Talysh" of the people and of the region) tells none of
    // them apart, so what it adds above the best prefix match is shared.
    std::size_t exactMatches = 0;
    for (const auto &[rowid, c] : entities)
        exactMatches += c.tier >= SearchStatements::firstExactTier ? 1 : 0;
    if (exactMatches > 1) {
        for (auto &[rowid, c] : entities) {
            if (c.tier >= SearchStatements::firstExactTier && c.score > SearchStatements::bestPrefixScore)
                c.score = SearchStatements::bestPrefixScore
                    + (c.score - SearchStatements::bestPrefixScore) / double(exactMatches);
        }
    }
}

void SearchCandidates::addEntityText(const TextMatches &best)
{
    for (const auto &[rowid, match] : best) {
        Candidate &c = entities[rowid];
        c.rowid = rowid;
        c.score += match.score; // orders within a name tier, and ranks the text-only matches
        c.textColumns = match.columns;
    }
}

void SearchCandidates::addSectionText(const TextMatches &best)
{
    for (const auto &[rowid, match] : best)
        sections[rowid] = Candidate { true, rowid, match.score, false, -1, 0, 0, -1 };
}

void SearchCandidates::filter(const std::function<bool(bool, std::int64_t)> &passes)
{
    std::erase_if(entities, [&](const auto &e) { return !passes(false, e.first); });
    std::erase_if(sections, [&](const auto &e) { return !passes(true, e.first); });
}

std::vector<Candidate> SearchCandidates::page(
    int offset, std::int64_t want, bool anyMentions, const std::function<double(std::int64_t)> &prominence)
{
    std::vector<Candidate> ranked;
    ranked.reserve(entities.size() + sections.size());
    for (const auto &[rowid, c] : entities)
        ranked.push_back(c);
    for (const auto &[rowid, c] : sections)
        ranked.push_back(c);
    const std::size_t end = std::min(ranked.size(), std::size_t(want));
    if (std::size_t(offset) >= end)
        return {};
    const auto better = [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.section != b.section)
            return !a.section;
        return a.rowid < b.rowid;
    };
    // Found by a name, the prior adds up to priorWeight; found by its text alone, it multiplies the text score by
    // up to two, so a central entity that merely mentions a word does not outrank what is about it. Only the
    // candidates that could so reach the page's last place are looked up (best first, at most maxPriorLookups),
    // and none in a base that mentions nothing.
    const auto mostGain = [](const Candidate &c) {
        return c.section ? 0.0 : (c.tier > 0 ? priorWeight : std::min(priorWeight, c.score));
    };
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(end), ranked.end(), better);
    if (anyMentions) {
        const double last = ranked[end - 1].score;
        std::vector<Candidate *> reaching;
        for (Candidate &c : ranked) {
            if (c.score + mostGain(c) >= last && mostGain(c) > 0)
                reaching.push_back(&c);
        }
        if (reaching.size() > maxPriorLookups) {
            std::partial_sort(reaching.begin(), reaching.begin() + std::ptrdiff_t(maxPriorLookups), reaching.end(),
                [&](const Candidate *a, const Candidate *b) { return better(*a, *b); });
            reaching.resize(maxPriorLookups);
        }
        for (Candidate *c : reaching)
            c->score += mostGain(*c) * prominence(c->rowid);
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(end), ranked.end(), better);
    }
    ranked.resize(end);
    ranked.erase(ranked.begin(), ranked.begin() + offset);
    return ranked;
}

SearchHit SearchCandidates::entityHit(const Candidate &c, const ParsedQuery &pq, const QString &id, const QString &kind,
    const QString &name, std::string_view aliases, std::string_view summary,
    const std::function<std::string_view()> &readBody)
{
    SearchHit hit;
    hit.score = c.score;
    hit.exactName = c.exact;
    hit.id = id;
    hit.kind = entityKindFromId(kind).value_or(EntityKind::Topic);
    hit.name = name;
    // A text the text query found no match in is not searched for one: most entities found by a name match it
    // nowhere else, and cutting a passage reads and folds every word of the text. Unknown (found by name keys
    // alone, or no text query): every text is searched.
    const bool summaryMatches = c.textColumns < 0 || (c.textColumns & summaryColumnBit) != 0;
    const bool bodyMatches = c.textColumns < 0 || (c.textColumns & bodyColumnBit) != 0;
    if (summaryMatches)
        hit.snippet = SnippetMaker::passage(summary, pq);
    // The body (often long, past the row's first page) is read only when the summary shows no match.
    std::string_view body;
    if ((hit.snippet.isEmpty() && bodyMatches) || summary.empty()) {
        body = readBody();
        if (hit.snippet.isEmpty() && bodyMatches)
            hit.snippet = SnippetMaker::passage(body, pq);
    }
    // Found by another spelling of the name: show which (the alias whose key matched, else every alias that
    // matches). The aliases are lines.
    auto markAliases = [&](int only) {
        QStringList matched;
        std::size_t from = 0;
        for (int line = 0; from <= aliases.size(); ++line) {
            const std::size_t to = std::min(aliases.find('\n', from), aliases.size());
            if (to > from && (only < 0 || line == only)) {
                const QString marked = SnippetMaker::markAll(aliases.substr(from, to - from), pq);
                if (!marked.isEmpty())
                    matched << marked;
            }
            from = to + 1;
        }
        return matched.join(QStringLiteral(" · "));
    };
    if (hit.snippet.isEmpty() && c.source >= 0)
        hit.snippet = markAliases(c.source);
    if (hit.snippet.isEmpty())
        hit.snippet = markAliases(-1);
    if (hit.snippet.isEmpty())
        hit.snippet = SnippetMaker::opening(summary.empty() ? body : summary);
    return hit;
}

SearchHit SearchCandidates::sectionHit(const Candidate &c, const ParsedQuery &pq, const QString &source,
    std::string_view section, std::string_view text, const QString &sourceTitle)
{
    SearchHit hit;
    hit.score = c.score;
    hit.exactName = c.exact;
    hit.id = source;
    hit.kind = EntityKind::Source;
    hit.inSection = true;
    hit.section = QString::fromUtf8(section.data(), qsizetype(section.size()));
    hit.name = hit.section.isEmpty() ? sourceTitle : sourceTitle + QStringLiteral(" — ") + hit.section;
    hit.snippet = SnippetMaker::passage(text, pq);
    if (hit.snippet.isEmpty())
        hit.snippet = SnippetMaker::markAll(section, pq);
    if (hit.snippet.isEmpty())
        hit.snippet = SnippetMaker::opening(text);
    return hit;
}

} // namespace tkb
