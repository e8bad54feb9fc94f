// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/markdownreader.h>
#include <core/document/pagetext.h>
#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>

#include <QRegularExpression>

namespace tkb {

namespace {

// Private markers for where the highlighted sentence starts and ends inside text being read. Text is cleaned
// of all control characters first, so no input can produce them.
constexpr QChar hlStart { u'\x01' };
constexpr QChar hlEnd { u'\x04' };

// Whether an emphasis marker opened at from has a closer later in the text: the same marker right after a
// non-space character (for "*", one that is not part of "**").
bool hasCloser(const QString &t, qsizetype from, bool strong)
{
    for (qsizetype i = from + 1; i < t.size(); ++i) {
        if (t[i] != u'*' || t[i - 1].isSpace())
            continue;
        const bool dbl = i + 1 < t.size() && t[i + 1] == u'*';
        if (strong && dbl)
            return true;
        if (!strong && !dbl && t[i - 1] != u'*')
            return true;
        if (dbl)
            ++i;
    }
    return false;
}

bool isListItem(const QString &line)
{
    return line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "));
}

// The text of a "# Title" line (one to six #, then a space), or a null string for any other line.
QString headingText(const QString &line)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.*)$"));
    const auto m = heading.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

// Offset in marked-up text of an offset in its plain text (WikiLink::stripMarkup). A position inside a link's
// label snaps outward to the whole link so markers never fall inside "[[...]]".
qsizetype markupOffset(const QList<WikiLink> &links, qsizetype plain, bool isEnd)
{
    qsizetype markupPos = 0;
    qsizetype plainPos = 0;
    for (const WikiLink &l : links) {
        const qsizetype gap = l.position - markupPos;
        if (plain <= plainPos + gap)
            return markupPos + (plain - plainPos);
        plainPos += gap;
        const qsizetype len = l.label.size();
        if (!isEnd && plain < plainPos + len)
            return l.position;
        if (isEnd && plain <= plainPos + len)
            return l.position + l.length;
        plainPos += len;
        markupPos = l.position + l.length;
    }
    return markupPos + (plain - plainPos);
}

} // namespace

MarkdownReader::MarkdownReader(const QString &sentence)
    : m_sentence(PageText::cleaned(sentence))
{ }

QUrl MarkdownReader::linkTarget(const QString &target)
{
    if (target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        const QUrl url(target, QUrl::StrictMode);
        return KbAddress::isSafeLink(url) ? url : QUrl();
    }
    const QUrl url = KbAddress::entity(target);
    return KbAddress::parse(url).type() == KbAddress::Type::Entity ? url : QUrl();
}

QString MarkdownReader::markSentence(const QString &text)
{
    if (m_placed || m_sentence.isEmpty())
        return text;
    const qsizetype at = WikiLink::stripMarkup(text).indexOf(m_sentence);
    if (at < 0)
        return text;
    const QList<WikiLink> links = WikiLink::parse(text);
    const qsizetype start = markupOffset(links, at, false);
    const qsizetype end = markupOffset(links, at + m_sentence.size(), true);
    QString out = text;
    out.insert(end, hlEnd);
    out.insert(start, hlStart);
    m_placed = true;
    return out;
}

PageRuns MarkdownReader::runs(const QString &text)
{
    return inlineRuns(markSentence(PageText::cleaned(text)));
}

QList<PageBlock> MarkdownReader::blocks(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    const QString marked = markSentence(PageText::cleaned(text));
    QList<PageBlock> out;
    for (const QString &block : marked.split(blank, Qt::SkipEmptyParts)) {
        QStringList para;
        PageBlock list;
        list.kind = PageBlock::Kind::List;
        const auto flushPara = [&] {
            if (!para.isEmpty())
                out << PageBlock::paragraph(inlineRuns(para.join(u'\n')));
            para.clear();
        };
        const auto flushList = [&] {
            if (!list.items.isEmpty())
                out << list;
            list.items.clear();
        };
        for (const QString &raw : block.split(u'\n')) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line == QString(hlStart) || line == QString(hlEnd)) {
                if (!line.isEmpty())
                    inlineRuns(line); // keeps the highlight state right for a marker alone on a line
                continue;
            }
            const QString heading = headingText(line);
            if (isListItem(line)) {
                flushPara();
                list.items << inlineRuns(line.mid(2).trimmed());
            } else if (!heading.isNull()) {
                flushPara();
                flushList();
                out << PageBlock::heading(3, inlineRuns(heading));
            } else {
                flushList();
                para << line;
            }
        }
        flushPara();
        flushList();
    }
    return out;
}

PageRuns MarkdownReader::inlineRuns(const QString &t)
{
    const QList<WikiLink> links = WikiLink::parse(t);
    qsizetype nextLink = 0;
    PageRuns out;
    QString run;
    int style = PageRun::Plain;
    bool anchorNext = false;
    const auto current = [&] { return style | (m_highlighting ? PageRun::Highlight : 0); };
    const auto push = [&](PageRun r) {
        r.anchor = anchorNext;
        anchorNext = false;
        out << r;
    };
    const auto flush = [&] {
        if (!run.isEmpty())
            push(PageRun::plain(run, current()));
        run.clear();
    };

    for (qsizetype i = 0; i < t.size();) {
        if (nextLink < links.size() && links[nextLink].position == i) {
            const WikiLink &l = links[nextLink++];
            flush();
            PageRun r = PageRun::linked(l.label, linkTarget(l.target), current());
            if (!r.link.isEmpty() && r.link.scheme() == KbAddress::scheme)
                r.entityId = l.target;
            push(r);
            i += l.length;
            continue;
        }
        const QChar c = t[i];
        if (c == hlStart || c == hlEnd) {
            flush();
            if (c == hlStart && !m_anchorPlaced)
                anchorNext = m_anchorPlaced = true;
            m_highlighting = c == hlStart;
            ++i;
            continue;
        }
        if (c == u'*') {
            const bool strong = i + 1 < t.size() && t[i + 1] == u'*';
            const int kind = strong ? PageRun::Strong : PageRun::Emphasis;
            const int width = strong ? 2 : 1;
            const bool closes = (style & kind) && i > 0 && !t[i - 1].isSpace();
            const bool opens = !(style & kind) && i + width < t.size() && !t[i + width].isSpace()
                && hasCloser(t, i + width - 1, strong);
            if (closes || opens) {
                flush();
                style ^= kind;
                i += width;
                continue;
            }
            run += t.mid(i, width);
            i += width;
            continue;
        }
        run += c;
        ++i;
    }
    flush();
    if (anchorNext) // the sentence was empty here: the anchor still marks the place
        out << PageRun { {}, current(), {}, {}, {}, 0, true };
    return out;
}

} // namespace tkb
