// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A throwaway PostgreSQL cluster for tests: initdb in a temporary folder as an unprivileged user (made if missing
// when the test runs as root), pg_ctl start on a free port of 127.0.0.1 and a Unix socket in the same folder,
// databases made on request, and everything stopped and removed when it goes (or, after a crash, by the next one).
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tkbtest {

class TestCluster
{
public:
    TestCluster();
    /// Stops the server (immediate shutdown) and removes its folder.
    ~TestCluster();
    TestCluster(const TestCluster &) = delete;
    TestCluster &operator=(const TestCluster &) = delete;

    /// initdb and pg_ctl start; on failure error says which step failed and what it printed.
    bool start(QString *error);
    /// Makes an empty database owned by the cluster's superuser.
    bool createDatabase(const QString &name, QString *error);
    /// Runs sql through psql on database as user (the superuser when empty); output is its unaligned rows.
    bool psql(const QString &database, const QString &sql, QString *output = nullptr, const QString &user = {});

    /// postgresql://USER@127.0.0.1:PORT/DATABASE (over TCP).
    QString url(const QString &database, const QString &user = {}) const;
    /// postgresql://USER@/DATABASE?host=DIR&port=PORT (over the Unix socket).
    QString socketUrl(const QString &database, const QString &user = {}) const;
    QString superuser() const { return QStringLiteral("tkb"); }
    int port() const { return m_port; }
    QString socketDir() const { return m_dir.path(); }

private:
    bool run(const QString &program, const QStringList &args, QString *output, int timeoutMs = 60000);
    bool ensureUser(QString *error);
    void stopOrphans();

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_osUser; ///< who runs the server: empty when the test itself is not root
    int m_port = 0;
    bool m_started = false;
};

} // namespace tkbtest
