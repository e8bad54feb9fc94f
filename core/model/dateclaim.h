// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One claim of when something happened; an event may carry competing ones from different sources.
#include <core/model/citation.h>
#include <core/model/fuzzydate.h>
#include <core/model/qualifiers.h>

#include <QList>

namespace tkb {

struct DateClaim
{
    FuzzyDate date;
    Qualifiers qualifiers = {};
    QList<Citation> citations = {};
    friend bool operator==(const DateClaim &, const DateClaim &) = default;
};

} // namespace tkb
