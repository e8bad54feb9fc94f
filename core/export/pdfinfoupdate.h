// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Adds entries (Subject, Keywords …) to a finished PDF's document information dictionary by appending an
// incremental update, because QPdfWriter writes only Title, Creator and Producer there and readers such as
// pdfinfo show the dictionary, not the XMP packet.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tkb {

class PdfInfoUpdate
{
public:
    using Entry = QPair<QByteArray, QString>; ///< key without the slash ("Subject"), text

    /// pdf with the update appended; an empty array when pdf's trailer or information dictionary cannot be found.
    static QByteArray append(const QByteArray &pdf, const QList<Entry> &entries);
    /// A PDF text string: UTF-16BE with a byte order mark, written in hex so no character needs escaping.
    static QByteArray textString(const QString &text);
};

} // namespace tkb
