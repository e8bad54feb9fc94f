// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The program's icon: the one the desktop theme installs, else the SVG compiled in, drawn at the usual sizes
// by QSvgRenderer so no image-format plugin is needed.
#include <QIcon>

namespace tkb {

class AppIcon
{
public:
    static QIcon load();
};

} // namespace tkb
