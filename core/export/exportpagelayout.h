// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The page layout (paper, orientation, margins) export options ask for: the PDF writer and the window's
// printer and print preview set the same one. Needs Qt Gui, as QPageLayout lives there.
#include <core/export/exportoptions.h>

#include <QPageLayout>

namespace tkb {

class ExportPageLayout
{
public:
    static QPageLayout of(const ExportOptions &options);
};

} // namespace tkb
