// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/foldingtokenizer.h>
#include <core/search/vocabulary.h>
#include <core/server/servertextindex_p.h>
#include <core/store/statementcache_p.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace tkb {

namespace {

// Terms and words hold no line breaks (TextFolder's words): each list goes to the server as one text, split there,
// so a row costs a statement per column rather than one per term.
const QString entityTerms
    = QStringLiteral("INSERT INTO search_term(term, entity, col) SELECT t, CAST(? AS BIGINT), CAST(? AS SMALLINT)"
                     " FROM unnest(string_to_array(CAST(? AS TEXT), E'\\n')) AS t ON CONFLICT DO NOTHING");
const QString sectionTerms = QStringLiteral(
    "INSERT INTO search_section_term(term, section, col) SELECT t, s.rowid, CAST(? AS SMALLINT)"
    " FROM unnest(string_to_array(CAST(? AS TEXT), E'\\n')) AS t, section s WHERE s.source = CAST(? AS TEXT)"
    " AND s.ord = CAST(? AS INTEGER) ON CONFLICT DO NOTHING");
const QString entityWords
    = QStringLiteral("INSERT INTO search_word(word, skel, display, entity) SELECT w, k, d, CAST(? AS BIGINT)"
                     " FROM unnest(string_to_array(CAST(? AS TEXT), E'\\n'), string_to_array(CAST(? AS TEXT), E'\\n'),"
                     " string_to_array(CAST(? AS TEXT), E'\\n')) AS v(w, k, d)");
const QString sectionWords = QStringLiteral(
    "INSERT INTO search_word(word, skel, display, section) SELECT w, k, d, s.rowid"
    " FROM unnest(string_to_array(CAST(? AS TEXT), E'\\n'), string_to_array(CAST(? AS TEXT), E'\\n'),"
    " string_to_array(CAST(? AS TEXT), E'\\n')) AS v(w, k, d), section s WHERE s.source = CAST(? AS TEXT)"
    " AND s.ord = CAST(? AS INTEGER)");

std::string utf8(const QString &s)
{
    return s.toUtf8().toStdString();
}

bool run(QSqlQuery &q, const QVariantList &values, QString *why)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (why)
        *why = q.lastError().text();
    return false;
}

// The terms of one column as one text; empty when the text has none.
QString termList(const QString &text)
{
    const std::string s = utf8(text);
    std::string joined;
    for (const std::string &t : FoldingTokenizer::documentTerms(s)) {
        if (!joined.empty())
            joined += '\n';
        joined += t;
    }
    return QString::fromStdString(joined);
}

// The vocabulary's words of a text (as tkb_words() gives the file's triggers): folded, skeleton and as written.
QVariantList wordLists(const QString &text)
{
    QStringList words, skeletons, shown;
    const std::string s = utf8(text);
    for (const Vocabulary::Word &w : Vocabulary::words(s)) {
        words << QString::fromStdString(w.fold);
        skeletons << QString::fromStdString(w.skeleton);
        shown << QString::fromUtf8(w.original.data(), qsizetype(w.original.size()));
    }
    if (words.isEmpty())
        return {};
    return { words.join(u'\n'), skeletons.join(u'\n'), shown.join(u'\n') };
}

bool entity(StatementCache &statements, qint64 rowid, const QStringList &columns, QString *why)
{
    for (qsizetype col = 0; col < columns.size(); ++col) {
        const QString terms = termList(columns[col]);
        if (!terms.isEmpty() && !run(statements.statement(entityTerms), { rowid, int(col), terms }, why))
            return false;
    }
    const QVariantList words = wordLists(columns[0] + u'\n' + columns[1]);
    return words.isEmpty() || run(statements.statement(entityWords), QVariantList { rowid } + words, why);
}

bool section(
    StatementCache &statements, const QString &source, int ord, const QString &title, const QString &text, QString *why)
{
    const QStringList columns { title, text };
    for (qsizetype col = 0; col < columns.size(); ++col) {
        const QString terms = termList(columns[col]);
        if (!terms.isEmpty() && !run(statements.statement(sectionTerms), { int(col), terms, source, ord }, why))
            return false;
    }
    const QVariantList words = wordLists(title + u'\n' + text);
    return words.isEmpty() || run(statements.statement(sectionWords), words + QVariantList { source, ord }, why);
}

} // namespace

bool ServerTextIndex::addEntity(StatementCache &statements, qint64 rowid, const QString &name,
    const QString &aliasesText, const QString &summary, const QString &body, QString *why)
{
    return entity(statements, rowid, { name, aliasesText, summary, body }, why);
}

bool ServerTextIndex::addSection(
    StatementCache &statements, const QString &source, int ord, const QString &title, const QString &text, QString *why)
{
    return section(statements, source, ord, title, text, why);
}

bool ServerTextIndex::rebuild(QSqlDatabase &db, QString *why)
{
    StatementCache statements(db);
    // Not forward-only: the driver would then stream the rows, and the first insert would discard the rest.
    QSqlQuery q(db), entities(db), sections(db);
    const auto failed = [&](const QSqlQuery &which) {
        if (why)
            *why = which.lastError().text();
        return false;
    };
    for (const char *table : { "search_term", "search_section_term", "search_word" }) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return failed(q);
    }
    if (!entities.exec(QStringLiteral("SELECT rowid, name, aliases_text, summary, body FROM entity")))
        return failed(entities);
    while (entities.next()) {
        if (!entity(statements, entities.value(0).toLongLong(),
                { entities.value(1).toString(), entities.value(2).toString(), entities.value(3).toString(),
                    entities.value(4).toString() },
                why))
            return false;
    }
    if (!sections.exec(QStringLiteral("SELECT source, ord, title, text FROM section")))
        return failed(sections);
    while (sections.next()) {
        if (!section(statements, sections.value(0).toString(), sections.value(1).toInt(), sections.value(2).toString(),
                sections.value(3).toString(), why))
            return false;
    }
    return true;
}

} // namespace tkb
