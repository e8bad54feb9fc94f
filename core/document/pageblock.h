// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One block of a page: a heading, a paragraph, a bulleted list, a table (infobox, relations, data), or the
// footnotes. Its role says what it is, so each back end can give it the look its medium wants.
#include <core/document/pagerun.h>

namespace tkb {

struct PageBlock
{
    enum class Kind { Heading, Paragraph, List, Table, Notes };
    enum class Role {
        Plain,
        Kind, ///< the entity's kind and the ways to its other views
        Aliases, ///< the other names of an entity
        Summary, ///< the one-sentence summary
        Muted, ///< secondary text (a breadcrumb, a message)
        Meta, ///< where and when a printed page comes from
        Infobox, ///< key/value rows; the key column is a header column
        Relations, ///< label/value rows; the label column is a narrow side column
        Data, ///< rows of a table with column titles
        Named, ///< an entry in the printed appendix of named entities
        Hits, ///< search results: a row per hit, its name and kind, then its snippet
    };
    enum class Medium { Both, Screen, Print };

    Kind kind = Kind::Paragraph;
    Role role = Role::Plain;
    Medium medium = Medium::Both;
    int level = 1; ///< headings: 1 (the page's title) to 3
    QString anchor; ///< headings: the name a link can scroll to (a section id)
    PageRuns runs; ///< heading and paragraph text
    QList<PageRuns> items; ///< list items and footnotes (numbered from 1)
    PageRuns header; ///< tables: column titles, one run each; empty when the table has none
    QList<QList<PageRuns>> rows; ///< tables: rows of cells

    static PageBlock heading(int level, const PageRuns &runs, const QString &anchor = {})
    {
        PageBlock b;
        b.kind = Kind::Heading;
        b.level = level;
        b.runs = runs;
        b.anchor = anchor;
        return b;
    }
    static PageBlock paragraph(const PageRuns &runs, Role role = Role::Plain, Medium medium = Medium::Both)
    {
        PageBlock b;
        b.runs = runs;
        b.role = role;
        b.medium = medium;
        return b;
    }
    static PageBlock table(Role role)
    {
        PageBlock b;
        b.kind = Kind::Table;
        b.role = role;
        return b;
    }
};

} // namespace tkb
