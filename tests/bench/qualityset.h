// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Search quality against a judged query set: each query with the hits that answer it (graded 2 or 1, judged from
// the article's text), and the mean reciprocal rank and nDCG@10 that SearchIndex::search() reaches on it.
#include <core/search/searchindex.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QTextStream>

namespace tkb::bench {

class QualitySet
{
public:
    struct Query
    {
        QString text;
        QHash<QString, int> grades; ///< hit key ("id", or "id#Section" for a source section) -> 1 or 2
    };
    struct Result
    {
        int queries = 0;
        double mrr = 0;
        double ndcg10 = 0;
        QStringList misses; ///< queries with no relevant hit in the first 20
    };

    /// Reads "query<TAB>id=grade ..." lines ('#' starts a comment); false with error on a bad line.
    bool load(const QString &path, QString *error);
    const QList<Query> &queries() const { return m_queries; }
    /// Runs every query as `talysh-kb-cli search` does (20 hits, the last word a prefix) and scores the pages;
    /// with details, one line per query (rank of the first relevant hit, nDCG@10, the first three hits).
    Result evaluate(const SearchIndex &search, QTextStream *details = nullptr) const;
    /// The key a hit is judged under.
    static QString key(const SearchHit &hit);

private:
    QList<Query> m_queries;
};

} // namespace tkb::bench
