// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/fts5api.h>
#include <core/search/rankfunction.h>

#include <sqlite3.h>

namespace tkb {

namespace {

struct Weights
{
    const double *values;
    int count;
};
// The column weights of search_entity (name, aliases, summary, body, kind) and search_section (title, text).
constexpr double entityWeightValues[] = { 10.0, 6.0, 2.0, 1.0, 0.0 };
constexpr double sectionWeightValues[] = { 4.0, 1.0 };
const Weights entityWeights { entityWeightValues, 5 };
const Weights sectionWeights { sectionWeightValues, 2 };

// Calls fn(column) for every column each of the query's phrases occurs in, in this row.
template <typename Fn> void forEachPhraseColumn(const Fts5ExtensionApi *api, Fts5Context *fts, Fn &&fn)
{
    const int phrases = api->xPhraseCount(fts);
    for (int p = 0; p < phrases; ++p) {
        Fts5PhraseIter it;
        int column = -1;
        if (api->xPhraseFirstColumn(fts, p, &it, &column) != SQLITE_OK)
            continue;
        for (; column >= 0; api->xPhraseNextColumn(fts, &it, &column))
            fn(column);
    }
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const auto *builtIn = static_cast<const Weights *>(api->xUserData(fts));
    // Σ over the query's phrases of the weights of the columns that contain them. A name is indexed by its
    // sound alone (FoldingTokenizer), so every spelling of it scores alike; a lower-case word by its spelling.
    double score = 0;
    forEachPhraseColumn(api, fts, [&](int column) {
        score += builtIn ? (column < builtIn->count ? builtIn->values[column] : 1.0)
                         : (column < argc ? sqlite3_value_double(argv[column]) : 1.0);
    });
    sqlite3_result_double(ctx, -score);
}

void columns(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_int64 mask = 0;
    forEachPhraseColumn(api, fts, [&](int column) {
        if (column < 63)
            mask |= sqlite3_int64(1) << column;
    });
    sqlite3_result_int64(ctx, mask);
}

} // namespace

bool RankFunction::registerOn(sqlite3 *db, QString *error)
{
    fts5_api *api = fts5Api(db);
    int rc = api ? api->xCreateFunction(api, name, nullptr, rank, nullptr) : SQLITE_ERROR;
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, entityRank, const_cast<Weights *>(&entityWeights), rank, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, sectionRank, const_cast<Weights *>(&sectionWeights), rank, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, columnsFunction, nullptr, columns, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error
                = QStringLiteral("cannot register the search ranking: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

} // namespace tkb
