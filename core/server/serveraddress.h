// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A knowledge base on a PostgreSQL server as one address: postgresql://USER@HOST:PORT/DATABASE, also with
// ?host=/socket/dir, ?sslmode=... and ?service=... as libpq reads them. The password never travels in it: libpq
// finds it in the passfile (~/.pgpass) or the service file; one typed into the address is used and never shown.
#include <QString>

#include <optional>

namespace tkb {

class ServerAddress
{
public:
    /// Whether text is meant as a server address (postgresql:// or postgres://), valid or not.
    static bool isServerAddress(const QString &text);
    /// nullopt when text is not a usable server address; why then says what is wrong with it.
    static std::optional<ServerAddress> parse(const QString &text, QString *why = nullptr);
    /// An address from its parts, as a form gives them (empty ones and port 0 are left to libpq's defaults);
    /// parse(toString()) says whether it is usable.
    static ServerAddress fromParts(const QString &host, int port, const QString &database, const QString &user,
        const QString &service = {}, const QString &sslMode = {});

    QString user() const { return m_user; }
    /// A host name, an address, or a Unix socket folder (it starts with a slash); empty = libpq's default.
    QString host() const { return m_host; }
    int port() const { return m_port; } ///< 0 = the default (5432)
    QString database() const { return m_database; }
    QString password() const { return m_password; }
    QString sslMode() const { return m_sslMode; }
    QString service() const { return m_service; }
    /// The address as shown and remembered: never the password.
    QString toString() const;
    /// "database on host" (or on the service) for a title, a status bar or a menu, in the interface language.
    QString displayName() const;
    /// The libpq options beyond host, port, user and database, as Qt's QPSQL driver takes them ("a=b;c=d").
    QString connectOptions() const;

private:
    QString m_user, m_host, m_database, m_password, m_sslMode, m_service;
    int m_port = 0;
};

} // namespace tkb
