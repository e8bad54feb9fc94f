// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchindexwriter_p.h>
#include <core/store/migrations_p.h>
#include <core/store/schema.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

bool Migrations::upgrade(QSqlDatabase &db, const SqlErrorMapper &errors, StoreError *error)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int from = q.value(0).toInt();
    q.finish();
    WriteTransaction transaction(db);
    if (!transaction.begin(errors, error))
        return false;
    for (int v = from + 1; v <= Schema::version; ++v) {
        for (const QString &stmt : Schema::migrationStatements(v)) {
            if (!q.exec(stmt)) {
                if (error)
                    *error = errors.map(QStringLiteral("upgrading to schema %1").arg(v), q.lastError());
                return false;
            }
        }
        if (Schema::rebuildsSearchIndex(v, from)) {
            QString why;
            if (!SearchIndexWriter::rebuild(db, &why)) {
                if (error)
                    *error = StoreError::make(
                        StoreError::Code::Io, QStringLiteral("Building the search index failed: %1").arg(why));
                return false;
            }
        }
    }
    q.exec(QStringLiteral("PRAGMA application_id=%1").arg(Schema::applicationId));
    q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::version));
    return transaction.commit(errors, error);
}

} // namespace tkb
