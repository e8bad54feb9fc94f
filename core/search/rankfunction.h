// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tkb_rank(): the ranking search() orders by — the weights of the columns each query phrase occurs in (BM25
// with tf = 1, as detail='column' stores it, and without its two costly parts: IDF makes FTS5 walk every
// matching row of every phrase before returning the first one, and length normalization reads a size
// record per row, at random; with every word required (AND) and names ranked by name keys first, neither
// changes much). Arguments: one weight per column. Returns minus the score, so ORDER BY it is best first.
//
// tkb_rank_entity() and tkb_rank_section() are the same with the weights of the two tables built in: FTS5
// compiles a rank function's arguments into a statement of their own for every query ("SELECT 10.0, 6.0, …"),
// which cost more than a short search itself. New bases configure them as the tables' rank; search() also
// names them in its queries (`AND rank MATCH 'tkb_rank_entity()'`) for bases made with tkb_rank(…).
#include <QString>

struct sqlite3;

namespace tkb {

class RankFunction
{
public:
    static constexpr const char *name = "tkb_rank";
    static constexpr const char *entityRank = "tkb_rank_entity";
    static constexpr const char *sectionRank = "tkb_rank_section";
    /// tkb_columns(table): the columns the query's phrases occur in in this row, as a bit mask (bit i: column
    /// i). search() reads it beside the rank, so it cuts snippets only from texts that match.
    static constexpr const char *columnsFunction = "tkb_columns";
    static bool registerOn(sqlite3 *db, QString *error);

    /// The column weights of search_entity (name, aliases, summary, body, kind) and search_section (title, text),
    /// which a server's ranking uses too (ServerSearch).
    static constexpr double entityWeights[] = { 10.0, 6.0, 2.0, 1.0, 0.0 };
    static constexpr double sectionWeights[] = { 4.0, 1.0 };
    /// A word found only in another form (a stem term) counts this much: the exact form, which the index holds
    /// by its spelling besides, outranks it.
    static constexpr double otherFormWeight = 0.5;
};

} // namespace tkb
