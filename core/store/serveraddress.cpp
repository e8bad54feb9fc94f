// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/serveraddress.h>

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace tkb {

namespace {
QString trText(const char *text)
{
    return QCoreApplication::translate("ServerAddress", text);
}
} // namespace

bool ServerAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ServerAddress> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!looksLikeAddress(text))
        return fail(trText("A server address starts with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(trText("The server address is not valid: %1").arg(url.errorString()));
    if (!url.password().isEmpty())
        return fail(trText("The server address holds a password. Put the password in your ~/.pgpass file (or a "
                           "pg_service.conf service) instead: addresses are remembered and shown."));
    ServerAddress a;
    a.host = url.host();
    a.user = url.userName();
    a.database = url.path().mid(1);
    const QUrlQuery query(url);
    const int port = url.port(5432);
    if (port <= 0 || port > 65535)
        return fail(trText("The port must be a number from 1 to 65535."));
    a.port = port;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            a.host = value; // libpq's way to give a socket directory
        else if (key == QLatin1String("port"))
            a.port = value.toInt();
        else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (key == QLatin1String("service"))
            a.service = value;
        else if (key == QLatin1String("sslmode"))
            a.sslMode = value;
        else if (key == QLatin1String("password"))
            return fail(trText("The server address holds a password. Put the password in your ~/.pgpass file (or "
                               "a pg_service.conf service) instead: addresses are remembered and shown."));
        else
            return fail(trText("The server address has an option this program does not know: %1").arg(key));
    }
    if (a.port <= 0 || a.port > 65535)
        return fail(trText("The port must be a number from 1 to 65535."));
    if (a.database.isEmpty() && a.service.isEmpty())
        return fail(trText("The server address names no database."));
    static const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    if (!a.sslMode.isEmpty() && !sslModes.contains(a.sslMode))
        return fail(
            trText("Unknown TLS mode \"%1\"; use one of: %2").arg(a.sslMode, sslModes.join(QStringLiteral(", "))));
    if (a.host.isEmpty() && a.service.isEmpty())
        a.host = QStringLiteral("localhost");
    return a;
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host); // a socket directory is no URL host
    else
        url.setHost(host);
    url.setUserName(user);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::displayName() const
{
    const QString where = service.isEmpty() ? host : service;
    return trText("%1 on %2").arg(database.isEmpty() ? service : database, where);
}

} // namespace tkb
