// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks one knowledge base file: SQLite's own check, foreign keys, relations and links to missing entities, and
// the search index's integrity.
#include <core/store/integrityreport.h>

#include <QSqlDatabase>
#include <QSqlError>

namespace tkb {

class IntegrityChecker
{
public:
    /// PRAGMA integrity_check (quick_check when quick), foreign keys, FTS5 integrity, dangling links.
    static IntegrityReport check(QSqlDatabase &db, bool quick);
    /// PRAGMA quick_check (integrity_check unless quick) alone, its problem lines into problems; false with
    /// failure when SQLite could not run it at all (not a database, unreadable).
    static bool pragmaCheck(QSqlDatabase &db, bool quick, QStringList *problems, QSqlError *failure);
};

} // namespace tkb
