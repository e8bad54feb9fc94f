// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <ui/editing/passagelocator.h>

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace tkb {

namespace {

constexpr QChar paragraphSeparator { 0x2029 };
constexpr QChar lineSeparator { 0x2028 };

// The directional isolates a right-to-left page puts around its English (BidiIsolation): drawn as nothing, and
// not part of the stored text.
bool isIsolateMark(QChar c)
{
    return c.unicode() >= 0x2066 && c.unicode() <= 0x2069;
}

QString withoutIsolateMarks(QString t)
{
    t.removeIf([](QChar c) { return isIsolateMark(c); });
    return t;
}

// A document position inside block as an offset into the block's text without its isolate marks.
qsizetype unmarkedOffset(const QTextBlock &b, qsizetype position)
{
    const QString text = b.text();
    const qsizetype at = qBound(qsizetype(0), position - b.position(), text.size());
    qsizetype marks = 0;
    for (qsizetype i = 0; i < at; ++i)
        marks += isIsolateMark(text[i]) ? 1 : 0;
    return at - marks;
}

bool isPageBlock(const QTextBlock &b)
{
    // The page's own headings (title, section titles) and its tables (infobox, relations) are not the text;
    // headings of level 3 and lower come from the text's own "# " lines.
    const int level = b.blockFormat().headingLevel();
    return level == 1 || level == 2 || QTextCursor(b).currentTable() != nullptr;
}

// The title of the nearest section heading above block (empty: none, the lead).
QString headingAbove(QTextBlock b)
{
    for (; b.isValid(); b = b.previous()) {
        if (b.blockFormat().headingLevel() == 2)
            return b.text().trimmed();
    }
    return {};
}

QString blockText(const QTextBlock &b)
{
    QString t = withoutIsolateMarks(b.text());
    t.replace(lineSeparator, u'\n');
    return t;
}

// What may stand before a paragraph's first word on its line in the stored text: nothing, a list's "- " (a "* "
// reads as nothing once emphasis markers are dropped), or a "# " heading.
bool linePrefixOk(QStringView prefix)
{
    static const QRegularExpression re(QStringLiteral("^(- ?|#{1,6} ?)?$"));
    return re.match(prefix.toString()).hasMatch();
}

} // namespace

PassageLocator::PassageLocator(const QList<Field> &fields)
    : m_fields(fields)
{
    for (const Field &f : fields)
        m_views << makeView(f.text);
}

QString PassageLocator::selectedText(const QTextCursor &selection)
{
    QString t = withoutIsolateMarks(selection.selectedText());
    t.replace(paragraphSeparator, u'\n');
    t.replace(lineSeparator, u'\n');
    return t;
}

PassageLocator::View PassageLocator::makeView(const QString &markup)
{
    View v;
    const QList<WikiLink> links = WikiLink::parse(markup);
    qsizetype nextLink = 0;
    qsizetype strippedPos = 0;
    const auto push = [&v](QChar c, qsizetype raw, qsizetype stripped, bool linked) {
        if (c == u'\t')
            c = u' ';
        if (c != u'\n' && c.category() == QChar::Other_Control)
            return;
        // The page collapses runs of spaces and trims its lines.
        if (c == u' ' && (v.text.isEmpty() || v.text.back() == u' ' || v.text.back() == u'\n'))
            return;
        if (c == u'\n') {
            while (!v.text.isEmpty() && v.text.back() == u' ') {
                v.text.chop(1);
                v.raw.removeLast();
                v.stripped.removeLast();
                v.linked.removeLast();
            }
        }
        v.text += c;
        v.raw << raw;
        v.stripped << stripped;
        v.linked << linked;
    };
    for (qsizetype i = 0; i < markup.size();) {
        if (nextLink < links.size() && links[nextLink].position == i) {
            const WikiLink &l = links[nextLink++];
            for (qsizetype k = 0; k < l.label.size(); ++k)
                push(l.label[k], l.position, strippedPos + k, true);
            strippedPos += l.label.size();
            v.stripped_ += l.label;
            i += l.length;
            continue;
        }
        const QChar c = markup[i];
        v.stripped_ += c;
        // Emphasis markers are not drawn; a literal "*" is rare enough to be read as one too.
        if (c != u'*')
            push(c, i, strippedPos, false);
        ++strippedPos;
        ++i;
    }
    return v;
}

std::pair<int, qsizetype> PassageLocator::placeBlock(const QString &text, const QString &heading) const
{
    if (text.trimmed().isEmpty())
        return { -1, 0 };
    QList<std::pair<int, qsizetype>> found;
    for (int f = 0; f < m_views.size(); ++f) {
        const QString &v = m_views[f].text;
        for (qsizetype p = v.indexOf(text); p >= 0; p = v.indexOf(text, p + 1)) {
            const qsizetype lineStart = p == 0 ? 0 : v.lastIndexOf(u'\n', p - 1) + 1;
            const qsizetype after = p + text.size();
            if (linePrefixOk(QStringView(v).mid(lineStart, p - lineStart)) && (after == v.size() || v[after] == u'\n'))
                found.append({ f, p });
        }
    }
    if (found.isEmpty())
        return { -1, 0 };
    for (const auto &candidate : std::as_const(found)) {
        if (m_fields[candidate.first].title == heading)
            return candidate;
    }
    return found.first();
}

PassageLocator::Place PassageLocator::locate(const QTextCursor &selection) const
{
    Place place;
    if (!selection.hasSelection() || selectedText(selection).trimmed().isEmpty()) {
        place.error = tr("Nothing is selected: select a passage of the text first.");
        return place;
    }
    const QTextDocument *doc = selection.document();
    // Spaces and line ends at either side of a selection are not part of the passage.
    qsizetype start = selection.selectionStart();
    qsizetype end = selection.selectionEnd();
    const auto isSpace = [doc](qsizetype at) { return doc->characterAt(int(at)).isSpace(); };
    while (start < end && isSpace(start))
        ++start;
    while (end > start && isSpace(end - 1))
        --end;
    const QTextBlock first = doc->findBlock(int(start));
    const QTextBlock last = doc->findBlock(int(end - 1));
    const QString notText = tr("The selection is not in the stored text (it takes in a heading, a table or a "
                               "label of the page): select words of the text itself.");
    if (isPageBlock(first) || isPageBlock(last)) {
        place.error = notText;
        return place;
    }
    const auto [f1, p1] = placeBlock(blockText(first), headingAbove(first));
    const auto [f2, p2] = placeBlock(blockText(last), headingAbove(last));
    if (f1 < 0 || f2 < 0) {
        place.error = notText;
        return place;
    }
    const auto name = [this](int f) { return m_fields[f].title.isEmpty() ? tr("Introduction") : m_fields[f].title; };
    if (f1 != f2) {
        place.error = tr("The selection runs from “%1” into “%2”: a passage must lie within one section.")
                          .arg(name(f1), name(f2));
        return place;
    }
    const View &v = m_views[f1];
    const qsizetype vs = p1 + unmarkedOffset(first, start);
    const qsizetype ve = p2 + unmarkedOffset(last, end);
    if (ve <= vs || ve > v.text.size()) {
        place.error = tr("The selection is not word for word in “%1”.").arg(name(f1));
        return place;
    }
    // Every block in between must be part of the text too (no table or page heading inside the selection).
    for (QTextBlock b = first; b.isValid() && b != last; b = b.next()) {
        if (isPageBlock(b)) {
            place.error = notText;
            return place;
        }
    }
    place.field = f1;
    const qsizetype s0 = v.stripped[vs];
    place.passage = v.stripped_.mid(s0, v.stripped[ve - 1] + 1 - s0);
    place.start = v.raw[vs];
    place.end = v.raw[ve - 1] + 1;
    bool plain = true;
    for (qsizetype i = vs; i < ve && plain; ++i)
        plain = !v.linked[i] && v.text[i] != u'\n';
    place.plain = plain && place.end - place.start == ve - vs;
    return place;
}

} // namespace tkb
