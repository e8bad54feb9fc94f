#pragma once
// tkb_rank(): the ranking search() orders by — the weights of the columns each query phrase occurs in (BM25
// with tf = 1, as detail='column' stores it, and without its two costly parts: IDF makes FTS5 walk every
// matching row of every phrase before returning the first one, and length normalization reads a size
// record per row, at random; with every word required (AND) and names ranked by name keys first, neither
// changes much). Arguments: one weight per column. Returns minus the score, so ORDER BY it is best first.
#include <QString>

struct sqlite3;

namespace tkb {

class RankFunction
{
public:
    static constexpr const char *name = "tkb_rank";
    static bool registerOn(sqlite3 *db, QString *error);
};

} // namespace tkb
