// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/history/linediff.h>

#include <vector>

namespace tkb {

namespace {

// "Label: text" lines of one field pair up as a change; lines of different fields stay removed and added.
// Indented lines (a citation under its claim, a paragraph after the first) pair with each other.
QString labelOf(const QString &line)
{
    if (line.startsWith(u' '))
        return {};
    const qsizetype colon = line.indexOf(QLatin1StringView(": "));
    return colon < 0 ? QString() : line.left(colon);
}

// A run of removed lines followed by a run of added ones: lines with the same label (in order) become changed
// rows, the rest stay as they are, keeping both sides in their order.
void pairRun(QList<LineDiff::Row> &out, const QStringList &left, const QStringList &right, const QList<int> &removed,
    const QList<int> &added)
{
    qsizetype a = 0;
    for (const int l : removed) {
        qsizetype match = -1;
        for (qsizetype k = a; k < added.size(); ++k) {
            if (labelOf(right[added[k]]) == labelOf(left[l])) {
                match = k;
                break;
            }
        }
        if (match < 0) {
            out.append({ LineDiff::Kind::Removed, l, -1 });
            continue;
        }
        for (; a < match; ++a)
            out.append({ LineDiff::Kind::Added, -1, added[a] });
        out.append({ LineDiff::Kind::Changed, l, added[a] });
        ++a;
    }
    for (; a < added.size(); ++a)
        out.append({ LineDiff::Kind::Added, -1, added[a] });
}

} // namespace

QList<LineDiff::Row> LineDiff::compare(const QStringList &left, const QStringList &right)
{
    const qsizetype n = left.size();
    const qsizetype m = right.size();
    // lcs[i][j]: length of the longest common subsequence of left[i..] and right[j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[size_t(i)][size_t(j)] = left[i] == right[j]
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
    }
    QList<Row> out;
    QList<int> removed;
    QList<int> added;
    const auto flush = [&] {
        pairRun(out, left, right, removed, added);
        removed.clear();
        added.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && left[i] == right[j]) {
            flush();
            out.append({ Kind::Same, int(i++), int(j++) });
        } else if (j >= m || (i < n && lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            removed.append(int(i++));
        } else {
            added.append(int(j++));
        }
    }
    flush();
    return out;
}

} // namespace tkb
