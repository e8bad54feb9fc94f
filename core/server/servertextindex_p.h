// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's full-text index: the terms FoldingTokenizer gives each text column of an entity or a source's section
// (search_term, search_section_term) and the words "did you mean" offers (search_word), computed in core when the row
// is written, as the file's FTS5 tables and triggers hold them; ServerSearch ranks over them.
#include <core/server/serverrowbatch_p.h>

#include <QSqlDatabase>
#include <QString>

namespace tkb {

class StatementCache;

class ServerTextIndex
{
public:
    ServerTextIndex();

    /// Gathers the terms and words of the entity row just written (its old ones went with its old row).
    void addEntity(
        qint64 rowid, const QString &name, const QString &aliasesText, const QString &summary, const QString &body);
    /// The same for the section row just written.
    void addSection(qint64 rowid, const QString &title, const QString &text);
    /// Inserts what was gathered, a statement per table.
    bool flush(StatementCache &statements, QSqlError *error);
    /// Every entity's and section's anew, for a schema step that brings the tables: inside the caller's transaction.
    static bool rebuild(QSqlDatabase &db, QString *why);

private:
    void addWords(qint64 entity, qint64 section, const QString &text);

    ServerRowBatch m_terms;
    ServerRowBatch m_sectionTerms;
    ServerRowBatch m_words;
};

} // namespace tkb
