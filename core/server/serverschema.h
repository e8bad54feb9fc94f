// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The knowledge base's schema on a PostgreSQL server: the same tables and columns as the file's (core/store/
// Schema), so the store's SQL runs on both, with what PostgreSQL does differently said here once: the row ids
// SQLite hands out by itself, byte-wise ("C") ordering of text, instr(), one writer at a time. The version lives in
// the meta table (key schema_version); each step takes the server from version n-1 to n.
#include <QStringList>

namespace tkb {

class ServerSchema
{
public:
    static constexpr int version = 5;
    /// The meta key holding the version, and the one that marks a database as ours.
    static constexpr const char *versionKey = "schema_version";
    static constexpr const char *applicationKey = "application";
    static constexpr const char *applicationName = "talysh-kb";
    /// The transaction-level advisory lock every write takes first, so writes run one at a time as in the file.
    static constexpr qint64 writeLock = 0x544b4231;
    /// The LISTEN/NOTIFY channel every committing write transaction notifies (WriteTransaction), so other clients
    /// learn of it at once (ChangeNotifier). Sent from the program, not a trigger: no schema step needed.
    static constexpr const char *changeChannel = "talyshkb_changed";

    /// The statements that take the server's schema from toVersion-1 to toVersion.
    static QStringList migrationStatements(int toVersion);
    /// Whether the step to toVersion brings the type-ahead keys, which core computes for the rows already there.
    static bool rebuildsNameKeys(int toVersion) { return toVersion == 2; }
    /// Whether the step to toVersion brings the full-text terms and words (ServerTextIndex), computed likewise.
    static bool rebuildsTextTerms(int toVersion) { return toVersion == 4; }
    /// Run after every upgrade: the team's roles DATABASE_reader (reads), DATABASE_editor (reads and writes) and
    /// DATABASE_admin (an editor who may make others readers or editors), made when missing and granted what the
    /// tables need. Left out, with a notice, when the user who upgrades may not make roles.
    static QString roleStatement();
    /// Brings the planner's statistics of the search tables up to date, after a write large enough to change what a
    /// query plan should be (a push of thousands of entities); the server's own autovacuum would, a while later. A user
    /// who may not (not the tables' owner) gets a warning, not an error.
    static QString analyzeStatement();
};

} // namespace tkb
