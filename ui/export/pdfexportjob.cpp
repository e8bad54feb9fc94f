// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/exportcomposer.h>
#include <core/export/pdfexporter.h>
#include <core/store/knowledgebase.h>
#include <ui/export/pdfexportjob.h>

#include <QCoreApplication>
#include <QThread>

namespace tkb {

PdfExportJob::PdfExportJob(const QString &kbPath, const ExportSection &section, const ExportOptions &options,
    const QString &file, QObject *parent)
    : QObject(parent)
    , m_kbPath(kbPath)
    , m_section(section)
    , m_options(options)
    , m_file(file)
{ }

PdfExportJob::PdfExportJob(const QString &kbPath, const ExportSection &section, const ExportOptions &options,
    QPagedPaintDevice *device, QObject *parent)
    : QObject(parent)
    , m_kbPath(kbPath)
    , m_section(section)
    , m_options(options)
    , m_device(device)
{ }

PdfExportJob::~PdfExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void PdfExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("pdf-export"));
    // QThread::finished comes from the worker; the queued slot runs here once the result is written.
    connect(m_thread, &QThread::finished, this, [this] { Q_EMIT finished(m_result); });
    m_thread->start();
}

void PdfExportJob::cancel()
{
    m_cancel = true;
}

bool PdfExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void PdfExportJob::run()
{
    StoreError error;
    // One connection per thread: this worker opens its own.
    // A second reader of the window's file: the window's own check covers it (BaseOpener).
    const auto kb = KnowledgeBase::open(
        m_kbPath, KnowledgeBase::OpenMode::ReadOnly, &error, KnowledgeBase::Verification::Deferred);
    if (!kb) {
        m_result = ExportResult::failure(ExportResult::Status::NotFound, error.message);
        return;
    }
    const ExportProgress report = [this](int done, int total) {
        // The job outlives its thread (the destructor waits), so posting to it is safe.
        QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
    if (m_device) {
        ExportDocument document;
        const ExportComposer composer(*kb, m_options);
        int composed = 0;
        m_result = composer.compose(m_section, &document, [&](int done, int total) {
            composed = done;
            return report(done, total + std::max(1, total / 2));
        });
        if (m_result.ok())
            m_result = PdfExporter::paint(document, m_options, m_device, report, composed);
    } else {
        m_result = PdfExporter(*kb, m_options).exportToFile(m_section, m_file, report);
    }
}

} // namespace tkb
