// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/serveraddress.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace tkb {

namespace {

const QStringList sslModes = { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *why)
{
    auto fail = [&](const QString &message) {
        if (why)
            *why = message;
        return std::nullopt;
    };
    if (!isServerAddress(text))
        return fail(QStringLiteral("a server address starts with postgresql://"));
    // By hand rather than by QUrl, which refuses the empty host of "postgresql://user@/db?host=/socket/dir".
    static const QRegularExpression form(
        QStringLiteral("^postgres(?:ql)?://(?:([^:@/?]*)(?::([^@/?]*))?@)?(\\[[^\\]]*\\]|[^:/?]*)(?::([0-9]*))?(?:/"
                       "([^?]*))?(?:\\?(.*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return fail(QStringLiteral("it is not of the form postgresql://user@host:port/database"));
    const auto decode = [](const QString &s) { return QUrl::fromPercentEncoding(s.toUtf8()); };
    ServerAddress a;
    a.m_user = decode(m.captured(1));
    a.m_password = decode(m.captured(2));
    a.m_host = decode(m.captured(3));
    if (a.m_host.startsWith(u'['))
        a.m_host = a.m_host.mid(1, a.m_host.size() - 2);
    const auto setPort = [&](const QString &value) {
        bool ok = false;
        a.m_port = value.toInt(&ok);
        return ok && a.m_port > 0 && a.m_port <= 65535;
    };
    if (!m.captured(4).isEmpty() && !setPort(m.captured(4)))
        return fail(QStringLiteral("the port \"%1\" is not a number from 1 to 65535").arg(m.captured(4)));
    a.m_database = decode(m.captured(5));
    const QStringList items = m.captured(6).split(u'&', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key = decode(item.section(u'=', 0, 0));
        const QString value = decode(item.section(u'=', 1));
        if (key == QLatin1String("host")) {
            a.m_host = value;
        } else if (key == QLatin1String("port")) {
            if (!setPort(value))
                return fail(QStringLiteral("the port \"%1\" is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes.contains(value))
                return fail(QStringLiteral("sslmode must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
            a.m_sslMode = value;
        } else if (key == QLatin1String("service")) {
            a.m_service = value;
        } else if (key == QLatin1String("user")) {
            a.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            a.m_database = value;
        } else {
            return fail(QStringLiteral("the option \"%1\" is not one this program passes to the server").arg(key));
        }
    }
    if (a.m_database.isEmpty() && a.m_service.isEmpty())
        return fail(QStringLiteral("it names no database (postgresql://user@host/DATABASE)"));
    if (a.m_database.contains(u'/'))
        return fail(QStringLiteral("a database name has no slash"));
    return a;
}

ServerAddress ServerAddress::fromParts(const QString &host, int port, const QString &database, const QString &user,
    const QString &service, const QString &sslMode)
{
    ServerAddress a;
    a.m_host = host;
    a.m_port = port;
    a.m_database = database;
    a.m_user = user;
    a.m_service = service;
    a.m_sslMode = sslMode;
    return a;
}

QString ServerAddress::displayName() const
{
    const QString where = !m_service.isEmpty()        ? m_service
        : m_host.isEmpty() || m_host.startsWith(u'/') ? QCoreApplication::translate("ServerAddress", "this computer")
                                                      : m_host;
    return QCoreApplication::translate("ServerAddress", "%1 on %2")
        .arg(m_database.isEmpty() ? m_service : m_database, where);
}

QString ServerAddress::toString() const
{
    const auto encode = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    const bool socket = m_host.startsWith(u'/');
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += encode(m_user) + u'@';
    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + encode(m_host);
    } else {
        text += m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    }
    if (m_port > 0) {
        if (socket || m_host.isEmpty())
            query << QStringLiteral("port=") + QString::number(m_port);
        else
            text += u':' + QString::number(m_port);
    }
    text += u'/' + encode(m_database);
    if (!m_sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_service.isEmpty())
        query << QStringLiteral("service=") + encode(m_service);
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString ServerAddress::connectOptions() const
{
    QStringList options { QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=talysh-kb") };
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_service.isEmpty())
        options << QStringLiteral("service=") + m_service;
    return options.join(u';');
}

} // namespace tkb
