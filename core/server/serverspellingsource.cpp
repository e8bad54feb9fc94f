// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/serverspellingsource_p.h>

#include <QSqlQuery>
#include <QVariant>

namespace tkb {

namespace {

// A word's spelling to show: the one its first section (else entity) writes, as the file keeps the first it saw and a
// pack's sources are written before its entities.
const QString words
    = QStringLiteral("SELECT word, (array_agg(display ORDER BY section NULLS LAST, entity))[1], count(*)"
                     " FROM search_word WHERE %1 GROUP BY word ORDER BY word LIMIT %2");

bool exists(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next();
}

void forEachWord(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, const SpellingSource::WordFn &fn)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return;
    while (q.next()) {
        const QByteArray word = q.value(0).toString().toUtf8(), display = q.value(1).toString().toUtf8();
        fn(std::string_view(word.constData(), std::size_t(word.size())),
            std::string_view(display.constData(), std::size_t(display.size())), q.value(2).toLongLong());
    }
}

} // namespace

ServerSpellingSource::ServerSpellingSource(const QSqlDatabase &db)
    : m_db(db)
{ }

bool ServerSpellingSource::known(const std::string &fold)
{
    return exists(
        m_db, QStringLiteral("SELECT 1 FROM search_word WHERE word = ? LIMIT 1"), { QString::fromStdString(fold) });
}

bool ServerSpellingSource::inText(const std::string &term)
{
    // The file's FTS5 table also holds each entity's kind as a term of its own column.
    const QString t = QString::fromStdString(term);
    return exists(m_db,
        QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM search_term WHERE term = ?)"
                       " OR EXISTS (SELECT 1 FROM search_section_term WHERE term = ?)"
                       " OR EXISTS (SELECT 1 FROM entity WHERE kind = ?)"),
        { t, t, t });
}

bool ServerSpellingSource::soundsLikeAWord(const std::string &skeleton)
{
    return exists(
        m_db, QStringLiteral("SELECT 1 FROM search_word WHERE skel = ? LIMIT 1"), { QString::fromStdString(skeleton) });
}

void ServerSpellingSource::wordsBySkeleton(const std::string &skeleton, const WordFn &fn)
{
    forEachWord(m_db, words.arg(QStringLiteral("skel = ?")).arg(200), { QString::fromStdString(skeleton) }, fn);
}

void ServerSpellingSource::wordsInRange(
    const std::string &from, const std::string &to, std::int64_t minLength, std::int64_t maxLength, const WordFn &fn)
{
    forEachWord(m_db,
        words.arg(QStringLiteral("word >= ? AND word < ? AND octet_length(word) BETWEEN ? AND ?")).arg(3000),
        { QString::fromStdString(from), QString::fromStdString(to), qint64(minLength), qint64(maxLength) }, fn);
}

} // namespace tkb
