// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/exportcomposer.h>
#include <core/export/exportpagelayout.h>
#include <core/export/pagebreaker.h>
#include <core/export/pdfexporter.h>
#include <core/export/pdfinfoupdate.h>
#include <core/store/knowledgebase.h>
#include <core/version/programversion.h>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace tkb {

namespace {

QString productLine()
{
    return QStringLiteral("Talysh KB %1").arg(ProgramVersion::text());
}

bool hasArabicScript(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Arabic)
            return true;
    }
    return false;
}

QString styleSheet(double base)
{
    auto pt = [base](double factor) { return QString::number(base * factor, 'f', 1) + QStringLiteral("pt"); };
    return QStringLiteral(
        "h1 { font-size: %1; font-weight: bold; color: #14283c; margin-top: 0px; margin-bottom: 4px; }"
        "h2 { font-size: %2; font-weight: bold; color: #1f3b5a; margin-top: 16px; margin-bottom: 5px; }"
        "h3 { font-size: %3; font-weight: bold; margin-top: 11px; margin-bottom: 3px; }"
        "p { margin-top: 0px; margin-bottom: 7px; line-height: 125%; }"
        "p.kind { font-size: %4; color: #5a6470; margin-bottom: 2px; }"
        "p.meta { font-size: %4; color: #5a6470; margin-bottom: 16px; }"
        "p.summary { font-style: italic; }"
        "p.subtitle { font-size: %3; color: #333d48; margin-bottom: 3px; }"
        "p.note { font-size: %5; margin-bottom: 4px; line-height: 115%; }"
        "p.named { margin-bottom: 8px; line-height: 115%; }"
        ".muted { color: #5a6470; font-size: %5; }"
        ".small { font-size: %5; color: #39434e; }"
        ".hit { font-weight: bold; background-color: #fff0a0; }"
        "a.ref { color: #1a4d8f; text-decoration: none; }"
        "table.data { border-collapse: collapse; margin-top: 3px; margin-bottom: 11px; }"
        "th { font-weight: bold; border-bottom: 1px solid #8a9bb0; }"
        "td { vertical-align: top; border-bottom: 1px solid #d3dae2; }"
        "ul { margin-top: 0px; margin-bottom: 7px; }"
        "li { margin-bottom: 3px; }")
        .arg(pt(2.0), pt(1.4), pt(1.1), pt(0.85), pt(0.9));
}

/// Lays every paragraph out right to left. Each one's text is put in a first-strong isolate, so a paragraph
/// in a left-to-right script keeps its own word order and punctuation while it sits on the right.
void mirror(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        QTextBlockFormat f = b.blockFormat();
        f.setLayoutDirection(Qt::RightToLeft);
        c.setBlockFormat(f);
        if (b.length() <= 1)
            continue;
        c.insertText(QString(QChar(0x2068)), QTextCharFormat());
        c.setPosition(b.position() + b.length() - 1);
        c.insertText(QString(QChar(0x2069)), QTextCharFormat());
    }
}

void drawLine(QPainter &p, const QString &text, const QRectF &rect, Qt::Alignment align, const QFont &base)
{
    QFont f = base;
    f.setFamilies(ExportComposer::fontFamilies(hasArabicScript(text)));
    p.setFont(f);
    const QFontMetricsF fm(f, p.device());
    p.drawText(
        rect, int(align | Qt::AlignVCenter | Qt::AlignAbsolute), fm.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace

PdfExporter::PdfExporter(const KnowledgeBase &kb, const ExportOptions &options)
    : m_kb(kb)
    , m_options(options)
{ }

QByteArray PdfExporter::xmpMetadata(const ExportDocument &document, const QDateTime &created)
{
    auto x = [](const QString &s) { return s.toHtmlEscaped(); };
    QString keywords;
    for (const QString &k : document.keywords)
        keywords += QStringLiteral("<rdf:li>%1</rdf:li>").arg(x(k));
    const QString xml
        = QStringLiteral(
            "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
            " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "<dc:format>application/pdf</dc:format>\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
            "<dc:subject><rdf:Bag>%3</rdf:Bag></dc:subject>\n"
            "<pdf:Keywords>%4</pdf:Keywords>\n"
            "<pdf:Producer>Qt %5</pdf:Producer>\n"
            "<xmp:CreatorTool>%6</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%7</xmp:CreateDate>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
              .arg(x(document.title), x(document.subject), keywords, x(document.keywords.join(QStringLiteral(", "))),
                  QString::fromLatin1(qVersion()), x(productLine()), created.toString(Qt::ISODate));
    return xml.toUtf8();
}

ExportResult PdfExporter::paint(const ExportDocument &document, const ExportOptions &options, QPagedPaintDevice *device,
    const ExportProgress &progress, int progressBase)
{
    QPainter painter;
    if (!painter.begin(device))
        return ExportResult::failure(ExportResult::Status::WriteFailed, tr("The page could not be drawn."));
    const bool rtl = document.rightToLeft;
    const qreal dpi = device->logicalDpiY();
    auto pt = [dpi](qreal points) { return points * dpi / 72.0; };
    const QRectF full(0, 0, device->width(), device->height());

    QFont chromeFont;
    chromeFont.setPointSizeF(options.fontSizePt * 0.8);
    const qreal band = pt(options.fontSizePt * 0.8 * 2.4);
    const QRectF body = full.adjusted(0, band, 0, -band);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    QFont font;
    font.setFamilies(ExportComposer::fontFamilies());
    font.setPointSizeF(options.fontSizePt);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(styleSheet(options.fontSizePt));
    QTextOption textOption;
    textOption.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(textOption);
    doc.setHtml(document.html);
    if (rtl)
        mirror(doc);
    doc.setDocumentMargin(0);
    doc.setTextWidth(body.width());
    const qreal cellPadding = 3 * dpi / 96.0; // the tables' cellpadding, in CSS pixels
    const QList<PageBreaker::Page> plan = PageBreaker::paginate(doc, body.height(), cellPadding);

    const int pages = int(plan.size());
    const int total = progressBase + pages;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    const Qt::Alignment leading = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment trailing = rtl ? Qt::AlignLeft : Qt::AlignRight;
    // Clip a hair inside each cut, so a line that ends exactly on it is drawn on one page only.
    const qreal hair = 0.01;
    auto drawSlice = [&](qreal from, qreal to, qreal atY) {
        painter.save();
        painter.translate(body.left(), atY - from);
        context.clip = QRectF(-body.left(), from + hair, full.width(), to - from - 2 * hair);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    };
    for (int i = 0; i < pages; ++i) {
        if (progress && !progress(progressBase + i, total)) {
            painter.end();
            return ExportResult::failure(ExportResult::Status::Cancelled, tr("The export was cancelled."));
        }
        if (i > 0 && !device->newPage()) {
            painter.end();
            return ExportResult::failure(ExportResult::Status::WriteFailed, tr("A new page could not be started."));
        }
        painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        painter.setPen(QColor(0x5a, 0x64, 0x70));
        if (i > 0) {
            const QRectF header(0, 0, full.width(), band * 0.7);
            drawLine(painter, document.title,
                QRectF(header.left() + (rtl ? header.width() * 0.28 : 0), header.top(), header.width() * 0.72,
                    header.height()),
                leading, chromeFont);
            drawLine(painter, QStringLiteral("Talysh KB"), header, trailing, chromeFont);
            painter.setPen(QPen(QColor(0xc0, 0xc8, 0xd2), pt(0.5)));
            painter.drawLine(QPointF(0, header.bottom()), QPointF(full.width(), header.bottom()));
            painter.setPen(QColor(0x5a, 0x64, 0x70));
        }
        const QRectF footer(0, full.height() - band * 0.7, full.width(), band * 0.7);
        drawLine(painter, tr("Page %1 of %2").arg(options.locale.toString(i + 1), options.locale.toString(pages)),
            footer, Qt::AlignHCenter, chromeFont);

        const PageBreaker::Page &page = plan[i];
        qreal y = body.top();
        if (page.repeatsHeader()) {
            drawSlice(page.headerTop, page.headerBottom, y);
            y += page.headerBottom - page.headerTop;
        }
        drawSlice(page.start, page.end, y);
    }
    if (progress && !progress(total, total)) {
        painter.end();
        return ExportResult::failure(ExportResult::Status::Cancelled, tr("The export was cancelled."));
    }
    if (!painter.end())
        return ExportResult::failure(ExportResult::Status::WriteFailed, tr("The document could not be finished."));
    ExportResult r;
    r.pageCount = pages;
    return r;
}

ExportResult PdfExporter::exportToFile(
    const ExportSection &section, const QString &path, const ExportProgress &progress) const
{
    // QSaveFile writes beside the target and renames only on commit, so a failure or cancel leaves nothing.
    QSaveFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::WriteOnly)) {
        return ExportResult::failure(ExportResult::Status::WriteFailed,
            tr("Cannot write “%1”: %2")
                .arg(QDir::toNativeSeparators(path),
                    QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()));
    }

    ExportDocument document;
    int composed = 0;
    const ExportProgress composeProgress = [&](int done, int total) {
        composed = done;
        // Composing is the quick part; leave room on the scale for the pages.
        return !progress || progress(done, total + std::max(1, total / 2));
    };
    const ExportComposer composer(m_kb, m_options);
    ExportResult r = composer.compose(section, &document, composeProgress);
    if (!r.ok()) {
        file.cancelWriting();
        return r;
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QDateTime created = m_options.exportedAt.isValid() ? m_options.exportedAt : QDateTime::currentDateTime();
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(ExportPageLayout::of(m_options));
        writer.setTitle(document.title);
        writer.setCreator(productLine());
        writer.setDocumentXmpMetadata(xmpMetadata(document, created));
        r = paint(document, m_options, &writer, progress, composed);
    }
    if (!r.ok()) {
        file.cancelWriting();
        return r;
    }
    QByteArray pdf = buffer.data();
    if (!pdf.startsWith("%PDF-")) {
        file.cancelWriting();
        return ExportResult::failure(ExportResult::Status::WriteFailed, tr("The PDF could not be produced."));
    }
    const QByteArray updated = PdfInfoUpdate::append(pdf,
        { { QByteArrayLiteral("Subject"), document.subject },
            { QByteArrayLiteral("Keywords"), document.keywords.join(QStringLiteral(", ")) } });
    if (!updated.isEmpty())
        pdf = updated;
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return ExportResult::failure(
            ExportResult::Status::WriteFailed, tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return r;
}

} // namespace tkb
