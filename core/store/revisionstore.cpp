// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/revisionstore_p.h>
#include <core/store/sqlerrormapper_p.h>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace tkb {

namespace {

// A null QString binds as SQL NULL, which is what a missing document is; other text must never be NULL.
QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QString timeText(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

const QString changeSetColumns = QStringLiteral("id, time, author, comment, origin, state, problem, changes");

} // namespace

RevisionStore::RevisionStore(const QSqlDatabase &db, const SqlErrorMapper &errors)
    : m_db(db)
    , m_errors(errors)
{ }

qint64 RevisionStore::addChangeSet(const ChangeSetInfo &info, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO changeset(id, time, author, comment, origin, state, problem, changes)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(info.id > 0 ? QVariant(info.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(timeText(info.time));
    q.addBindValue(notNull(info.author));
    q.addBindValue(notNull(info.comment));
    q.addBindValue(notNull(info.origin));
    q.addBindValue(notNull(info.state));
    q.addBindValue(notNull(info.problem));
    q.addBindValue(notNull(info.changes));
    if (!q.exec() || !q.next()) {
        if (error)
            *error = m_errors.map(QStringLiteral("recording the change"), q.lastError());
        return 0;
    }
    return q.value(0).toLongLong();
}

bool RevisionStore::addRevision(const Revision &r, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO revision(id, changeset, entity, action, note, before, after)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id > 0 ? QVariant(r.id) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(r.changeset);
    q.addBindValue(r.entity);
    q.addBindValue(r.action);
    q.addBindValue(notNull(r.note));
    q.addBindValue(nullable(r.before));
    q.addBindValue(nullable(r.after));
    if (!q.exec()) {
        if (error)
            *error = m_errors.map(QStringLiteral("recording the revision of %1").arg(r.entity), q.lastError());
        return false;
    }
    return true;
}

bool RevisionStore::import(const QList<ChangeSetInfo> &changeSets, const QList<Revision> &revisions, StoreError *error)
{
    const bool keepIds = isEmpty();
    QHash<qint64, qint64> newId;
    for (ChangeSetInfo c : changeSets) {
        const qint64 old = c.id;
        if (!keepIds)
            c.id = 0;
        const qint64 id = addChangeSet(c, error);
        if (id <= 0)
            return false;
        newId.insert(old, id);
    }
    for (Revision r : revisions) {
        if (!newId.contains(r.changeset)) {
            if (error)
                *error = StoreError::make(StoreError::Code::Invalid,
                    QStringLiteral("Revision %1 names changeset %2, which is not there.").arg(r.id).arg(r.changeset));
            return false;
        }
        r.changeset = newId.value(r.changeset);
        if (!keepIds)
            r.id = 0;
        if (!addRevision(r, error))
            return false;
    }
    return true;
}

QList<Revision> RevisionStore::revisions(const QString &where, const QVariant &value) const
{
    QList<Revision> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.changeset, r.entity, r.action, r.note, r.before, r.after, c.time,"
                             " c.author, c.comment FROM revision r JOIN changeset c ON c.id=r.changeset WHERE ")
        + where + QStringLiteral(" ORDER BY r.id"));
    q.addBindValue(value);
    if (!q.exec())
        return out;
    while (q.next()) {
        Revision r;
        r.id = q.value(0).toLongLong();
        r.changeset = q.value(1).toLongLong();
        r.entity = q.value(2).toString();
        r.action = q.value(3).toString();
        r.note = q.value(4).toString();
        r.before = q.value(5).isNull() ? QString() : q.value(5).toString();
        r.after = q.value(6).isNull() ? QString() : q.value(6).toString();
        r.time = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        r.author = q.value(8).toString();
        r.comment = q.value(9).toString();
        out.append(r);
    }
    return out;
}

QList<Revision> RevisionStore::history(const QString &entity) const
{
    return revisions(QStringLiteral("r.entity=?"), entity);
}

std::optional<Revision> RevisionStore::revision(qint64 id) const
{
    const QList<Revision> found = revisions(QStringLiteral("r.id=?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Revision> RevisionStore::revisionsOf(qint64 changeset) const
{
    return revisions(QStringLiteral("r.changeset=?"), changeset);
}

QList<ChangeSetInfo> RevisionStore::changeSets(
    const QString &where, const QVariantList &values, const QString &order) const
{
    QList<ChangeSetInfo> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + changeSetColumns + QStringLiteral(" FROM changeset")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next()) {
        ChangeSetInfo c;
        c.id = q.value(0).toLongLong();
        c.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        c.author = q.value(2).toString();
        c.comment = q.value(3).toString();
        c.origin = q.value(4).toString();
        c.state = q.value(5).toString();
        c.problem = q.value(6).toString();
        c.changes = q.value(7).toString();
        out.append(c);
    }
    return out;
}

std::optional<ChangeSetInfo> RevisionStore::changeSet(qint64 id) const
{
    const QList<ChangeSetInfo> found = changeSets(QStringLiteral("id=?"), { id }, QStringLiteral("id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ChangeSetInfo> RevisionStore::recent(int limit) const
{
    return changeSets(
        {}, {}, QStringLiteral("id DESC LIMIT %1").arg(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)));
}

QList<ChangeSetInfo> RevisionStore::all(const QString &origin) const
{
    if (origin.isEmpty())
        return changeSets({}, {}, QStringLiteral("id"));
    return changeSets(QStringLiteral("origin=?"), { origin }, QStringLiteral("id"));
}

QList<ChangeSetInfo> RevisionStore::notApplied() const
{
    return changeSets(QStringLiteral("state=?"), { ChangeSetInfo::notApplied }, QStringLiteral("id"));
}

bool RevisionStore::isEmpty() const
{
    QSqlQuery q(m_db);
    return !(q.exec(QStringLiteral("SELECT 1 FROM changeset LIMIT 1")) && q.next());
}

} // namespace tkb
