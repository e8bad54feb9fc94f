// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens one knowledge base file safely: looks at the file before SQLite does (missing, a folder, empty, not
// SQLite), falls back to read-only when it cannot be written, connects, refuses another program's database, a
// newer schema or a damaged file, and sets the connection's pragmas (WAL, foreign keys, cache).
#include <core/store/knowledgebase.h>
#include <core/store/sqlerrormapper_p.h>

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace tkb {

class FileOpener
{
public:
    /// fullCheck: PRAGMA quick_check at open; otherwise a bounded sample (a file that needs a migration, or a new
    /// one, is checked in full all the same).
    FileOpener(const QString &path, KnowledgeBase::OpenMode mode, bool fullCheck = true);
    /// A connection not taken by takeConnection() is closed and removed.
    ~FileOpener();
    FileOpener(const FileOpener &) = delete;
    FileOpener &operator=(const FileOpener &) = delete;

    /// error must not be null.
    bool open(StoreError *error);

    /// The absolute path of the file.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// The file's PRAGMA user_version as found (0 for a new file).
    int userVersion() const { return m_version; }
    /// Whether the whole file was checked (else only its header, schema and a sample of each table).
    bool isFullyChecked() const { return m_fullyChecked; }
    SqlErrorMapper errors() const { return SqlErrorMapper(m_path, m_readOnly); }
    /// Hands the open connection over by its name; the caller closes and removes it.
    QString takeConnection();

private:
    bool sniff(StoreError *error);
    bool connect(StoreError *error);
    bool checkHeader(StoreError *error);
    bool checkWhole(StoreError *error);
    bool checkSample(StoreError *error);
    StoreError damaged(const QSqlError &why) const;
    void setPragmas();

    QString m_requested;
    KnowledgeBase::OpenMode m_mode;
    QString m_path;
    bool m_creating = false;
    bool m_fullCheck = true;
    bool m_fullyChecked = false;
    bool m_readOnly = false;
    int m_version = 0;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace tkb
