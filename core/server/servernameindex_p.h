// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's type-ahead keys (search_name): an entity's name and alias keys, computed in core by NameKeys at
// write time (SQLite's triggers compute the same with tkb_name_keys()), so both engines look names up alike.
#include <core/server/serverrowbatch_p.h>

#include <QSqlDatabase>
#include <QString>

namespace tkb {

class StatementCache;

class ServerNameIndex
{
public:
    ServerNameIndex();

    /// Gathers the keys of an entity row just written (its old keys went with its old row).
    void add(qint64 rowid, const QString &kind, const QString &name, const QString &aliasesText);
    /// Inserts what add() gathered, in one statement.
    bool flush(StatementCache &statements, QSqlError *error);
    /// Every entity's keys anew, for a schema step that brings the table: inside the caller's transaction.
    static bool rebuild(QSqlDatabase &db, QString *why);

private:
    ServerRowBatch m_keys;
};

} // namespace tkb
