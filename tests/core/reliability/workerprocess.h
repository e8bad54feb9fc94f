// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs tkb-reliability-worker as a child process and collects the lines it reports, so a test can wait for a
// line, let the worker run a while, kill it with SIGKILL and then read what it had promised.
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

class WorkerProcess
{
public:
    static QString program() { return QStringLiteral(TKB_WORKER); }

    explicit WorkerProcess(const QStringList &args) { start(program(), args); }
    WorkerProcess(const QString &program, const QStringList &args) { start(program, args); }
    ~WorkerProcess()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished(10000);
        }
    }
    WorkerProcess(const WorkerProcess &) = delete;
    WorkerProcess &operator=(const WorkerProcess &) = delete;

    bool started() const { return m_started; }
    qint64 pid() const { return m_proc.processId(); }

    /// Reads output until a complete line starting with prefix has arrived; returns it, or empty on timeout
    /// or if the worker exits first.
    QString waitForLine(const QString &prefix, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (const QString &l : lines()) {
                if (l.startsWith(prefix))
                    return l;
            }
            if (t.elapsed() >= timeoutMs)
                return {};
            if (m_proc.state() == QProcess::NotRunning) {
                collect();
                for (const QString &l : lines()) {
                    if (l.startsWith(prefix))
                        return l;
                }
                return {};
            }
            m_proc.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - t.elapsed())));
            collect();
        }
    }

    /// Keeps reading for ms milliseconds, so the worker never blocks on a full pipe while the test waits.
    void pump(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms && m_proc.state() != QProcess::NotRunning) {
            m_proc.waitForReadyRead(int(qMax<qint64>(1, ms - t.elapsed())));
            collect();
        }
        collect();
    }

    /// SIGKILL: no destructor, no atexit, no flush; returns true if the worker was still running when killed.
    bool kill()
    {
        const bool running = m_proc.state() == QProcess::Running;
        m_proc.kill();
        m_proc.waitForFinished(10000);
        collect();
        return running;
    }

    /// Waits for a normal exit; returns the exit code, or -1 on a crash or timeout.
    int finish(int timeoutMs)
    {
        // waitForFinished() says false for a process that has already finished.
        if (m_proc.state() != QProcess::NotRunning && !m_proc.waitForFinished(timeoutMs)) {
            m_proc.kill();
            m_proc.waitForFinished(10000);
            collect();
            return -1;
        }
        collect();
        return m_proc.exitStatus() == QProcess::NormalExit ? m_proc.exitCode() : -1;
    }

    /// Complete lines so far (a line cut by the kill is not a line).
    QStringList lines() const
    {
        const qsizetype end = m_out.lastIndexOf('\n');
        if (end < 0)
            return {};
        return QString::fromUtf8(m_out.left(end)).split(u'\n');
    }
    QString errorOutput() const { return QString::fromUtf8(m_err); }
    QString transcript() const { return QString::fromUtf8(m_out) + QStringLiteral("\n[stderr]\n") + errorOutput(); }

private:
    void start(const QString &program, const QStringList &args)
    {
        m_proc.start(program, args);
        m_started = m_proc.waitForStarted(10000);
    }
    void collect()
    {
        m_out += m_proc.readAllStandardOutput();
        m_err += m_proc.readAllStandardError();
    }

    QProcess m_proc;
    QByteArray m_out;
    QByteArray m_err;
    bool m_started = false;
};
