// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of an entity's page that present its claims: its other names, its infobox (a source's details, every
// date claim side by side, attributes gathered by key) and its relations, each claim with its qualifiers and its
// citations. Competing claims are all shown; none wins.
#include <core/document/claimruns.h>
#include <core/document/pageblock.h>
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/model/sourcedocument.h>

#include <QCoreApplication>
#include <QLocale>

namespace tkb {

class ClaimBlocks
{
    // The words were the page builder's before it was split; they keep its context and their translations.
    Q_DECLARE_TR_FUNCTIONS(tkb::PageBuilder)
public:
    ClaimBlocks(ClaimRuns *runs, const QLocale &locale);

    /// "Also known as: …", or nothing when the entity has no other names.
    QList<PageBlock> aliases(const Entity &e);
    /// The infobox; source: the document a source entity stands for, or null. Nothing when it would be empty.
    QList<PageBlock> infobox(const Entity &e, const SourceDocument *source);
    /// The "Relations" heading and table, relations grouped by what they say from e's side.
    QList<PageBlock> relations(const Entity &e, const QList<Relation> &relations);

private:
    QList<QList<PageRuns>> sourceRows(const SourceDocument &source) const;

    ClaimRuns *m_runs = nullptr;
    QLocale m_locale;
};

} // namespace tkb
