// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/fontwarmup.h>

#include <QCoreApplication>
#include <QFontDatabase>
#include <QThread>

namespace tkb {

void FontWarmup::start()
{
    static bool started = false;
    if (started || !QCoreApplication::instance())
        return;
    started = true;
    // QFontDatabase is thread-safe: the first call fills the shared database under its lock, and the GUI thread's
    // first use either finds it filled or waits for the same work to end (never doing it twice).
    QThread *worker = QThread::create([] { (void)QFontDatabase::families(); });
    worker->setObjectName(QStringLiteral("FontWarmup"));
    // Connected to the worker: once it has finished and gone, there is nothing left to wait for.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, worker, [worker] { worker->wait(); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace tkb
