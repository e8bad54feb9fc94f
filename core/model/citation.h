// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a fact comes from: a source document, a section of it, and the exact sentence it rests on.
#include <QString>

namespace tkb {

struct Citation
{
    QString source; ///< entity id of the source document, e.g. "source/talysh-national-movement-article"
    QString section; ///< section title as in the source ("" for the lead, "Infobox" for infobox lines)
    QString sentence; ///< verbatim text of the source

    bool isValid() const { return !source.isEmpty() && !sentence.isEmpty(); }
    friend bool operator==(const Citation &, const Citation &) = default;
};

} // namespace tkb
