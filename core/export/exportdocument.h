// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One export, composed and ready to lay out: the HTML body and what goes into the PDF's metadata and page
// headers. Plain data, so composing needs no Qt Gui and can be tested on its own.
#include <QString>
#include <QStringList>

namespace tkb {

struct ExportDocument
{
    QString title; ///< PDF title and running header
    QString subject; ///< PDF subject: what the document is ("Section “History” of the article …")
    QStringList keywords; ///< PDF keywords
    QString html; ///< the body; every piece of knowledge-base text in it is escaped
    bool rightToLeft = false;
    int noteCount = 0; ///< endnotes in "Sources"
    int namedCount = 0; ///< entries in the linked-entity appendix
};

} // namespace tkb
