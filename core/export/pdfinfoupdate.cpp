// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/pdfinfoupdate.h>

#include <QRegularExpression>

namespace tkb {

QByteArray PdfInfoUpdate::textString(const QString &text)
{
    QByteArray hex("<FEFF");
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    hex += '>';
    return hex;
}

QByteArray PdfInfoUpdate::append(const QByteArray &pdf, const QList<Entry> &entries)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailerAt < 0)
        return {};
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression idRe(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"));
    static const QRegularExpression prevRe(QStringLiteral("startxref\\s+(\\d+)"));
    const auto size = sizeRe.match(tail);
    const auto info = infoRe.match(tail);
    const auto root = rootRe.match(tail);
    const auto prev = prevRe.match(tail);
    if (!size.hasMatch() || !info.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return {};

    // The information dictionary as the writer left it; ours keeps its entries and adds the new ones.
    const QByteArray objHead
        = QByteArray("\n") + info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " obj";
    const qsizetype objAt = pdf.indexOf(objHead);
    const qsizetype endAt = objAt < 0 ? -1 : pdf.indexOf("endobj", objAt);
    if (endAt < 0)
        return {};
    const QByteArray body = pdf.mid(objAt + objHead.size(), endAt - objAt - objHead.size());
    const qsizetype open = body.indexOf("<<");
    const qsizetype close = body.lastIndexOf(">>");
    if (open < 0 || close <= open)
        return {};
    QByteArray dict = body.mid(open + 2, close - open - 2).trimmed();
    for (const Entry &e : entries)
        dict += "\n/" + e.first + ' ' + textString(e.second);

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objOffset = out.size();
    out += info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1() + " obj\n<<\n" + dict + "\n>>\nendobj\n";
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + info.captured(1).toLatin1() + " 1\n";
    // Each cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation, "n", two-byte end of line.
    out += QByteArray::number(objOffset).rightJustified(10, '0') + ' '
        + info.captured(2).toLatin1().rightJustified(5, '0') + " n \n";
    out += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Root " + root.captured(1).toLatin1() + ' '
        + root.captured(2).toLatin1() + " R\n/Info " + info.captured(1).toLatin1() + ' ' + info.captured(2).toLatin1()
        + " R\n";
    const auto id = idRe.match(tail);
    if (id.hasMatch())
        out += id.captured(0).toLatin1() + '\n';
    out += "/Prev " + prev.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace tkb
