// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's full-text index: the terms FoldingTokenizer gives each text column of an entity or a source's section
// (search_term, search_section_term) and the words "did you mean" offers (search_word), computed in core when the row
// is written, as the file's FTS5 tables and triggers hold them; ServerSearch ranks over them.
#include <QSqlDatabase>
#include <QString>

namespace tkb {

class StatementCache;

class ServerTextIndex
{
public:
    /// The terms and words of the entity row just written (its old ones went with its old row). why: what failed.
    static bool addEntity(StatementCache &statements, qint64 rowid, const QString &name, const QString &aliasesText,
        const QString &summary, const QString &body, QString *why);
    /// The same for the section just written, found by its source and place.
    static bool addSection(StatementCache &statements, const QString &source, int ord, const QString &title,
        const QString &text, QString *why);
    /// Every entity's and section's anew, for a schema step that brings the tables: inside the caller's transaction.
    static bool rebuild(QSqlDatabase &db, QString *why);
};

} // namespace tkb
