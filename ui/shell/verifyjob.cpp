// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/knowledgebase.h>
#include <ui/shell/verifyjob.h>

#include <QThread>

namespace tkb {

VerifyJob::VerifyJob(const QString &kbPath, QObject *parent)
    : QObject(parent)
    , m_kbPath(kbPath)
{ }

VerifyJob::~VerifyJob()
{
    {
        QMutexLocker locker(&m_lock);
        m_cancelled = true;
        if (m_running)
            m_running->interrupt();
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void VerifyJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { m_report = work(); });
    m_thread->setObjectName(QStringLiteral("verify"));
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_cancelled)
            Q_EMIT finished(m_report);
    });
    m_thread->start(QThread::LowPriority);
}

IntegrityReport VerifyJob::work()
{
    StoreError error;
    auto kb = KnowledgeBase::open(
        m_kbPath, KnowledgeBase::OpenMode::ReadOnly, &error, KnowledgeBase::Verification::Deferred);
    if (!kb)
        return IntegrityReport { false, { error.message }, { QStringLiteral("open") } };
    {
        QMutexLocker locker(&m_lock);
        if (m_cancelled)
            return {};
        m_running = kb.get();
    }
    IntegrityReport report = kb->checkFile();
    QMutexLocker locker(&m_lock);
    m_running = nullptr;
    return report; // the connection closes here, on the thread that opened it
}

} // namespace tkb
