// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/sqlerrormapper_p.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace tkb {

namespace {

int primaryCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

SqlErrorMapper::SqlErrorMapper(const QString &path, bool readOnly, bool server)
    : m_path(path)
    , m_readOnly(readOnly)
    , m_server(server)
{ }

QString SqlErrorMapper::file() const
{
    return m_server ? m_path : QDir::toNativeSeparators(m_path);
}

StoreError SqlErrorMapper::mapServer(const QString &what, const QSqlError &e) const
{
    using C = StoreError::Code;
    const QString detail = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return StoreError::make(C::ReadOnly,
            QStringLiteral("%1: you may not change this knowledge base (your role reads it only); nothing was "
                           "changed. (%2: %3)")
                .arg(m_path, what, detail));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return StoreError::make(C::Locked,
            QStringLiteral("%1 is busy with another client's change; try again. (%2: %3)").arg(m_path, what, detail));
    if (state == QLatin1String("53100"))
        return StoreError::make(C::DiskFull,
            QStringLiteral("The server of %1 has no disk space left; nothing was changed. (%2)").arg(m_path, what));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57")) || state.isEmpty())
        return StoreError::make(C::Io,
            QStringLiteral("The connection to %1 failed (%2: %3); nothing was changed.").arg(m_path, what, detail));
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StoreError::make(C::Damaged, QStringLiteral("%1 is damaged (%2: %3).").arg(m_path, what, detail));
    return StoreError::make(C::Io, QStringLiteral("%1: %2 failed: %3").arg(m_path, what, detail));
}

StoreError SqlErrorMapper::readOnlyRefusal() const
{
    return StoreError::make(
        StoreError::Code::ReadOnly, QStringLiteral("%1 is open read-only; nothing was changed.").arg(file()));
}

StoreError SqlErrorMapper::map(const QString &what, const QSqlError &e) const
{
    if (m_server)
        return mapServer(what, e);
    using C = StoreError::Code;
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    const QString file = this->file();
    switch (primaryCode(e)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StoreError::make(C::Locked,
            QStringLiteral("%1 is in use by another program (it holds the write lock); "
                           "try again when it is done. (%2: %3)")
                .arg(file, what, detail));
    case 8: // SQLITE_READONLY
        // SQLITE_READONLY_ROLLBACK: a program stopped in the middle of a write made with a rollback journal (a
        // bulk load does that), and only a connection that may write can roll it back.
        if (e.nativeErrorCode().toInt() == 776
            || (m_readOnly && QFileInfo(m_path + QStringLiteral("-journal")).size() > 0))
            return StoreError::make(C::ReadOnly,
                QStringLiteral("%1 was left half-written by a program that stopped in the middle of "
                               "a write. Open it once for writing (not read-only) to undo that "
                               "unfinished write; nothing was changed. (%2: %3)")
                    .arg(file, what, detail));
        return StoreError::make(
            C::ReadOnly, QStringLiteral("%1 is read-only; nothing was changed. (%2: %3)").arg(file, what, detail));
    case 11: // SQLITE_CORRUPT
        return StoreError::make(C::Damaged,
            QStringLiteral("%1 is damaged (%2: %3). It was not changed; open a backup "
                           "or the bundled knowledge base.")
                .arg(file, what, detail));
    case 13: // SQLITE_FULL
        return StoreError::make(C::DiskFull,
            QStringLiteral("The disk holding %1 is full; nothing was changed. "
                           "Free some space and try again. (%2)")
                .arg(file, what));
    case 26: // SQLITE_NOTADB
        return StoreError::make(
            C::NotADatabase, QStringLiteral("%1 is not a knowledge base file (%2).").arg(file, detail));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return StoreError::make(C::Io, QStringLiteral("Could not read or write %1 (%2: %3).").arg(file, what, detail));
    default:
        return StoreError::make(C::Io, QStringLiteral("%1: %2 failed: %3").arg(file, what, detail));
    }
}

} // namespace tkb
