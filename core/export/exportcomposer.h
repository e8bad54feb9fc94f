// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one section of a knowledge base (an entity, the article or one of its sections, the timeline, a list,
// search results) into an ExportDocument: the page PageBuilder builds for the screen too, plus the printed
// appendix of the entities it names, drawn by PrintPageWriter.
#include <core/export/exportdocument.h>
#include <core/export/exportoptions.h>
#include <core/export/exportresult.h>
#include <core/export/exportsection.h>

#include <QCoreApplication>

namespace tkb {

class KnowledgeBase;

class ExportComposer
{
    Q_DECLARE_TR_FUNCTIONS(tkb::ExportComposer)
public:
    ExportComposer(const KnowledgeBase &kb, const ExportOptions &options);

    /// Composes section into *out. NotFound when it names nothing here; Cancelled when progress says stop.
    ExportResult compose(const ExportSection &section, ExportDocument *out, const ExportProgress &progress = {}) const;

    /// HTML-escapes text and puts Arabic-script runs (Persian) in a font made for them, so every script
    /// prints with a font that has its glyphs and shaping.
    static QString escape(const QString &text);
    /// The font families for text, most preferred first: for Latin and Cyrillic, or for Arabic script.
    static QStringList fontFamilies(bool arabicScript = false);
    /// The anchor name an entity gets inside an exported document.
    static QString anchorName(const QString &entityId);

private:
    const KnowledgeBase &m_kb;
    ExportOptions m_options;
};

} // namespace tkb
