// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/namekeys.h>
#include <core/server/pgarrayliteral_p.h>
#include <core/server/servernameindex_p.h>
#include <core/store/statementcache_p.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

// All the keys of one entity in one statement: a round trip per key made writing a base on a server dozens of
// times slower than in a file.
bool insertKeys(
    QSqlQuery &insert, qint64 rowid, const QString &kind, const QString &name, const QString &aliasesText, QString *why)
{
    const QByteArray n = name.toUtf8(), a = aliasesText.toUtf8();
    QStringList keys;
    QList<qint64> flags, sources;
    for (const NameKeys::Key &k : NameKeys::build(std::string_view(n.constData(), std::size_t(n.size())),
             std::string_view(a.constData(), std::size_t(a.size())))) {
        keys << QString::fromUtf8(k.key.data(), qsizetype(k.key.size()));
        flags << k.flags;
        sources << k.source;
    }
    if (keys.isEmpty())
        return true;
    insert.addBindValue(kind);
    insert.addBindValue(rowid);
    insert.addBindValue(PgArrayLiteral::texts(keys));
    insert.addBindValue(PgArrayLiteral::integers(flags));
    insert.addBindValue(PgArrayLiteral::integers(sources));
    if (!insert.exec()) {
        if (why)
            *why = insert.lastError().text();
        return false;
    }
    return true;
}

const QString insertSql = QStringLiteral(
    "INSERT INTO search_name(kind, key, entity, flags, src) SELECT CAST(? AS text), k, CAST(? AS bigint), f, s"
    " FROM unnest(CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS integer[])) AS u(k, f, s) ON CONFLICT DO NOTHING");

} // namespace

bool ServerNameIndex::add(StatementCache &statements, qint64 rowid, const QString &kind, const QString &name,
    const QString &aliasesText, QString *why)
{
    return insertKeys(statements.statement(insertSql), rowid, kind, name, aliasesText, why);
}

bool ServerNameIndex::rebuild(QSqlDatabase &db, QString *why)
{
    // Not forward-only: the driver would then stream the rows, and the first insert would discard the rest.
    QSqlQuery q(db), read(db), insert(db);
    if (!q.exec(QStringLiteral("DELETE FROM search_name"))
        || !read.exec(QStringLiteral("SELECT rowid, kind, name, aliases_text FROM entity"))
        || !insert.prepare(insertSql)) {
        if (why)
            *why = (q.lastError().isValid() ? q : read.lastError().isValid() ? read : insert).lastError().text();
        return false;
    }
    while (read.next()) {
        if (!insertKeys(insert, read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                read.value(3).toString(), why))
            return false;
    }
    return true;
}

} // namespace tkb
