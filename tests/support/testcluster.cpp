// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tkbtest {

namespace {

// PostgreSQL refuses to run as root: as root, the server runs as this user, made once if missing.
const char *const serverUser = "talyshkb-pg";

// The newest installed server's programs (Debian keeps each major version in /usr/lib/postgresql/N/bin).
QString serverBinaries()
{
    QString best;
    QVersionNumber bestVersion;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        const QVersionNumber n = QVersionNumber::fromString(v);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && n > bestVersion) {
            best = bin;
            bestVersion = n;
        }
    }
    return best;
}

// A port nobody listens on now: bound to port 0, the kernel's choice is read back and released.
int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 0;
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(s);
    return port;
}

} // namespace

TestCluster::TestCluster()
    : m_dir(QDir::tempPath() + QStringLiteral("/tkb-pg-XXXXXX"))
    , m_bin(serverBinaries())
{ }

TestCluster::~TestCluster()
{
    if (m_started)
        run(m_bin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") },
            nullptr);
}

bool TestCluster::run(const QString &program, const QStringList &args, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The server's user cannot enter the test's working folder; every path given is absolute.
    p.setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (m_osUser.isEmpty())
        p.start(program, args);
    else
        p.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), m_osUser, QStringLiteral("--"), program } + args);
    const bool finished = p.waitForFinished(timeoutMs);
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = text;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (output)
            *output = QFileInfo(program).fileName() + QStringLiteral(" failed: ") + text;
        return false;
    }
    return true;
}

bool TestCluster::ensureUser(QString *error)
{
    if (::geteuid() != 0)
        return true; // the server runs as the test's own user
    m_osUser = QString::fromLatin1(serverUser);
    if (!::getpwnam(serverUser)) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("useradd"),
            { QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                QStringLiteral("/usr/sbin/nologin"), m_osUser });
        p.waitForFinished(30000);
        // Another test may have made it meanwhile: only its absence afterwards is a failure.
        if (!::getpwnam(serverUser)) {
            *error = QStringLiteral("useradd %1 failed: %2").arg(m_osUser, QString::fromLocal8Bit(p.readAll()));
            return false;
        }
    }
    const passwd *pw = ::getpwnam(serverUser);
    if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        *error = QStringLiteral("cannot give %1 to %2").arg(m_dir.path(), m_osUser);
        return false;
    }
    return true;
}

void TestCluster::stopOrphans()
{
    // A test that crashed left its server running: stop the clusters whose test process is gone, and remove them.
    const QDir tmp(QDir::tempPath());
    for (const QString &name : tmp.entryList({ QStringLiteral("tkb-pg-*") }, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = tmp.filePath(name);
        if (dir == m_dir.path())
            continue;
        QFile owner(dir + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const pid_t pid = pid_t(owner.readAll().trimmed().toLongLong());
        if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue;
        run(m_bin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("stop") },
            nullptr);
        QDir(dir).removeRecursively();
    }
}

bool TestCluster::start(QString *error)
{
    if (m_bin.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql (install postgresql-17)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (!ensureUser(error))
        return false;
    stopOrphans();
    QFile owner(m_dir.filePath(QStringLiteral("owner.pid")));
    if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(qint64(::getpid()))) <= 0) {
        *error = QStringLiteral("cannot write %1").arg(owner.fileName());
        return false;
    }
    owner.close();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(m_bin + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                superuser(), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                QStringLiteral("--no-sync") },
            error))
        return false;
    // A port taken between freePort() and the start (another test's cluster) makes the start fail: try again.
    for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
        m_port = freePort();
        const QString options
            = QStringLiteral("-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off").arg(m_dir.path()).arg(m_port);
        m_started = run(m_bin + QStringLiteral("/pg_ctl"),
            { QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start") },
            error);
    }
    return m_started;
}

bool TestCluster::psql(const QString &database, const QString &sql, QString *output, const QString &user)
{
    return run(m_bin + QStringLiteral("/psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-U"), user.isEmpty() ? superuser() : user, QStringLiteral("-d"),
            database, QStringLiteral("-c"), sql },
        output);
}

bool TestCluster::createDatabase(const QString &name, QString *error)
{
    return run(m_bin + QStringLiteral("/createdb"),
        { QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
            superuser(), name },
        error);
}

QString TestCluster::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(user.isEmpty() ? superuser() : user)
        .arg(m_port)
        .arg(database);
}

QString TestCluster::socketUrl(const QString &database, const QString &user) const
{
    // One arg() for all: the folder's %2F must not be taken for a placeholder by a later one.
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(user.isEmpty() ? superuser() : user, database, QString::fromLatin1(QUrl::toPercentEncoding(m_dir.path())),
            QString::number(m_port));
}

} // namespace tkbtest
