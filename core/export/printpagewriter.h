// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Draws a PageDocument as the HTML the PDF engine lays out: escaped text with a font for Arabic script, tables
// with column titles, footnotes as numbered endnotes linked both ways, names linked to their place in the
// document, right-to-left tables mirrored. Screen-only blocks and runs (ways to other views) are left out.
#include <core/document/pagedocument.h>
#include <core/export/exportoptions.h>

namespace tkb {

class PrintPageWriter
{
public:
    static QString html(const PageDocument &page, const ExportOptions &options);
};

} // namespace tkb
