// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks a knowledge base file in full (PRAGMA quick_check) on a worker thread with its own connection, so a
// large file opens at once and the window stays responsive; the open base accepts writes once it has passed.
#include <core/store/integrityreport.h>

#include <QMutex>
#include <QObject>
#include <QString>

class QThread;

namespace tkb {

class KnowledgeBase;

class VerifyJob : public QObject
{
    Q_OBJECT

public:
    explicit VerifyJob(const QString &kbPath, QObject *parent = nullptr);
    /// Stops the check (it then reports nothing) and waits for the worker.
    ~VerifyJob() override;
    void start();
    QString kbPath() const { return m_kbPath; }

Q_SIGNALS:
    /// The check has ended; report.ok says whether the file is sound.
    void finished(const tkb::IntegrityReport &report);

private:
    IntegrityReport work();

    QString m_kbPath;
    QThread *m_thread = nullptr;
    QMutex m_lock; ///< guards m_running and m_cancelled between the threads
    const KnowledgeBase *m_running = nullptr;
    bool m_cancelled = false;
    IntegrityReport m_report;
};

} // namespace tkb
