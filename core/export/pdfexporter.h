// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lays out a composed export page by page — running header, "Page N of M" footer, table rows and headings kept
// whole — and writes it as a PDF (fonts embedded, internal links, title/subject/keywords metadata) or paints it
// on any paged device, such as the window's printer. The one engine behind File > Export to PDF, Print and
// talysh-kb-cli export-pdf.
#include <core/export/exportdocument.h>
#include <core/export/exportoptions.h>
#include <core/export/exportresult.h>
#include <core/export/exportsection.h>

#include <QCoreApplication>

class QPagedPaintDevice;

namespace tkb {

class KnowledgeBase;

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(tkb::PdfExporter)
public:
    PdfExporter(const KnowledgeBase &kb, const ExportOptions &options);

    /// Composes section and writes it to path. The file appears only when the whole PDF is written: on an
    /// unknown section, an unwritable path, a failure or a cancel, nothing is left at path (an existing file
    /// there stays as it was).
    ExportResult exportToFile(
        const ExportSection &section, const QString &path, const ExportProgress &progress = {}) const;

    /// Paints a composed document on device using the device's own page layout (paper, margins); the
    /// options give fonts, direction and locale. progressBase is added to the progress the pages report.
    static ExportResult paint(const ExportDocument &document, const ExportOptions &options, QPagedPaintDevice *device,
        const ExportProgress &progress = {}, int progressBase = 0);

    /// The XMP packet for a document (title, subject, keywords, creator), as readers of PDF/A expect.
    static QByteArray xmpMetadata(const ExportDocument &document, const QDateTime &created);

private:
    const KnowledgeBase &m_kb;
    ExportOptions m_options;
};

} // namespace tkb
