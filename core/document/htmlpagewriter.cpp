// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/bidiisolation.h>
#include <core/document/htmlpagewriter.h>
#include <core/document/pagetext.h>
#include <core/render/kbaddress.h>

namespace tkb {

namespace {

QString attr(const QUrl &url)
{
    return PageText::escaped(QString::fromLatin1(url.toEncoded()));
}

QString text(const QString &t)
{
    QString html = PageText::escaped(t);
    html.replace(u'\n', QStringLiteral("<br/>"));
    return html;
}

// Emphasis and strong as <i> and <b>, always nested: leaving a style that is not the innermost closes the
// inner ones and opens them again.
class TagStack
{
public:
    /// Closes what style does not have (and whatever is opened inside it).
    QString closeTo(int style)
    {
        QString out;
        qsizetype keep = 0;
        while (keep < m_open.size() && (style & m_open[keep]))
            ++keep;
        for (qsizetype j = m_open.size() - 1; j >= keep; --j)
            out += close(m_open[j]);
        m_open.resize(keep);
        return out;
    }
    /// Opens what style has and is not open yet.
    QString openTo(int style)
    {
        QString out;
        for (int s : { PageRun::Strong, PageRun::Emphasis }) {
            if ((style & s) && !m_open.contains(s)) {
                m_open << s;
                out += open(s);
            }
        }
        return out;
    }

private:
    static QString open(int s) { return s == PageRun::Strong ? QStringLiteral("<b>") : QStringLiteral("<i>"); }
    static QString close(int s) { return s == PageRun::Strong ? QStringLiteral("</b>") : QStringLiteral("</i>"); }
    QList<int> m_open;
};

QString noteMarker(const PageRun &r)
{
    return QStringLiteral("<sup class=\"fn\"><a href=\"%1\" title=\"%2\">[%3]</a></sup>")
        .arg(attr(r.link), PageText::escaped(r.text), QString::number(r.note));
}

QString cells(const QList<PageRuns> &row, const QString &firstTag, const QString &firstAttrs)
{
    QString out = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QString tag = i == 0 ? firstTag : QStringLiteral("td");
        out += QStringLiteral("<%1%2>%3</%1>").arg(tag, i == 0 ? firstAttrs : QString(), HtmlPageWriter::runs(row[i]));
    }
    return out + QStringLiteral("</tr>\n");
}

QString table(const PageBlock &b)
{
    const bool infobox = b.role == PageBlock::Role::Infobox;
    QString out = infobox ? QStringLiteral("<table class=\"infobox\" cellspacing=\"0\" cellpadding=\"4\">\n")
                          : QStringLiteral("<table class=\"relations\" cellspacing=\"0\" cellpadding=\"3\">\n");
    if (!b.header.isEmpty()) {
        out += QStringLiteral("<tr>");
        for (const PageRun &h : b.header)
            out += QStringLiteral("<th>%1</th>").arg(text(h.text));
        out += QStringLiteral("</tr>\n");
    }
    const bool sideColumn = b.role == PageBlock::Role::Relations;
    for (const QList<PageRuns> &row : b.rows)
        out += cells(row, infobox ? QStringLiteral("th") : QStringLiteral("td"),
            sideColumn ? QStringLiteral(" class=\"pred\"") : QString());
    return out + QStringLiteral("</table>\n");
}

// A search hit as the results page has always shown it: its name and kind on one line, its snippet below, in
// the direction of the knowledge base's own text (English stays left to right in a Persian window).
QString hit(const QList<PageRuns> &row)
{
    QString plain;
    for (const PageRuns &cell : row) {
        for (const PageRun &r : cell) {
            if (!(r.style & PageRun::Muted)) // the kind is in the window's language
                plain += r.text;
        }
    }
    QString out = QStringLiteral("<p class=\"hit\" dir=\"%1\">")
                      .arg(plain.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QString cell = HtmlPageWriter::runs(row[i]);
        if (i > 0 && !cell.isEmpty())
            out += QStringLiteral("<br>");
        out += cell;
    }
    return out + QStringLiteral("</p>\n");
}

QString paragraphClass(PageBlock::Role role)
{
    switch (role) {
    case PageBlock::Role::Kind:
        return QStringLiteral(" class=\"kind\"");
    case PageBlock::Role::Aliases:
        return QStringLiteral(" class=\"aliases\"");
    case PageBlock::Role::Summary:
        return QStringLiteral(" class=\"summary\"");
    case PageBlock::Role::Muted:
    case PageBlock::Role::Meta:
        return QStringLiteral(" class=\"muted\"");
    default:
        return {};
    }
}

} // namespace

QString HtmlPageWriter::runs(const PageRuns &runs)
{
    QString out;
    TagStack tags;
    for (const PageRun &r : runs) {
        if (r.style & PageRun::PrintOnly)
            continue;
        if (r.note > 0) {
            out += tags.closeTo(PageRun::Plain) + noteMarker(r);
            continue;
        }
        // A search's matched words are bold, as the results page has always marked them.
        const int emphasis
            = (r.style & (PageRun::Strong | PageRun::Emphasis)) | (r.style & PageRun::Matched ? PageRun::Strong : 0);
        out += tags.closeTo(emphasis);
        if (r.anchor) // where the highlighted sentence starts
            out += QStringLiteral("<a name=\"%1\"></a>").arg(highlightAnchor);
        out += tags.openTo(emphasis);
        if (r.text.isEmpty())
            continue;
        QString html = text(r.text);
        if (r.style & PageRun::Highlight)
            html = QStringLiteral("<span class=\"hl\">%1</span>").arg(html);
        if (r.style & PageRun::Muted)
            html = QStringLiteral("<span class=\"muted\">%1</span>").arg(html);
        if (!r.link.isEmpty() && KbAddress::isSafeLink(r.link))
            html = QStringLiteral("<a href=\"%1\">%2</a>").arg(attr(r.link), html);
        out += html;
    }
    return out + tags.closeTo(PageRun::Plain);
}

QString HtmlPageWriter::blocks(const QList<PageBlock> &blocks)
{
    QString out;
    for (const PageBlock &b : blocks) {
        if (b.medium == PageBlock::Medium::Print)
            continue;
        switch (b.kind) {
        case PageBlock::Kind::Heading:
            out += QStringLiteral("<h%1>%2%3</h%1>\n")
                       .arg(QString::number(b.level),
                           b.anchor.isEmpty() ? QString()
                                              : QStringLiteral("<a name=\"%1\"></a>").arg(PageText::escaped(b.anchor)),
                           runs(b.runs));
            break;
        case PageBlock::Kind::Paragraph:
            out += QStringLiteral("<p%1>%2</p>\n").arg(paragraphClass(b.role), runs(b.runs));
            break;
        case PageBlock::Kind::List:
            out += QStringLiteral("<ul>\n");
            for (const PageRuns &item : b.items)
                out += QStringLiteral("<li>%1</li>\n").arg(runs(item));
            out += QStringLiteral("</ul>\n");
            break;
        case PageBlock::Kind::Table:
            if (b.role == PageBlock::Role::Hits) {
                for (const QList<PageRuns> &row : b.rows)
                    out += hit(row);
            } else {
                out += table(b);
            }
            break;
        case PageBlock::Kind::Notes:
            out += QStringLiteral("<h2>%1</h2>\n").arg(runs(b.runs));
            for (qsizetype i = 0; i < b.items.size(); ++i)
                out += QStringLiteral("<p class=\"ref\"><a name=\"ref-%1\"></a>[%1] %2</p>\n")
                           .arg(QString::number(i + 1), runs(b.items[i]));
            break;
        }
    }
    return out;
}

QString HtmlPageWriter::page(const PageDocument &page, const QLocale &locale)
{
    return HtmlPageWriter::page(page, locale.textDirection());
}

QString HtmlPageWriter::page(const PageDocument &page, Qt::LayoutDirection direction)
{
    const bool rtl = direction == Qt::RightToLeft;
    const QString dir = rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    // The knowledge base's English inside a right-to-left page keeps its own order and punctuation.
    const QString body = rtl ? blocks(BidiIsolation::isolated(page).blocks) : blocks(page.blocks);
    return QStringLiteral("<html><body dir=\"%1\">\n%2</body></html>").arg(dir, body);
}

} // namespace tkb
