// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchindexwriter_p.h>
#include <core/store/integritychecker_p.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

bool IntegrityChecker::pragmaCheck(QSqlDatabase &db, bool quick, QStringList *problems, QSqlError *failure)
{
    QSqlQuery q(db);
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"))) {
        *failure = q.lastError();
        return false;
    }
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            *problems << q.value(0).toString();
    }
    return true;
}

IntegrityReport IntegrityChecker::check(QSqlDatabase &db, bool quick)
{
    IntegrityReport r;
    // A server enforces its foreign keys and keeps its own pages sound: what is left to look at is what the
    // schema cannot say (relations and links to entities that are gone).
    const bool server = db.driverName() == QLatin1String("QPSQL");
    QSqlQuery q(db);
    if (!server) {
        r.checks << (quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"));
        QSqlError failure;
        if (!pragmaCheck(db, quick, &r.problems, &failure))
            r.problems << failure.text();
        r.checks << QStringLiteral("foreign_key_check");
    }
    if (!server && q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            r.problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                              .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    r.checks << QStringLiteral("relations");
    if (q.exec(QStringLiteral("SELECT subject, predicate, object FROM relation r WHERE NOT EXISTS (SELECT 1 FROM "
                              "entity WHERE id=r.subject)"
                              " OR NOT EXISTS (SELECT 1 FROM entity WHERE id=r.object)"))) {
        while (q.next())
            r.problems << QStringLiteral("relation to a missing entity: %1 %2 %3")
                              .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    r.checks << QStringLiteral("links");
    if (q.exec(QStringLiteral(
            "SELECT from_id, to_id FROM mention m WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id=m.to_id)"))) {
        while (q.next())
            r.problems << QStringLiteral("link to a missing entity: %1 -> %2")
                              .arg(q.value(0).toString(), q.value(1).toString());
    }
    q.finish();
    if (!server) {
        r.checks << QStringLiteral("fts5 integrity-check");
        SearchIndexWriter::integrityCheck(db, &r.problems);
    }
    r.ok = r.problems.isEmpty();
    return r;
}

} // namespace tkb
