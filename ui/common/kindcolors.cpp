// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/kindcolors.h>
#include <ui/theme/thememanager.h>

namespace tkb {

QColor KindColors::mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool KindColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor KindColors::accent(EntityKind kind, const QPalette &palette)
{
    // Hues far enough apart to tell kinds apart, also for the common forms of colour blindness (blue/orange
    // carry the two most frequent kinds).
    QColor c;
    switch (kind) {
    case EntityKind::Person:
        c = QColor(0x2f, 0x6f, 0xc9);
        break;
    case EntityKind::Organization:
        c = QColor(0xd9, 0x73, 0x16);
        break;
    case EntityKind::Place:
        c = QColor(0x2e, 0x8b, 0x57);
        break;
    case EntityKind::Event:
        c = QColor(0xc6, 0x3d, 0x4f);
        break;
    case EntityKind::Goal:
        c = QColor(0x85, 0x4f, 0xc4);
        break;
    case EntityKind::Topic:
        c = QColor(0x1f, 0x8f, 0x96);
        break;
    case EntityKind::Source:
        c = QColor(0x8a, 0x74, 0x5c);
        break;
    }
    // High contrast wants the hues at full strength against its black.
    if (ThemeManager::isHighContrast(palette))
        return isDark(palette) ? c.lighter(175) : c.darker(140);
    return isDark(palette) ? c.lighter(140) : c;
}

QColor KindColors::fill(EntityKind kind, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), accent(kind, palette), isDark(palette) ? 0.32 : 0.18);
}

} // namespace tkb
