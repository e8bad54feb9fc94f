// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/knowledgebase.h>
#include <ui/shell/upgradejob.h>

#include <QThread>

namespace tkb {

UpgradeJob::UpgradeJob(const QString &kbPath, QObject *parent)
    : QObject(parent)
    , m_kbPath(kbPath)
{ }

UpgradeJob::~UpgradeJob()
{
    m_quiet = true;
    m_cancelled = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void UpgradeJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        // The connection is opened, used and closed on this thread.
        KnowledgeBase::upgrade(m_kbPath, &m_error, [this] { return !m_cancelled.load(); });
    });
    m_thread->setObjectName(QStringLiteral("upgrade"));
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_quiet)
            Q_EMIT finished(m_error);
    });
    m_thread->start();
}

} // namespace tkb
