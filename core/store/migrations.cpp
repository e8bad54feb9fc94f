// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/fuzzydate.h>
#include <core/search/searchindexwriter_p.h>
#include <core/store/migrations_p.h>
#include <core/store/schema.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

// Step 5 gave dates their notation and sort keys a wider width field: every stored date gets both anew from
// its old columns, or lists and the timeline would sort old and new rows differently.
bool redateRows(QSqlDatabase &db, QString *why)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE entity SET date_sort=?, date_edtf=? WHERE rowid=?"));
    if (!read.exec(QStringLiteral("SELECT rowid, date_precision, date_start, date_end, date_text FROM entity WHERE "
                                  "date_precision IS NOT NULL"))) {
        *why = read.lastError().text();
        return false;
    }
    while (read.next()) {
        bool ok = false;
        const auto precision = FuzzyDate::precisionFromId(read.value(1).toString(), &ok);
        const FuzzyDate d = FuzzyDate::fromStored(precision, QDate::fromString(read.value(2).toString(), Qt::ISODate),
            QDate::fromString(read.value(3).toString(), Qt::ISODate), read.value(4).toString());
        write.addBindValue(d.isValid() ? QVariant(d.sortKey()) : QVariant(QMetaType::fromType<QString>()));
        write.addBindValue(d.isValid() ? QVariant(d.edtf()) : QVariant(QMetaType::fromType<QString>()));
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *why = write.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

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
        if (v == 5 && from >= 1) {
            QString why;
            if (!redateRows(db, &why)) {
                if (error)
                    *error = StoreError::make(
                        StoreError::Code::Io, QStringLiteral("Upgrading the dates to schema 5 failed: %1").arg(why));
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
