// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A typed, dated link between two entities: subject —predicate→ object, with its citation.
#include <core/model/citation.h>
#include <core/model/fuzzydate.h>

namespace tkb {

struct Relation
{
    QString subject;
    QString predicate; ///< "founded", "heads", "member-of", ...
    QString object;
    FuzzyDate from; ///< optional start of the period
    FuzzyDate to; ///< optional end of the period
    Citation citation;

    friend bool operator==(const Relation &, const Relation &) = default;
};

} // namespace tkb
