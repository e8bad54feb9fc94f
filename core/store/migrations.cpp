// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/fuzzydate.h>
#include <core/search/searchindexwriter_p.h>
#include <core/search/sqlitehandle_p.h>
#include <core/store/migrations_p.h>
#include <core/store/schema.h>
#include <core/store/sqlerrormapper_p.h>
#include <core/store/writetransaction_p.h>

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

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

// Asks keepGoing while SQLite works (a rebuild of the search index is one long statement) and interrupts it on no.
class StopWhenAsked
{
public:
    StopWhenAsked(QSqlDatabase &db, const std::function<bool()> &keepGoing)
        : m_handle(keepGoing ? sqliteHandle(db) : nullptr)
        , m_keepGoing(keepGoing)
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 1000, &StopWhenAsked::ask, this);
    }
    ~StopWhenAsked()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    StopWhenAsked(const StopWhenAsked &) = delete;
    StopWhenAsked &operator=(const StopWhenAsked &) = delete;
    bool stopped() const { return m_stopped; }

private:
    static int ask(void *self)
    {
        auto *me = static_cast<StopWhenAsked *>(self);
        me->m_stopped = me->m_stopped || !me->m_keepGoing();
        return me->m_stopped ? 1 : 0;
    }
    sqlite3 *m_handle;
    const std::function<bool()> &m_keepGoing;
    bool m_stopped = false;
};

} // namespace

bool Migrations::upgrade(
    QSqlDatabase &db, const SqlErrorMapper &errors, StoreError *error, const std::function<bool()> &keepGoing)
{
    StopWhenAsked stop(db, keepGoing);
    const bool done = upgradeSteps(db, errors, error);
    if (!done && stop.stopped() && error) {
        *error = StoreError::make(StoreError::Code::Cancelled,
            QStringLiteral("The upgrade of %1 was cancelled; the file was left as it was.").arg(errors.file()));
    }
    return done;
}

bool Migrations::upgradeSteps(QSqlDatabase &db, const SqlErrorMapper &errors, StoreError *error)
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
