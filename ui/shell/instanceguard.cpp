// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/instanceguard.h>

#include <QLockFile>

namespace tkb {

InstanceGuard::InstanceGuard(const QString &kbPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(kbPath)))
{
    // The lock lives as long as the window has the file open: age must not make it "stale", only the
    // death of its holder (which QLockFile detects from the pid it wrote).
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(100)) {
        m_state = State::Owner;
        return;
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_state = State::HeldByOther;
        QString host, app;
        m_lock->getLockInfo(&m_holderPid, &host, &app);
    } else {
        m_state = State::NoLock;
    }
}

InstanceGuard::~InstanceGuard() = default;

} // namespace tkb
