// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/namekeys.h>
#include <core/server/servernameindex_p.h>
#include <core/store/statementcache_p.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

constexpr int rebuildBatch = 2000; // entities per statement when every key is made anew

} // namespace

ServerNameIndex::ServerNameIndex()
    : m_keys(QStringLiteral("INSERT INTO search_name(kind, key, entity, flags, src) SELECT * FROM unnest("
                            "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS integer[]),"
                            " CAST(? AS integer[]))"),
          5)
{ }

void ServerNameIndex::add(qint64 rowid, const QString &kind, const QString &name, const QString &aliasesText)
{
    const QByteArray n = name.toUtf8(), a = aliasesText.toUtf8();
    for (const NameKeys::Key &k : NameKeys::build(std::string_view(n.constData(), std::size_t(n.size())),
             std::string_view(a.constData(), std::size_t(a.size()))))
        m_keys.add({ kind, QString::fromUtf8(k.key.data(), qsizetype(k.key.size())), rowid, qint64(k.flags),
            qint64(k.source) });
}

bool ServerNameIndex::flush(StatementCache &statements, QSqlError *error)
{
    return m_keys.flush(statements, error);
}

bool ServerNameIndex::rebuild(QSqlDatabase &db, QString *why)
{
    // Not forward-only: the driver would then stream the rows, and the first insert would discard the rest.
    QSqlQuery q(db), read(db);
    if (!q.exec(QStringLiteral("DELETE FROM search_name"))
        || !read.exec(QStringLiteral("SELECT rowid, kind, name, aliases_text FROM entity"))) {
        if (why)
            *why = (q.lastError().isValid() ? q : read).lastError().text();
        return false;
    }
    StatementCache statements(db);
    ServerNameIndex index;
    QSqlError error;
    const auto failed = [&] {
        if (why)
            *why = error.text();
        return false;
    };
    for (int n = 1; read.next(); ++n) {
        index.add(
            read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(), read.value(3).toString());
        if (n % rebuildBatch == 0 && !index.flush(statements, &error))
            return failed();
    }
    return index.flush(statements, &error) || failed();
}

} // namespace tkb
