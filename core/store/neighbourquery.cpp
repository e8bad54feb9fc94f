// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>
#include <core/store/neighbourquery.h>

#include <QSqlQuery>
#include <QVariant>

namespace tkb {

NeighbourQuery::NeighbourQuery(const KnowledgeBase &kb)
    : m_kb(kb)
{ }

QList<NeighbourQuery::Group> NeighbourQuery::groups(const QString &id) const
{
    QList<Group> out;
    QSqlQuery q(connection(m_kb));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT predicate, 1, count(DISTINCT object) FROM relation"
                             " WHERE subject=:id AND object<>:id GROUP BY predicate"
                             " UNION ALL SELECT predicate, 0, count(DISTINCT subject) FROM relation"
                             " WHERE object=:id AND subject<>:id GROUP BY predicate ORDER BY 2 DESC, 1"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Group { q.value(0).toString(), q.value(1).toBool(), q.value(2).toInt() });
    return out;
}

int NeighbourQuery::neighbourCount(const QString &id) const
{
    QSqlQuery q(connection(m_kb));
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT object FROM relation WHERE subject=:id AND object<>:id"
                             " UNION SELECT subject FROM relation WHERE object=:id AND subject<>:id) AS neighbours"));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<EntityRef> NeighbourQuery::members(const QString &id, const Group &group, int offset, int limit) const
{
    QList<EntityRef> out;
    QSqlQuery q(connection(m_kb));
    q.setForwardOnly(true);
    const QString other = group.outgoing ? QStringLiteral("object") : QStringLiteral("subject");
    const QString self = group.outgoing ? QStringLiteral("subject") : QStringLiteral("object");
    // Every ORDER BY term in the select list, as PostgreSQL wants of a DISTINCT (a server, core/server).
    q.prepare(QStringLiteral("SELECT DISTINCT r.%1, e.kind, e.name, e.sort_key, e.sort_key IS NULL FROM relation r"
                             " LEFT JOIN entity e ON e.id=r.%1"
                             " WHERE r.%2=:id AND r.predicate=:p AND r.%1<>:id"
                             " ORDER BY e.sort_key IS NULL, e.sort_key, r.%1 LIMIT :limit OFFSET :offset")
            .arg(other, self));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":p"), group.predicate);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return out;
    while (q.next()) {
        EntityRef r;
        r.id = q.value(0).toString();
        const QString kind = q.value(1).toString();
        r.kind = entityKindFromId(kind.isEmpty() ? QStringView(r.id).left(r.id.indexOf(u'/')) : QStringView(kind))
                     .value_or(EntityKind::Topic);
        r.name = q.value(2).toString();
        if (r.name.isEmpty())
            r.name = r.id;
        out.append(r);
    }
    return out;
}

} // namespace tkb
