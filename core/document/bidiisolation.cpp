// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/bidiisolation.h>

namespace tkb {

namespace {

enum class Strong { None, Ltr, Rtl };

Strong strength(QChar c)
{
    switch (c.direction()) {
    case QChar::DirL:
        return Strong::Ltr;
    case QChar::DirR:
    case QChar::DirAL:
        return Strong::Rtl;
    default:
        return Strong::None;
    }
}

bool opens(QChar c)
{
    return c == u'(' || c == u'[';
}

bool closes(QChar c)
{
    return c == u')' || c == u']';
}

/// Brackets opened and not closed in text (negative: closed and not opened there).
int openBrackets(QStringView text)
{
    int open = 0;
    for (QChar c : text)
        open += opens(c) ? 1 : closes(c) ? -1 : 0;
    return open;
}

/// The runs whose text is drawn as it is: a footnote marker shows "[n]" and a print-only run nothing.
bool drawn(const PageRun &r)
{
    return r.note == 0 && !(r.style & PageRun::PrintOnly);
}

} // namespace

PageRuns BidiIsolation::isolated(const PageRuns &runs)
{
    // The drawn text as one string, each character knowing its run.
    QString all;
    QList<qsizetype> runOf;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (!drawn(runs[i]))
            continue;
        all += runs[i].text;
        runOf.insert(runOf.size(), runs[i].text.size(), i);
    }
    // Where to put FSI (before the character at the first offset) and PDI (after the one at the second).
    QList<std::pair<qsizetype, qsizetype>> stretches;
    const qsizetype n = all.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype end = i;
        bool ltr = false;
        while (end < n && strength(all[end]) != Strong::Rtl) {
            ltr = ltr || strength(all[end]) == Strong::Ltr;
            ++end;
        }
        if (ltr) {
            qsizetype first = i;
            qsizetype last = end - 1;
            // After right-to-left words a stretch begins at its first letter; at the start it takes the punctuation
            // in front of that letter's run ("“Quoted”"), not a run of its own ("→ " before a link).
            qsizetype letter = first;
            while (strength(all[letter]) != Strong::Ltr)
                ++letter;
            if (i > 0)
                first = letter;
            while (first < letter && runOf[first] != runOf[letter])
                ++first;
            if (end == n) { // at the end: the sentence's own punctuation, but not a bracket opened before it
                for (int open = openBrackets(QStringView(all).sliced(first, last + 1 - first));
                    open < 0 && strength(all[last]) != Strong::Ltr; --last)
                    open += closes(all[last]) ? 1 : 0;
            } else { // before right-to-left words: end at the last letter, or a bracket it opened
                while (strength(all[last]) != Strong::Ltr)
                    --last;
                int open = openBrackets(QStringView(all).sliced(first, last + 1 - first));
                for (qsizetype k = last + 1; k < end && open > 0; ++k) {
                    if (closes(all[k])) {
                        --open;
                        last = k;
                    }
                }
            }
            stretches.append({ first, last });
        }
        i = end + 1;
    }
    if (stretches.isEmpty())
        return runs;

    // Marks inserted from the back, so the offsets in front stay valid.
    PageRuns out = runs;
    QList<qsizetype> runStart(runs.size(), 0);
    for (qsizetype at = 0; at < n; ++at) {
        if (at == 0 || runOf[at] != runOf[at - 1])
            runStart[runOf[at]] = at;
    }
    for (auto it = stretches.crbegin(); it != stretches.crend(); ++it) {
        const auto [first, last] = *it;
        if (last == n - 1 && !drawn(out.constLast())) // footnote markers at the end belong to the sentence too
            out << PageRun::plain(QString(popDirectionalIsolate));
        else
            out[runOf[last]].text.insert(last - runStart[runOf[last]] + 1, popDirectionalIsolate);
        out[runOf[first]].text.insert(first - runStart[runOf[first]], firstStrongIsolate);
    }
    return out;
}

PageDocument BidiIsolation::isolated(PageDocument page)
{
    for (PageBlock &b : page.blocks) {
        b.runs = isolated(b.runs);
        for (PageRun &h : b.header)
            h = isolated(PageRuns { h }).constFirst();
        for (PageRuns &item : b.items)
            item = isolated(item);
        if (b.role == PageBlock::Role::Hits)
            continue;
        for (QList<PageRuns> &row : b.rows) {
            for (PageRuns &cell : row)
                cell = isolated(cell);
        }
    }
    return page;
}

} // namespace tkb
