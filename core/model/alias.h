// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Another spelling of an entity's name, with its language (BCP 47) and script (ISO 15924).
#include <QString>

namespace tkb {

struct Alias
{
    QString text;
    QString language; ///< "az", "ru", "nl", "en" or empty
    QString script; ///< "Latn", "Cyrl", "Arab" or empty
    friend bool operator==(const Alias &, const Alias &) = default;
};

} // namespace tkb
