// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualityset.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace tkb::bench {

bool QualitySet::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        Query q;
        q.text = parts.value(0);
        for (const QString &judged : parts.value(1).split(u' ', Qt::SkipEmptyParts)) {
            const qsizetype eq = judged.lastIndexOf(u'=');
            bool ok = false;
            const int grade = eq > 0 ? judged.mid(eq + 1).toInt(&ok) : 0;
            if (!ok || grade < 1 || grade > 2) {
                *error = QStringLiteral("%1:%2: a judgement reads id=1 or id=2, found \"%3\"")
                             .arg(path)
                             .arg(lineNo)
                             .arg(judged);
                return false;
            }
            q.grades.insert(judged.left(eq), grade);
        }
        if (parts.size() != 2 || q.text.isEmpty() || q.grades.isEmpty()) {
            *error = QStringLiteral("%1:%2: a line reads query<TAB>id=grade ...").arg(path).arg(lineNo);
            return false;
        }
        m_queries.append(q);
    }
    return true;
}

QString QualitySet::key(const SearchHit &hit)
{
    return hit.inSection ? hit.id + u'#' + hit.section : hit.id;
}

QualitySet::Result QualitySet::evaluate(const SearchIndex &search, QTextStream *details) const
{
    Result r;
    for (const Query &q : m_queries) {
        SearchQuery sq;
        sq.text = q.text;
        sq.limit = 20;
        const QList<SearchHit> hits = search.search(sq);
        int firstRelevant = 0;
        double dcg = 0;
        for (qsizetype i = 0; i < hits.size(); ++i) {
            const int grade = q.grades.value(key(hits[i]), 0);
            if (grade > 0 && firstRelevant == 0)
                firstRelevant = int(i) + 1;
            if (i < 10)
                dcg += (std::pow(2.0, grade) - 1) / std::log2(double(i) + 2);
        }
        QList<int> ideal = q.grades.values();
        std::sort(ideal.begin(), ideal.end(), std::greater<>());
        double idcg = 0;
        for (qsizetype i = 0; i < ideal.size() && i < 10; ++i)
            idcg += (std::pow(2.0, ideal[i]) - 1) / std::log2(double(i) + 2);
        const double ndcg = idcg > 0 ? dcg / idcg : 0;
        r.mrr += firstRelevant > 0 ? 1.0 / firstRelevant : 0;
        r.ndcg10 += ndcg;
        ++r.queries;
        if (firstRelevant == 0)
            r.misses << q.text;
        if (details) {
            QStringList top;
            for (qsizetype i = 0; i < hits.size() && i < 3; ++i)
                top << key(hits[i]);
            *details << "  " << q.text << "\tfirst relevant "
                     << (firstRelevant ? QString::number(firstRelevant) : QStringLiteral("-")) << "\tnDCG@10 "
                     << QString::number(ndcg, 'f', 2) << "\t" << top.join(QStringLiteral(", ")) << '\n';
        }
    }
    if (r.queries > 0) {
        r.mrr /= r.queries;
        r.ndcg10 /= r.queries;
    }
    return r;
}

} // namespace tkb::bench
