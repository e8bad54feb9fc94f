// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colour that marks each kind of entity in the graph and the timeline, adjusted to the palette so it
// reads on light and dark backgrounds alike.
#include <core/model/entitykind.h>

#include <QColor>
#include <QPalette>

namespace tkb {

class KindColors
{
public:
    /// Strong colour for borders, markers and edges.
    static QColor accent(EntityKind kind, const QPalette &palette);
    /// Soft colour for filled shapes that carry text in the palette's text colour.
    static QColor fill(EntityKind kind, const QPalette &palette);
    /// a blended towards b by t (0..1).
    static QColor mix(const QColor &a, const QColor &b, double t);
    static bool isDark(const QPalette &palette);
};

} // namespace tkb
