// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One key/value claim about an entity (founded, headquarters, role ...), with its period, qualifiers and the
// citations it rests on.
#include <core/model/citation.h>
#include <core/model/fuzzydate.h>
#include <core/model/qualifiers.h>

#include <QList>

namespace tkb {

struct Attribute
{
    QString key;
    QString value;
    QList<Citation> citations = {}; ///< may be empty for infobox lines of an imported article, which cite themselves
    FuzzyDate from = {}; ///< optional start of the period it held
    FuzzyDate to = {}; ///< optional end
    Qualifiers qualifiers = {};
    friend bool operator==(const Attribute &, const Attribute &) = default;
};

} // namespace tkb
