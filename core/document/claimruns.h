// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Turns one claim's qualifiers and citations into the runs a page shows after its value: what qualifies it,
// muted in parentheses ("2007 – 2008 · reported · according to UNPO"), then a footnote reference per citation.
#include <core/document/footnotelist.h>
#include <core/document/pagerun.h>
#include <core/model/qualifiers.h>

#include <QCoreApplication>
#include <QLocale>

namespace tkb {

class KnowledgeBase;

class ClaimRuns
{
    Q_DECLARE_TR_FUNCTIONS(tkb::ClaimRuns)
public:
    /// kb may be null (names then show as ids); notes is the page's numbering, owned by the caller; names of the
    /// base are shown in the script of readerLanguage where it holds one (core/render/readername.h).
    ClaimRuns(
        const KnowledgeBase *kb, const QString &primarySource, FootnoteList *notes, const QString &readerLanguage = {});

    /// A link to the entity, named as the base names it for the reader (or name, or its id).
    PageRun entityLink(const QString &id, const QString &name = {}) const;
    PageRun noteRef(const Citation &citation);
    /// A reference for every valid citation, in order.
    PageRuns notes(const QList<Citation> &citations);
    /// " (lead · former · reported · according to X · note)", muted, X linked when it names an entity of the
    /// base; empty when nothing qualifies the claim. lead: words that come first (a period, an alias's
    /// language); sayFormer false when the label already says "former".
    PageRuns qualifiers(const Qualifiers &q, const QString &lead = {}, bool sayFormer = true) const;
    /// qualifiers() followed by notes(): everything a page shows after a claim's value.
    PageRuns claim(
        const Qualifiers &q, const QList<Citation> &citations, const QString &lead = {}, bool sayFormer = true);

private:
    /// The template's text around "%1" with who in its place (linked when an entity), all muted.
    PageRuns withWho(const QString &pattern, const QString &who) const;

    const KnowledgeBase *m_kb = nullptr;
    QString m_primarySource;
    FootnoteList *m_notes = nullptr;
    QString m_language;
};

} // namespace tkb
