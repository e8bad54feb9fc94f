// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/exportoptions.h>

namespace tkb {

ExportOptions ExportOptions::forLocale(const QLocale &locale)
{
    // Where Letter is the common paper (ISO 216 is used nearly everywhere else).
    static constexpr QLocale::Territory letterTerritories[] = {
        QLocale::UnitedStates,
        QLocale::Canada,
        QLocale::Mexico,
        QLocale::Philippines,
        QLocale::Chile,
        QLocale::Colombia,
        QLocale::CostaRica,
        QLocale::Guatemala,
        QLocale::Panama,
        QLocale::PuertoRico,
        QLocale::Venezuela,
        QLocale::DominicanRepublic,
        QLocale::ElSalvador,
        QLocale::Nicaragua,
        QLocale::Honduras,
        QLocale::Belize,
    };
    ExportOptions o;
    o.locale = locale;
    for (QLocale::Territory t : letterTerritories) {
        if (locale.territory() == t)
            o.pageSize = PageSize::Letter;
    }
    o.rightToLeft = locale.textDirection() == Qt::RightToLeft;
    return o;
}

QString ExportOptions::pageSizeId(PageSize size)
{
    switch (size) {
    case PageSize::A4:
        return QStringLiteral("a4");
    case PageSize::Letter:
        return QStringLiteral("letter");
    case PageSize::Legal:
        return QStringLiteral("legal");
    case PageSize::A5:
        return QStringLiteral("a5");
    }
    return QStringLiteral("a4");
}

std::optional<ExportOptions::PageSize> ExportOptions::pageSizeFromId(QStringView id)
{
    for (PageSize s : { PageSize::A4, PageSize::Letter, PageSize::Legal, PageSize::A5 }) {
        if (id.compare(pageSizeId(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

} // namespace tkb
