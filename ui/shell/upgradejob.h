// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Upgrades a knowledge base file written by an older version on a worker thread (a search index rebuild takes
// minutes at a million entities), so the window stays responsive and the user can cancel, leaving the file as it was.
#include <core/store/storeerror.h>

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace tkb {

class UpgradeJob : public QObject
{
    Q_OBJECT

public:
    explicit UpgradeJob(const QString &kbPath, QObject *parent = nullptr);
    /// Cancels the upgrade (it then reports nothing) and waits for the worker.
    ~UpgradeJob() override;
    void start();
    /// Stops the upgrade at the next step of SQLite's; finished() then reports Cancelled.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    /// The upgrade has ended: error.code is None when the file now has this version's schema.
    void finished(const tkb::StoreError &error);

private:
    QString m_kbPath;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    bool m_quiet = false; ///< set on destruction: no report to a caller who has gone
    StoreError m_error;
};

} // namespace tkb
