// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds every page the knowledge base shows (an entity, the article or one of its sections, the timeline, a
// list, search results, a message) once, as a PageDocument that the screen and the PDF draw alike. Blocks that
// only make sense on paper (where and when it was exported, the appendix of named entities) are marked so.
#include <core/document/claimruns.h>
#include <core/document/footnotelist.h>
#include <core/document/pagedocument.h>
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/model/sourcedocument.h>
#include <core/search/searchhit.h>
#include <core/store/entityref.h>
#include <core/store/mention.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <functional>
#include <optional>

namespace tkb {

class KnowledgeBase;

class PageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tkb::PageBuilder)
public:
    /// kb may be null: names of linked entities then show as their ids and nothing is looked up.
    explicit PageBuilder(const KnowledgeBase *kb, const QLocale &locale = QLocale());
    // m_claims points at m_notes.
    Q_DISABLE_COPY_MOVE(PageBuilder)

    /// Called once per row or entry built; returning false stops the page (cancelled() then says so).
    void setStep(std::function<bool()> step) { m_step = std::move(step); }
    /// The date a printed page says it was exported on; now when invalid.
    void setExportedAt(const QDateTime &when) { m_exportedAt = when; }
    bool cancelled() const { return m_cancelled; }

    PageDocument entity(const QString &id);
    PageDocument entity(const Entity &entity, const QList<Relation> &relations, const QList<Mention> &backlinks);
    /// The whole document (section empty) or one section (title or id, any case; "lead" for the lead), with
    /// the first occurrence of highlight (a verbatim sentence, or "Key: Value" of the infobox) highlighted.
    PageDocument article(const SourceDocument &doc, const QString &section = {}, const QString &highlight = {});
    PageDocument timeline(const QList<EntityRef> &events);
    /// kind: the one kind listed, or every kind (each entry then says its kind).
    PageDocument list(const QString &title, const QList<EntityRef> &items, bool everyKind = false);
    /// What the PDF prints for a search: every hit for the words as typed (no prefix), a suggestion when none.
    PageDocument search(const QString &query, std::optional<EntityKind> kind);
    /// The results page for hits already found (the window's own query), with a "Did you mean" line of links.
    PageDocument search(const QString &query, std::optional<EntityKind> kind, const QList<SearchHit> &hits,
        const QStringList &didYouMean);
    PageDocument message(const QString &title, const QString &text);

    /// The section of doc called name (title or id, exact first, then in any case), or null.
    static const Section *findSection(const SourceDocument &doc, const QString &name);
    /// The kb: address that opens the cited sentence highlighted in its source document.
    static QUrl citationUrl(const Citation &citation, const QString &primarySource);

private:
    bool step();
    QString kbTitle() const;
    PageBlock metaLine(const QString &source, const QString &count = {}) const;
    /// A table row's first cell: the entity's name, bold and linked, an anchor for its place, its notes.
    PageRuns nameCell(const EntityRef &ref);
    void addNotes(PageDocument *page) const;

    const KnowledgeBase *m_kb = nullptr;
    QLocale m_locale;
    QString m_language; ///< whose script names are shown in (core/render/readername.h)
    QString m_primarySource;
    QDateTime m_exportedAt;
    std::function<bool()> m_step;
    bool m_cancelled = false;
    FootnoteList m_notes;
    ClaimRuns m_claims;
};

} // namespace tkb
