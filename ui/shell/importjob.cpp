// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/importrun.h>
#include <ui/shell/importjob.h>

#include <QThread>

namespace tkb {

ImportJob::ImportJob(const QString &inputPath, const QString &kbPath, bool create, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_input(inputPath)
    , m_kbPath(kbPath)
    , m_create(create)
    , m_readOnly(readOnly)
{ }

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { m_result = run(m_input, m_kbPath, m_create, m_readOnly); });
    m_thread->setObjectName(QStringLiteral("import"));
    // finished is emitted by the worker thread; the queued slot runs here after the result is written.
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_result); });
    m_thread->start();
}

ImportJob::Result ImportJob::run(const QString &inputPath, const QString &kbPath, bool create, bool readOnly)
{
    // Read-only: the store refuses the write and its message says why.
    const auto mode = readOnly ? KnowledgeBase::OpenMode::ReadOnly
                               : (create ? KnowledgeBase::OpenMode::CreateOrOpen : KnowledgeBase::OpenMode::ReadWrite);
    const ImportRun::Result run = ImportRun::importFile(inputPath, kbPath, mode);
    Result r;
    r.ok = run.ok();
    r.error = run.error;
    r.entities = run.entities;
    r.relations = run.relations;
    r.sources = run.sources;
    r.title = run.title;
    return r; // run's connection closes here, on the thread that opened it
}

} // namespace tkb
