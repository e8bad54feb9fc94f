// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/exportcomposer.h>
#include <core/export/printpagewriter.h>

#include <QSet>

namespace tkb {

namespace {

class Writer
{
public:
    Writer(const PageDocument &page, const ExportOptions &options)
        : m_options(options)
    {
        const auto scan = [this](const PageRuns &runs) {
            for (const PageRun &r : runs) {
                if (!r.place.isEmpty())
                    m_places.insert(r.place);
            }
        };
        for (const PageBlock &b : page.blocks) {
            if (b.medium == PageBlock::Medium::Screen)
                continue;
            scan(b.runs);
            for (const QList<PageRuns> &row : b.rows) {
                for (const PageRuns &cell : row)
                    scan(cell);
            }
        }
    }

    QString number(int n) const { return QStringLiteral("[%1]").arg(m_options.locale.toString(n)); }

    QString runs(const PageRuns &runs) const
    {
        QString out;
        for (const PageRun &r : runs) {
            if (r.style & PageRun::ScreenOnly)
                continue;
            if (r.note > 0) {
                if (m_options.includeCitations)
                    out += QStringLiteral("<sup><a class=\"ref\" href=\"#note-%1\">%2</a></sup>")
                               .arg(QString::number(r.note), number(r.note));
                continue;
            }
            if (r.text.isEmpty())
                continue;
            QString html = ExportComposer::escape(r.text);
            html.replace(u'\n', QStringLiteral("<br/>"));
            if (r.style & PageRun::Emphasis)
                html = QStringLiteral("<i>%1</i>").arg(html);
            if (r.style & PageRun::Strong)
                html = QStringLiteral("<b>%1</b>").arg(html);
            if (r.style & (PageRun::Highlight | PageRun::Matched))
                html = QStringLiteral("<span class=\"hit\">%1</span>").arg(html);
            if (r.style & PageRun::Muted)
                html = QStringLiteral("<span class=\"muted\">%1</span>").arg(html);
            if (!r.place.isEmpty())
                html = QStringLiteral("<a name=\"%1\">%2</a>").arg(ExportComposer::anchorName(r.place), html);
            else if (!r.entityId.isEmpty() && m_places.contains(r.entityId))
                html = QStringLiteral("<a class=\"ref\" href=\"#%1\">%2</a>")
                           .arg(ExportComposer::anchorName(r.entityId), html);
            out += html;
        }
        return out;
    }

    QString row(QList<QString> cells) const
    {
        // Right-to-left tables read from the right: the first column goes to the right edge.
        if (m_options.rightToLeft)
            std::reverse(cells.begin(), cells.end());
        return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
    }

    QString table(const PageBlock &b) const
    {
        QString out = QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        const QString align = m_options.rightToLeft ? QStringLiteral("right") : QStringLiteral("left");
        const bool side = b.role == PageBlock::Role::Infobox || b.role == PageBlock::Role::Relations;
        const int sideWidth = b.role == PageBlock::Role::Infobox ? 25 : 24;
        if (!b.header.isEmpty()) {
            QList<QString> cells;
            for (qsizetype i = 0; i < b.header.size(); ++i) {
                const QString width = i == 0 && side ? QStringLiteral(" width=\"%1%\"").arg(sideWidth)
                    : i < b.header.size() - 1        ? QStringLiteral(" width=\"%1%\"").arg(26)
                                                     : QString();
                cells << QStringLiteral("<th%1 bgcolor=\"#e6ebf1\" align=\"%2\">%3</th>")
                             .arg(width, align, ExportComposer::escape(b.header[i].text));
            }
            out += QStringLiteral("<thead>") + row(cells) + QStringLiteral("</thead>");
        }
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            QList<QString> cells;
            const QList<PageRuns> &cols = b.rows[r];
            for (qsizetype i = 0; i < cols.size(); ++i) {
                QString html = runs(cols[i]);
                if (i == 0 && b.role == PageBlock::Role::Infobox)
                    html = QStringLiteral("<b>%1</b>").arg(html);
                const QString width = r == 0 && i == 0 && side && b.header.isEmpty()
                    ? QStringLiteral(" width=\"%1%\"").arg(sideWidth)
                    : QString();
                cells << QStringLiteral("<td%1>%2</td>").arg(width, html);
            }
            out += row(cells);
        }
        return out + QStringLiteral("</table>");
    }

    QString blocks(const QList<PageBlock> &blocks) const
    {
        QString out;
        for (const PageBlock &b : blocks) {
            if (b.medium == PageBlock::Medium::Screen)
                continue;
            switch (b.kind) {
            case PageBlock::Kind::Heading:
                out += QStringLiteral("<h%1>%2</h%1>").arg(QString::number(b.level), runs(b.runs));
                break;
            case PageBlock::Kind::Paragraph:
                out += QStringLiteral("<p%1>%2</p>").arg(paragraphClass(b.role), runs(b.runs));
                break;
            case PageBlock::Kind::List:
                out += QStringLiteral("<ul>");
                for (const PageRuns &item : b.items)
                    out += QStringLiteral("<li>%1</li>").arg(runs(item));
                out += QStringLiteral("</ul>");
                break;
            case PageBlock::Kind::Table:
                out += table(b);
                break;
            case PageBlock::Kind::Notes:
                if (!m_options.includeCitations)
                    break;
                out += QStringLiteral("<h2>%1</h2>").arg(runs(b.runs));
                for (qsizetype i = 0; i < b.items.size(); ++i)
                    out += QStringLiteral("<p class=\"note\"><a name=\"note-%1\">%2</a> %3</p>")
                               .arg(QString::number(i + 1), number(int(i) + 1), runs(b.items[i]));
                break;
            }
        }
        return out;
    }

private:
    static QString paragraphClass(PageBlock::Role role)
    {
        switch (role) {
        case PageBlock::Role::Kind:
            return QStringLiteral(" class=\"kind\"");
        case PageBlock::Role::Meta:
            return QStringLiteral(" class=\"meta\"");
        case PageBlock::Role::Muted:
            return QStringLiteral(" class=\"subtitle\"");
        case PageBlock::Role::Summary:
            return QStringLiteral(" class=\"summary\"");
        case PageBlock::Role::Named:
            return QStringLiteral(" class=\"named\"");
        default:
            return {};
        }
    }

    const ExportOptions &m_options;
    QSet<QString> m_places;
};

} // namespace

QString PrintPageWriter::html(const PageDocument &page, const ExportOptions &options)
{
    return QStringLiteral("<html><body>%1</body></html>").arg(Writer(page, options).blocks(page.blocks));
}

} // namespace tkb
