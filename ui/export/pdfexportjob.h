// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one PDF export or print on a worker thread with its own knowledge-base connection, reporting progress
// and taking a cancel, so the window never freezes while a long section is laid out.
#include <core/export/exportoptions.h>
#include <core/export/exportresult.h>
#include <core/export/exportsection.h>

#include <QObject>

#include <atomic>

class QPagedPaintDevice;
class QThread;

namespace tkb {

class PdfExportJob : public QObject
{
    Q_OBJECT
public:
    /// Writes section to file (nothing is left there unless the whole PDF is written).
    PdfExportJob(const QString &kbPath, const ExportSection &section, const ExportOptions &options, const QString &file,
        QObject *parent = nullptr);
    /// Paints section on device (a QPrinter), which must outlive the job; painting in a thread is allowed for
    /// printers.
    PdfExportJob(const QString &kbPath, const ExportSection &section, const ExportOptions &options,
        QPagedPaintDevice *device, QObject *parent = nullptr);
    /// Cancels a running job and waits for it.
    ~PdfExportJob() override;

    void start();
    /// Asks the worker to stop at its next step; finished() still follows, with a Cancelled result.
    void cancel();
    bool isRunning() const;
    /// Valid once finished() was emitted.
    const ExportResult &result() const { return m_result; }
    QString file() const { return m_file; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const tkb::ExportResult &result);

private:
    void run();

    QString m_kbPath;
    ExportSection m_section;
    ExportOptions m_options;
    QString m_file;
    QPagedPaintDevice *m_device = nullptr;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    ExportResult m_result;
};

} // namespace tkb
