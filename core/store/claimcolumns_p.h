// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The columns a claim's qualifiers, citations and dates take in its row, written alike into a file and onto a server.
#include <core/model/citation.h>
#include <core/model/dateclaim.h>
#include <core/model/fuzzydate.h>
#include <core/model/qualifiers.h>

#include <QList>
#include <QString>
#include <QVariant>

#include <array>

namespace tkb {

class ClaimColumns
{
public:
    /// A claim's qualifiers and citations for its claim column; '' when it has none, as rows written before them.
    /// An attribute's period goes there too: the attribute table has no date columns.
    static QString claim(
        const Qualifiers &q, const QList<Citation> &citations, const FuzzyDate &from = {}, const FuzzyDate &to = {});
    /// An entity's dates column: '' when its date columns say it all (one plain date, or none).
    static QString dates(const QList<DateClaim> &dates);
    /// A date's precision, start, end, text and EDTF columns, in that order; all NULL for an invalid date.
    static std::array<QVariant, 5> date(const FuzzyDate &d);
};

} // namespace tkb
