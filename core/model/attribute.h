// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One key/value fact about an entity (founded, headquarters, role ...), with the citation it rests on.
#include <core/model/citation.h>

namespace tkb {

struct Attribute
{
    QString key;
    QString value;
    Citation citation; ///< may be invalid for infobox lines of an imported article, which cite themselves
    friend bool operator==(const Attribute &, const Attribute &) = default;
};

} // namespace tkb
