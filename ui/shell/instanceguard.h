// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tells whether another Talysh KB window already writes a knowledge base file, with a lock file beside it
// (path + ".lock"), so a second instance opens the file read-only instead of racing the first.
#include <QString>

#include <memory>

class QLockFile;

namespace tkb {

class InstanceGuard
{
public:
    enum class State {
        Owner, ///< this process holds the lock: open read-write
        HeldByOther, ///< another live process holds it: open read-only
        NoLock, ///< no lock could be made (read-only folder): the file is read-only for us anyway
    };

    static QString lockPathFor(const QString &kbPath) { return kbPath + QStringLiteral(".lock"); }

    explicit InstanceGuard(const QString &kbPath);
    ~InstanceGuard();
    InstanceGuard(const InstanceGuard &) = delete;
    InstanceGuard &operator=(const InstanceGuard &) = delete;

    State state() const { return m_state; }
    /// The process id holding the lock when HeldByOther, else 0.
    qint64 holderPid() const { return m_holderPid; }

private:
    std::unique_ptr<QLockFile> m_lock;
    State m_state = State::NoLock;
    qint64 m_holderPid = 0;
};

} // namespace tkb
