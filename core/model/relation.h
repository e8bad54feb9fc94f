// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A typed, dated claim linking two entities: subject —predicate→ object, with its qualifiers and citations.
#include <core/model/citation.h>
#include <core/model/fuzzydate.h>
#include <core/model/qualifiers.h>

#include <QList>

namespace tkb {

struct Relation
{
    QString subject;
    QString predicate; ///< "founded", "heads", "member-of", ...
    QString object;
    FuzzyDate from = {}; ///< optional start of the period
    FuzzyDate to = {}; ///< optional end of the period
    QList<Citation> citations = {};
    Qualifiers qualifiers = {};
    friend bool operator==(const Relation &, const Relation &) = default;
};

} // namespace tkb
