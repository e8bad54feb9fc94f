// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The knowledge base file's schema: its version, its application id, and the statements of each migration step.
#include <QStringList>

namespace tkb {

class Schema
{
public:
    /// Schema version this build writes (PRAGMA user_version).
    static constexpr int version = 7;
    /// PRAGMA application_id of our files ("TKB1"), so another program's SQLite file is refused.
    static constexpr qint32 applicationId = 0x544b4231;

    /// The statements that take a file from schema toVersion-1 to toVersion (exposed for migration tests).
    static QStringList migrationStatements(int toVersion);
    /// Whether the step to toVersion changes what the search index holds for rows already there, so a file
    /// that had rows (and, for the later steps, an index) at fromVersion needs the index rebuilt.
    static bool rebuildsSearchIndex(int toVersion, int fromVersion);
};

} // namespace tkb
