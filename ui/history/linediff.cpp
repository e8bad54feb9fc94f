// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/history/linediff.h>

#include <algorithm>
#include <vector>

namespace tkb {

namespace {

// "Label: text" lines of one field pair up as a change; lines of different fields stay removed and added.
// Indented lines (a citation under its claim, a paragraph after the first) pair with each other; a line without
// a label (a note such as "(deleted)") pairs with none.
QString labelOf(const QString &line)
{
    if (line.startsWith(u' '))
        return QStringLiteral(" ");
    const qsizetype colon = line.indexOf(QLatin1StringView(": "));
    return colon < 0 ? line : line.left(colon);
}

// A run of removed lines followed by a run of added ones: lines with the same label (in order) become changed
// rows, the rest stay as they are, keeping both sides in their order.
void pairRun(QList<LineDiff::Row> &out, const QStringList &left, const QStringList &right, const QList<int> &removed,
    const QList<int> &added)
{
    QStringList addedLabels;
    addedLabels.reserve(added.size());
    for (const int r : added)
        addedLabels << labelOf(right[r]);
    qsizetype a = 0;
    for (const int l : removed) {
        const QString label = labelOf(left[l]);
        qsizetype match = -1;
        for (qsizetype k = a; k < added.size(); ++k) {
            if (addedLabels[k] == label) {
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

struct Step
{
    LineDiff::Kind kind;
    int left;
    int right;
};

// Beyond this many differing lines the search would take too long and too much memory (it keeps about d² ints).
constexpr qsizetype maxEdits = 1000;

// Myers' shortest edit script between left[from, n) and right[from, m), in order; empty when it has more than
// maxEdits steps (or nothing to compare).
std::vector<Step> editScript(
    const QStringList &left, const QStringList &right, qsizetype from, qsizetype n, qsizetype m)
{
    const qsizetype rows = n - from;
    const qsizetype cols = m - from;
    if (rows == 0 && cols == 0)
        return {};
    const qsizetype max = std::min(rows + cols, maxEdits);
    const qsizetype offset = max + 1;
    std::vector<qsizetype> v(size_t(2 * max + 3), 0);
    // trace[d]: the furthest x on each diagonal k in [-d, d] after d edits.
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= max && found < 0; ++d) {
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)])
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < rows && y < cols && left[from + x] == right[from + y]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= rows && y >= cols)
                found = d;
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    if (found < 0)
        return {};
    std::vector<Step> steps;
    qsizetype x = rows;
    qsizetype y = cols;
    const auto same = [&](qsizetype toX, qsizetype toY) {
        while (x > toX && y > toY) {
            --x;
            --y;
            steps.push_back({ LineDiff::Kind::Same, int(from + x), int(from + y) });
        }
    };
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype> &before = trace[size_t(d - 1)];
        const auto at = [&](qsizetype k) { return before[size_t(k + d - 1)]; };
        const qsizetype k = x - y;
        const qsizetype prevK = k == -d || (k != d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
        const qsizetype prevX = at(prevK);
        const qsizetype prevY = prevX - prevK;
        same(prevX, prevY);
        if (x == prevX)
            steps.push_back({ LineDiff::Kind::Added, -1, int(from + y - 1) });
        else
            steps.push_back({ LineDiff::Kind::Removed, int(from + x - 1), -1 });
        x = prevX;
        y = prevY;
    }
    same(0, 0);
    std::reverse(steps.begin(), steps.end());
    return steps;
}

} // namespace

QList<LineDiff::Row> LineDiff::compare(const QStringList &left, const QStringList &right)
{
    // An edit touches a few lines of a document: the lines both share at the start and at the end are the same
    // rows without any search.
    qsizetype head = 0;
    while (head < left.size() && head < right.size() && left[head] == right[head])
        ++head;
    qsizetype tail = 0;
    while (tail < left.size() - head && tail < right.size() - head
        && left[left.size() - 1 - tail] == right[right.size() - 1 - tail])
        ++tail;
    const qsizetype n = left.size() - tail;
    const qsizetype m = right.size() - tail;

    QList<Row> out;
    out.reserve(std::max(left.size(), right.size()));
    for (qsizetype i = 0; i < head; ++i)
        out.append({ Kind::Same, int(i), int(i) });
    QList<int> removed;
    QList<int> added;
    const auto flush = [&] {
        pairRun(out, left, right, removed, added);
        removed.clear();
        added.clear();
    };
    // The middle: a shortest edit script (Myers), in time and memory that grow with the number of lines changed,
    // not with the length of the document.
    const std::vector<Step> steps = editScript(left, right, head, n, m);
    if (steps.empty() && (n > head || m > head)) {
        // Too many changes to search: the middle reads as removed and added, fields still paired.
        for (qsizetype i = head; i < n; ++i)
            removed.append(int(i));
        for (qsizetype j = head; j < m; ++j)
            added.append(int(j));
    }
    for (const Step &step : steps) {
        if (step.kind == Kind::Same) {
            flush();
            out.append({ Kind::Same, step.left, step.right });
        } else if (step.kind == Kind::Removed) {
            removed.append(step.left);
        } else {
            added.append(step.right);
        }
    }
    flush();
    for (qsizetype k = 0; k < tail; ++k)
        out.append({ Kind::Same, int(n + k), int(m + k) });
    return out;
}

} // namespace tkb
