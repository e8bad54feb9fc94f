// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns what SQLite reported about one knowledge base file into a StoreError: a code a program can act on and a
// message that names the file and says what to do.
#include <core/store/storeerror.h>

#include <QString>

class QSqlError;

namespace tkb {

class SqlErrorMapper
{
public:
    SqlErrorMapper(const QString &path, bool readOnly);

    /// what: the step that failed, in words ("saving", "reading the header"...).
    StoreError map(const QString &what, const QSqlError &e) const;
    /// The refusal of a write asked of a base opened read-only.
    StoreError readOnlyRefusal() const;

    bool isReadOnly() const { return m_readOnly; }
    /// The file's path as the person's system writes it.
    QString file() const;

private:
    QString m_path;
    bool m_readOnly;
};

} // namespace tkb
