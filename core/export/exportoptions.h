// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the reader chose for one PDF export: paper, orientation, margins, what to include, language and
// direction. Kept free of Qt Gui types so core's public headers need only Qt Core.
#include <QDateTime>
#include <QLocale>
#include <QMarginsF>
#include <QString>

#include <optional>

namespace tkb {

struct ExportOptions
{
    enum class PageSize { A4, Letter, Legal, A5 };
    enum class Orientation { Portrait, Landscape };

    PageSize pageSize = PageSize::A4;
    Orientation orientation = Orientation::Portrait;
    QMarginsF marginsMm { 18, 18, 18, 18 }; ///< left, top, right, bottom, in millimetres
    double fontSizePt = 10; ///< body text; headings scale from it
    bool includeCitations = true; ///< the cited sentences as numbered endnotes ("Sources")
    bool includeLinkedSummaries = true; ///< an appendix with each named entity's summary; names link to it
    bool rightToLeft = false; ///< mirrored layout, as for a Persian interface
    QLocale locale { QLocale::English }; ///< dates and numbers
    QDateTime exportedAt; ///< shown as the export date; the current time when invalid

    /// Defaults for a reader in this locale: Letter where it is the usual paper (the Americas' Letter
    /// countries, the Philippines), A4 elsewhere; right-to-left for right-to-left languages.
    static ExportOptions forLocale(const QLocale &locale);

    static QString pageSizeId(PageSize size); ///< "a4", "letter", "legal", "a5"
    static std::optional<PageSize> pageSizeFromId(QStringView id);
};

} // namespace tkb
