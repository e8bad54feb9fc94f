// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a knowledge base on a PostgreSQL server is: parses and writes its postgresql:// address, which never
// carries a password (that comes from the user's libpq passfile or service file).
#include <QString>

#include <optional>

namespace tkb {

struct ServerAddress
{
    QString host; ///< a name, an address, or a Unix socket directory (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString service; ///< a libpq service name (pg_service.conf), instead of or beside the fields above
    QString sslMode; ///< libpq's sslmode; empty = libpq's default ("prefer": TLS when the server offers it)

    /// Whether text is meant as a server address rather than a file path (it starts with postgresql:// or
    /// postgres://).
    static bool looksLikeAddress(const QString &text);
    /// The address in text, or nullopt with a message in error saying what is wrong. A password in it is refused:
    /// addresses are remembered in settings and shown in the window.
    static std::optional<ServerAddress> parse(const QString &text, QString *error = nullptr);
    /// postgresql://user@host:port/database[?service=…&sslmode=…], which parse() reads back.
    QString toUrl() const;
    /// "database on host" for a status bar or a title.
    QString displayName() const;

    bool operator==(const ServerAddress &) const = default;
};

} // namespace tkb
