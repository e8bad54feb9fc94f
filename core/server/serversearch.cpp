// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/parsedquery.h>
#include <core/server/serversearch_p.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace tkb {

ServerSearch::ServerSearch(const QSqlDatabase &db)
    : m_db(db)
{ }

void ServerSearch::collectNames(const ParsedQuery &pq, std::optional<EntityKind> kind, std::int64_t perProbe,
    std::vector<SearchStatements::NameRow> &out, QString *error) const
{
    // As in the file: per kind and key a range (or an equality for a finished word) with a limit of its own, so
    // that no kind crowds out another, read in key order.
    const std::string keys[2] = { pq.nameKey(), pq.lastWordReachesText() ? pq.phoneticKey() : std::string() };
    const int probes = keys[1].empty() ? 1 : 2;
    const QList<EntityKind> kinds = allEntityKinds();
    QStringList parts;
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        if (kind && kinds[k] != *kind)
            continue;
        for (int p = 0; p < probes; ++p) {
            const QString match = pq.prefix() ? QStringLiteral("key >= :low%1 AND key < :high%1").arg(p)
                                              : QStringLiteral("key = :low%1").arg(p);
            parts << QStringLiteral("SELECT * FROM (SELECT key, entity, flags, src, %1 AS k, %2 AS p FROM search_name"
                                    " WHERE kind = '%3' AND %4 ORDER BY key, entity LIMIT :limit) AS probe%1_%2")
                         .arg(k)
                         .arg(p)
                         .arg(entityKindId(kinds[k]), match);
        }
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(parts.join(QStringLiteral(" UNION ALL ")));
    for (int p = 0; p < probes; ++p) {
        q.bindValue(QStringLiteral(":low%1").arg(p), QString::fromStdString(keys[p]));
        if (pq.prefix()) // U+10FFFF: after every continuation of the key
            q.bindValue(QStringLiteral(":high%1").arg(p), QString::fromStdString(keys[p] + "\xF4\x8F\xBF\xBF"));
    }
    q.bindValue(QStringLiteral(":limit"), qint64(perProbe));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return;
    }
    while (q.next()) {
        const bool phonetic = q.value(5).toInt() == 1;
        const QByteArray key = q.value(0).toString().toUtf8();
        out.push_back(SearchStatements::nameRow(std::string_view(key.constData(), std::size_t(key.size())),
            keys[phonetic ? 1 : 0].size(), phonetic, q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), kinds.value(q.value(4).toInt(), EntityKind::Topic)));
    }
}

std::optional<ServerSearch::EntityRow> ServerSearch::entityRow(std::int64_t rowid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, kind, name, aliases_text, summary FROM entity WHERE rowid = ?"));
    q.addBindValue(qint64(rowid));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return EntityRow { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString() };
}

double ServerSearch::prominence(std::int64_t rowid) const
{
    QSqlQuery q(m_db);
    if (m_mostMentioned < 0) {
        m_mostMentioned = q.exec(QStringLiteral("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM mention"
                                                " GROUP BY to_id) AS counts"))
                && q.next()
            ? q.value(0).toLongLong()
            : 0;
    }
    if (m_mostMentioned <= 0)
        return 0;
    q.prepare(QStringLiteral("SELECT count(*) FROM mention WHERE to_id = (SELECT id FROM entity WHERE rowid = ?)"));
    q.addBindValue(qint64(rowid));
    return SearchStatements::prominenceOf(q.exec() && q.next() ? q.value(0).toLongLong() : 0, m_mostMentioned);
}

} // namespace tkb
