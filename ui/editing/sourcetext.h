// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A new source's text as the base keeps it: sections read from pasted text or a local .txt or .md file (Markdown
// headings start sections, an article in the seed's "= Title =" format is read as the importer reads it), and a
// clear reason when a file cannot be used (unreadable, binary, not UTF-8, empty).
#include <core/model/section.h>

#include <QCoreApplication>
#include <QList>

namespace tkb {

class SourceText
{
    Q_DECLARE_TR_FUNCTIONS(tkb::SourceText)
public:
    struct File
    {
        QString text; ///< the file's text, to show and to edit before adding
        QString title; ///< a title it suggests: its first "# " heading or "= Title =" line, else its name
        bool markdown = false; ///< headings start sections
        QString error; ///< empty when the file was read
    };

    /// Reads a .txt or .md file.
    static File read(const QString &path);
    /// text's sections: the lead (text before the first heading), then one per heading when markdown. A
    /// first "# " heading that is the document's title starts no section. Section titles are made unique.
    static QList<Section> sections(const QString &text, bool markdown);
};

} // namespace tkb
