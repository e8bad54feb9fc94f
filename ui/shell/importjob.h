// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one import (core's ImportRun: an article or a knowledge pack into a knowledge base file) on a worker
// thread with its own connection, so the window stays responsive; reports what was added or why nothing was.
#include <QObject>
#include <QString>

class QThread;

namespace tkb {

class ImportJob : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QString error; ///< for the user: names the input file and line, or the store's reason
        int entities = 0;
        int relations = 0;
        int sources = 0;
        QString title; ///< of the imported pack or article
    };

    /// create: make kbPath as a new knowledge base (it must not hold anything else); otherwise add to it.
    /// readOnly: the window has the file read-only; the store then refuses the write and says why.
    ImportJob(const QString &inputPath, const QString &kbPath, bool create, bool readOnly, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    bool isRunning() const;
    /// The work itself, synchronous (the thread runs this; tests may call it directly).
    static Result run(const QString &inputPath, const QString &kbPath, bool create, bool readOnly);

    /// Valid once finished() was emitted.
    const Result &result() const { return m_result; }
    QString inputPath() const { return m_input; }
    QString kbPath() const { return m_kbPath; }
    bool creates() const { return m_create; }

Q_SIGNALS:
    void finished(const tkb::ImportJob::Result &result);

private:
    QString m_input;
    QString m_kbPath;
    bool m_create = false;
    bool m_readOnly = false;
    QThread *m_thread = nullptr;
    Result m_result;
};

} // namespace tkb
