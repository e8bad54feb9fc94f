// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One section of a source document; its text is Markdown-ish prose with [[id|label]] links.
#include <QString>

namespace tkb {

struct Section
{
    QString id; ///< "lead", "history", ...
    QString title; ///< as in the source; empty for the lead
    QString text;
    friend bool operator==(const Section &, const Section &) = default;
};

} // namespace tkb
