// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/foldingtokenizer.h>
#include <core/search/vocabulary.h>
#include <core/server/servertextindex_p.h>
#include <core/store/statementcache_p.h>

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace tkb {

namespace {

constexpr int rebuildBatch = 1000; // rows per flush when every term is made anew

std::string utf8(const QString &s)
{
    return s.toUtf8().toStdString();
}

// A column's distinct terms, each once as the table's key asks: an insert that skips duplicates on the server (ON
// CONFLICT) costs several times a plain one.
QSet<QString> distinctTerms(const QString &text)
{
    QSet<QString> terms;
    for (const std::string &t : FoldingTokenizer::documentTerms(utf8(text)))
        terms.insert(QString::fromStdString(t));
    return terms;
}

} // namespace

ServerTextIndex::ServerTextIndex()
    : m_terms(QStringLiteral("INSERT INTO search_term(term, entity, col) SELECT * FROM unnest(CAST(? AS text[]),"
                             " CAST(? AS bigint[]), CAST(? AS smallint[]))"),
          3)
    , m_sectionTerms(QStringLiteral("INSERT INTO search_section_term(term, section, col) SELECT * FROM unnest("
                                    "CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS smallint[]))"),
          3)
    , m_words(QStringLiteral("INSERT INTO search_word(word, skel, display, entity, section) SELECT * FROM unnest("
                             "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]),"
                             " CAST(? AS bigint[]))"),
          5)
{ }

// The vocabulary's words of a text (as tkb_words() gives the file's triggers): folded, skeleton and as written.
void ServerTextIndex::addWords(qint64 entity, qint64 section, const QString &text)
{
    const QVariant e = entity ? QVariant(entity) : QVariant();
    const QVariant s = section ? QVariant(section) : QVariant();
    const std::string t = utf8(text);
    for (const Vocabulary::Word &w : Vocabulary::words(t))
        m_words.add({ QString::fromStdString(w.fold), QString::fromStdString(w.skeleton),
            QString::fromUtf8(w.original.data(), qsizetype(w.original.size())), e, s });
}

void ServerTextIndex::addEntity(
    qint64 rowid, const QString &name, const QString &aliasesText, const QString &summary, const QString &body)
{
    const QString columns[] = { name, aliasesText, summary, body };
    for (qint64 col = 0; col < 4; ++col) {
        for (const QString &t : distinctTerms(columns[col]))
            m_terms.add({ t, rowid, col });
    }
    addWords(rowid, 0, name + u'\n' + aliasesText);
}

void ServerTextIndex::addSection(qint64 rowid, const QString &title, const QString &text)
{
    const QString columns[] = { title, text };
    for (qint64 col = 0; col < 2; ++col) {
        for (const QString &t : distinctTerms(columns[col]))
            m_sectionTerms.add({ t, rowid, col });
    }
    addWords(0, rowid, title + u'\n' + text);
}

bool ServerTextIndex::flush(StatementCache &statements, QSqlError *error)
{
    return m_terms.flush(statements, error) && m_sectionTerms.flush(statements, error)
        && m_words.flush(statements, error);
}

bool ServerTextIndex::rebuild(QSqlDatabase &db, QString *why)
{
    // Not forward-only: the driver would then stream the rows, and the first insert would discard the rest.
    QSqlQuery q(db), entities(db), sections(db);
    QSqlError error;
    const auto failed = [&](const QSqlQuery &which) {
        if (why)
            *why = (error.isValid() ? error : which.lastError()).text();
        return false;
    };
    for (const char *table : { "search_term", "search_section_term", "search_word" }) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return failed(q);
    }
    StatementCache statements(db);
    ServerTextIndex index;
    if (!entities.exec(QStringLiteral("SELECT rowid, name, aliases_text, summary, body FROM entity")))
        return failed(entities);
    for (int n = 1; entities.next(); ++n) {
        index.addEntity(entities.value(0).toLongLong(), entities.value(1).toString(), entities.value(2).toString(),
            entities.value(3).toString(), entities.value(4).toString());
        if (n % rebuildBatch == 0 && !index.flush(statements, &error))
            return failed(q);
    }
    if (!sections.exec(QStringLiteral("SELECT rowid, title, text FROM section")))
        return failed(sections);
    for (int n = 1; sections.next(); ++n) {
        index.addSection(sections.value(0).toLongLong(), sections.value(1).toString(), sections.value(2).toString());
        if (n % rebuildBatch == 0 && !index.flush(statements, &error))
            return failed(q);
    }
    return index.flush(statements, &error) || failed(q);
}

} // namespace tkb
