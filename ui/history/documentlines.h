// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An entity's document (as a revision records it) as readable lines for a diff: name, summary, body, aliases
// with their qualifiers, attributes, relations, dates in EDTF and words, a source's details, and under each
// claim its citations. Each line reads "Label: value"; indented lines belong to the line above.
#include <core/store/entitydocument.h>

#include <QCoreApplication>
#include <QLocale>

namespace tkb {

class KnowledgeBase;

class DocumentLines
{
    Q_DECLARE_TR_FUNCTIONS(tkb::DocumentLines)
public:
    /// kb (may be null) names linked entities and sources. A null document gives one line saying the entity
    /// did not exist or was deleted (tombstone: a revision's after).
    static QStringList lines(
        const std::optional<EntityDocument> &doc, const KnowledgeBase *kb, const QLocale &locale, bool tombstone);
    /// The same for a revision's stored JSON text (null: no document); a text that does not read gives a line
    /// saying so with the reason.
    static QStringList fromText(const QString &text, const KnowledgeBase *kb, const QLocale &locale, bool tombstone);
};

} // namespace tkb
