// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Another spelling of an entity's name, with its language (BCP 47) and script (ISO 15924): a claim like any other.
#include <core/model/citation.h>
#include <core/model/qualifiers.h>

#include <QList>

namespace tkb {

struct Alias
{
    QString text;
    QString language; ///< "az", "ru", "nl", "en" or empty
    QString script; ///< "Latn", "Cyrl", "Arab" or empty
    Qualifiers qualifiers = {};
    QList<Citation> citations = {};
    friend bool operator==(const Alias &, const Alias &) = default;
};

} // namespace tkb
