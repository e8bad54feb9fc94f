// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why opening or writing a knowledge base failed, as a code a program can act on and a message a person can read.
#include <QString>

namespace tkb {

struct StoreError
{
    enum class Code {
        None,
        NotFound, ///< no file at that path
        Unreadable, ///< permissions or I/O
        NotADatabase, ///< not SQLite, or SQLite but not a Talysh knowledge base
        Damaged, ///< quick_check or integrity_check failed
        Unverified, ///< a write before the file's full check has passed (KnowledgeBase::Verification::Deferred)
        NewerSchema, ///< written by a newer version of the program
        ReadOnly, ///< a write was asked of a read-only file
        Locked, ///< another process holds the write lock
        DiskFull,
        Invalid, ///< the data asked to be written is inconsistent
        Io,
        Cancelled, ///< the user stopped it before it finished; nothing was changed
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    static StoreError make(Code c, const QString &m) { return StoreError { c, m }; }
};

} // namespace tkb
