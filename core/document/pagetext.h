// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small text helpers every page writer shares: HTML escaping, a capital first letter, and dropping the
// control characters that have no business on a page.
#include <QString>

namespace tkb {

class PageText
{
public:
    /// text safe to put in HTML, as text or inside a double-quoted attribute.
    static QString escaped(const QString &text);
    /// text with its first letter in upper case ("founded" → "Founded").
    static QString capitalized(const QString &text);
    /// text without control characters, newlines and tabs kept.
    static QString cleaned(const QString &text);
};

} // namespace tkb
