// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/fts5api.h>
#include <core/search/rankfunction.h>
#include <core/search/wordstemmer.h>

#include <iterator>
#include <sqlite3.h>
#include <vector>

namespace tkb {

namespace {

struct Weights
{
    const double *values;
    int count;
};
const Weights entityTable { RankFunction::entityWeights, int(std::size(RankFunction::entityWeights)) };
const Weights sectionTable { RankFunction::sectionWeights, int(std::size(RankFunction::sectionWeights)) };

// The weight of each of the query's phrases, worked out once per query (FTS5 keeps it as the query's aux data).
const std::vector<double> &phraseWeights(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    if (auto *known = static_cast<std::vector<double> *>(api->xGetAuxdata(fts, 0)))
        return *known;
    auto *weights = new std::vector<double>(std::size_t(api->xPhraseCount(fts)), 1.0);
    for (std::size_t p = 0; p < weights->size(); ++p) {
        const char *token = nullptr;
        int bytes = 0;
        if (api->iVersion >= 3 && api->xQueryToken(fts, int(p), 0, &token, &bytes) == SQLITE_OK && token && bytes > 0
            && token[0] == WordStemmer::stemMarker)
            (*weights)[p] = RankFunction::otherFormWeight;
    }
    // On failure FTS5 has freed weights already: every phrase then weighs alike.
    static const std::vector<double> none;
    if (api->xSetAuxdata(fts, weights, [](void *v) { delete static_cast<std::vector<double> *>(v); }) != SQLITE_OK)
        return none;
    return *weights;
}

// Calls fn(column, phrase) for every column each of the query's phrases occurs in, in this row.
template <typename Fn> void forEachPhraseColumn(const Fts5ExtensionApi *api, Fts5Context *fts, Fn &&fn)
{
    const int phrases = api->xPhraseCount(fts);
    for (int p = 0; p < phrases; ++p) {
        Fts5PhraseIter it;
        int column = -1;
        if (api->xPhraseFirstColumn(fts, p, &it, &column) != SQLITE_OK)
            continue;
        for (; column >= 0; api->xPhraseNextColumn(fts, &it, &column))
            fn(column, p);
    }
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const auto *builtIn = static_cast<const Weights *>(api->xUserData(fts));
    // Σ over the query's phrases of the weights of the columns that contain them. A name is indexed by its
    // sound alone (FoldingTokenizer), so every spelling of it scores alike; a lower-case word by its spelling.
    double score = 0;
    const std::vector<double> &weights = phraseWeights(api, fts);
    forEachPhraseColumn(api, fts, [&](int column, int phrase) {
        score += (builtIn ? (column < builtIn->count ? builtIn->values[column] : 1.0)
                          : (column < argc ? sqlite3_value_double(argv[column]) : 1.0))
            * (std::size_t(phrase) < weights.size() ? weights[std::size_t(phrase)] : 1.0);
    });
    sqlite3_result_double(ctx, -score);
}

void columns(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_int64 mask = 0;
    forEachPhraseColumn(api, fts, [&](int column, int) {
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
        rc = api->xCreateFunction(api, entityRank, const_cast<Weights *>(&entityTable), rank, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, sectionRank, const_cast<Weights *>(&sectionTable), rank, nullptr);
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
