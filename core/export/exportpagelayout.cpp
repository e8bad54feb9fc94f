// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/exportpagelayout.h>

#include <QPageSize>

namespace tkb {

QPageLayout ExportPageLayout::of(const ExportOptions &o)
{
    QPageSize::PageSizeId id = QPageSize::A4;
    switch (o.pageSize) {
    case ExportOptions::PageSize::A4:
        id = QPageSize::A4;
        break;
    case ExportOptions::PageSize::Letter:
        id = QPageSize::Letter;
        break;
    case ExportOptions::PageSize::Legal:
        id = QPageSize::Legal;
        break;
    case ExportOptions::PageSize::A5:
        id = QPageSize::A5;
        break;
    }
    return QPageLayout(QPageSize(id),
        o.orientation == ExportOptions::Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        o.marginsMm, QPageLayout::Millimeter);
}

} // namespace tkb
