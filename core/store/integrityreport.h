// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The result of checking a knowledge base file: SQLite's own checks, FTS5's, and dangling references.
#include <QStringList>

namespace tkb {

struct IntegrityReport
{
    bool ok = true;
    QStringList problems; ///< one line each, empty when ok
    QStringList checks; ///< what was checked, for the report
};

} // namespace tkb
