// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A disk with a set amount of free space, as a SQLite VFS: it passes everything to the default VFS but refuses,
// with SQLITE_FULL as a full disk does, any write that would grow a file past the space left. Registered as the
// process's default VFS while it exists, so Qt's SQLite driver (the same libsqlite3) uses it unchanged.
#include <QtGlobal>

struct sqlite3_vfs;

class QuotaVfs
{
public:
    explicit QuotaVfs(qint64 freeBytes);
    ~QuotaVfs();
    QuotaVfs(const QuotaVfs &) = delete;
    QuotaVfs &operator=(const QuotaVfs &) = delete;

    bool isRegistered() const { return m_registered; }
    void setFreeBytes(qint64 bytes);
    qint64 freeBytes() const;
    /// Writes refused so far because the disk was full.
    int refusedWrites() const;

private:
    bool m_registered = false;
};
