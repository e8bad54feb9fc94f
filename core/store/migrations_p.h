// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Takes a knowledge base file from the schema version it was written with to the one this build writes, in
// one write transaction: all steps or none.
#include <QSqlDatabase>

#include <functional>

namespace tkb {

class SqlErrorMapper;
struct StoreError;

class Migrations
{
public:
    /// Runs every step from the file's PRAGMA user_version up to Schema::version, rebuilding the search index
    /// where a step changes its terms, and stamps the file with our application id and the new version.
    /// keepGoing, when given, is asked every few thousand SQLite steps; false stops and rolls back (Cancelled).
    static bool upgrade(
        QSqlDatabase &db, const SqlErrorMapper &errors, StoreError *error, const std::function<bool()> &keepGoing = {});

private:
    static bool upgradeSteps(QSqlDatabase &db, const SqlErrorMapper &errors, StoreError *error);
};

} // namespace tkb
