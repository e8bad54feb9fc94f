// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The prepared statements of the search queries, prepared once per connection (type-ahead runs a search per
// key), and the lookups that search, type-ahead and "did you mean" share: completions, name keys, text matches.
#include <core/model/entitykind.h>
#include <core/search/sqlstatement_p.h>

#include <QList>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace tkb {

class ParsedQuery;
class SearchFilter;

struct SearchStatements
{
    explicit SearchStatements(sqlite3 *db);

    SqlStatement ftsEntity, ftsSection, entityRow, sectionRow, wordsBySkeleton, wordsInRange, wordKnown, completions,
        soundCompletions, entityTerm, sectionTerm, mentions, mostMentions, entityDate, entityPlaces, sectionPlace,
        sectionTitles, sourceIds, begin, commit;
    sqlite3 *connection;

    // One read transaction for all the statements of a call, unless the caller is already in one. Each
    // statement on its own would start and end a transaction of its own: a lock taken and released and the
    // file's size looked up every time, and the page cache checked again, which cost more than the lookups.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(SearchStatements &st);
        ~ReadTransaction();
        ReadTransaction(const ReadTransaction &) = delete;
        ReadTransaction &operator=(const ReadTransaction &) = delete;

    private:
        static bool step(SqlStatement &st);
        SearchStatements *m_st;
    };

    // Completions tried for a prefix being typed (per spelling and per sound); fewer for the shortest prefixes,
    // whose completions are many and each common.
    static constexpr std::int64_t maxCompletions = 8;
    static constexpr std::int64_t maxShortCompletions = 4;

    // A name key's match: how it matched (nameTier) and the score that ranks it among the others.
    struct NameRow
    {
        std::int64_t entity = 0;
        int tier = 0;
        int source = -1;
        double score = 0;
    };
    // The tier of a whole name matched exactly in its spelling: the best there is.
    static constexpr int exactNameTier = 9;
    // Tiers from here up match a name or a later word of it exactly; below, the query is the beginning of one.
    static constexpr int firstExactTier = 6;
    // The most a prefix match of a name scores (SearchStatements' name scores).
    static constexpr double bestPrefixScore = 22;

    // A row the text query found: its best score, and (from a query over every column) where it matched.
    struct TextMatch
    {
        double score = 0;
        std::int64_t columns = -1;
    };

    // How central an entity is to the base, 0..1: the mentions of it in texts and sources (links to it), on a
    // log scale relative to the most mentioned entity (counted once per connection).
    double prominence(std::int64_t entity);
    // The same from the counts: mentions of the entity, and of the most mentioned one.
    static double prominenceOf(std::int64_t mentions, std::int64_t mostMentioned);
    // Whether any entity is mentioned at all (else every prominence is 0 and need not be looked up).
    bool anyMentions();

    // Whether an entity or a source's section passes the query's dates, section and source (SearchFilter): an
    // entity by its date and the places its citations point to (a source by itself too), a section by where it is.
    bool passes(const SearchFilter &filter, bool section, std::int64_t rowid);

    // Whether the word is one of the base's names, aliases or sources (search_word).
    bool known(const std::string &fold);
    // Known words the last word of the query may be the start of, in its spelling and by its sound.
    void complete(ParsedQuery &pq, QString *error);
    // How one name key found matches: key is the stored key, typed the length of the query's key it was looked up
    // by (in its spelling, or its sound when phonetic). Shared with the server's type-ahead (ServerSearch).
    static NameRow nameRow(std::string_view key, std::size_t typed, bool phonetic, std::int64_t entity,
        std::int64_t flags, std::int64_t source, EntityKind kind);
    // Entities whose name or alias keys start with (or, for a finished word, equal) the query, in any spelling.
    void collectNames(const ParsedQuery &pq, std::optional<EntityKind> kind, std::int64_t perProbe,
        std::vector<NameRow> &out, QString *error);
    // Rows and scores of a text query; `columns` says the statement's third column is tkb_columns().
    static void collectFts(SqlStatement &st, const std::string &expression, std::int64_t cap, bool columns,
        std::unordered_map<std::int64_t, TextMatch> &best, QString *error);

    // Every query here is built by us, so a failing statement means trouble with the file, not odd user text;
    // the one exception is an FTS5 parse error, which must never reach the reader as a message.
    static void report(const SqlStatement &st, QString *error);
    // Steps through all rows, then resets; reports a failure.
    template <typename Fn> static void forEachRow(SqlStatement &st, QString *error, Fn &&fn)
    {
        while (st.next())
            fn();
        if (st.failed())
            report(st, error);
        st.reset();
    }

private:
    SqlStatement &namesStatement(std::optional<EntityKind> kind, bool prefix, int probes);
    std::map<int, std::unique_ptr<SqlStatement>> names; ///< by kind (0: every kind), prefix and number of keys
    std::int64_t mostMentioned = -1; ///< the most mentions of one entity; -1 until counted
    const QList<EntityKind> kinds = allEntityKinds(); ///< the order the name statements number the kinds in
};

} // namespace tkb
