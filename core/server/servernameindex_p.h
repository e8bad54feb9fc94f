// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's type-ahead keys (search_name): an entity's name and alias keys, computed in core by NameKeys at
// write time (SQLite's triggers compute the same with tkb_name_keys()), so both engines look names up alike.
#include <QSqlDatabase>
#include <QString>

namespace tkb {

class StatementCache;

class ServerNameIndex
{
public:
    /// The keys of the entity row just written (its old keys went with its old row). why: what failed.
    static bool add(StatementCache &statements, qint64 rowid, const QString &kind, const QString &name,
        const QString &aliasesText, QString *why);
    /// Every entity's keys anew, for a schema step that brings the table: inside the caller's transaction.
    static bool rebuild(QSqlDatabase &db, QString *why);
};

} // namespace tkb
