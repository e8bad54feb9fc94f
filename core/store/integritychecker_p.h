// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks one knowledge base file: SQLite's own check, foreign keys, relations and links to missing entities, and
// the search index's integrity.
#include <core/store/integrityreport.h>

#include <QSqlDatabase>

namespace tkb {

class IntegrityChecker
{
public:
    /// PRAGMA integrity_check (quick_check when quick), foreign keys, FTS5 integrity, dangling links.
    static IntegrityReport check(QSqlDatabase &db, bool quick);
};

} // namespace tkb
