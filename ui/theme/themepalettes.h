// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colours of the program's own themes as whole palettes (every role in every colour group), so a style never
// mixes in the system's colours: a calm light one, a dark one, and a high-contrast one after Windows' "High
// Contrast Black" (white on black, yellow links, cyan selection) for readers who need stark contrast.
#include <QPalette>

namespace tkb {

class ThemePalettes
{
public:
    static QPalette light();
    static QPalette dark();
    static QPalette highContrast();
    /// What the palette cannot say for high contrast: the styles draw frames, scroll bars and focus in shades of the
    /// window colour, which vanish on black; these rules draw them white, and focus as a thick cyan frame.
    static QString highContrastStyleSheet();
};

} // namespace tkb
