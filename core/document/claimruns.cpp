// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/claimruns.h>
#include <core/document/markdownreader.h>
#include <core/document/pagebuilder.h>
#include <core/model/entitykind.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>

namespace tkb {

ClaimRuns::ClaimRuns(
    const KnowledgeBase *kb, const QString &primarySource, FootnoteList *notes, const QString &readerLanguage)
    : m_kb(kb)
    , m_primarySource(primarySource)
    , m_notes(notes)
    , m_language(readerLanguage)
{ }

PageRun ClaimRuns::entityLink(const QString &id, const QString &name) const
{
    QString label = name.isEmpty() && m_kb ? ReaderName::of(*m_kb, id, m_language) : name;
    if (label.isEmpty())
        label = id;
    PageRun r = PageRun::linked(label, MarkdownReader::linkTarget(id));
    if (!r.link.isEmpty())
        r.entityId = id;
    return r;
}

PageRun ClaimRuns::noteRef(const Citation &c)
{
    PageRun r;
    r.note = m_notes->number(c);
    r.text = c.sentence;
    r.link = PageBuilder::citationUrl(c, m_primarySource);
    return r;
}

PageRuns ClaimRuns::notes(const QList<Citation> &citations)
{
    PageRuns out;
    for (const Citation &c : citations) {
        if (c.isValid())
            out << noteRef(c);
    }
    return out;
}

PageRuns ClaimRuns::withWho(const QString &pattern, const QString &who) const
{
    // accordingTo is an entity id or a name in words; an id of the base is linked by the entity's name. Without a
    // base an id is still recognisable by its kind.
    const QString kind = who.section(u'/', 0, 0);
    const bool entity = m_kb ? m_kb->contains(who) : (who.contains(u'/') && entityKindFromId(kind).has_value());
    // A linked name keeps the link's look, so it can be seen to open the entity.
    const PageRun whoRun = entity ? entityLink(who) : PageRun::plain(who, PageRun::Muted);
    const qsizetype at = pattern.indexOf(QLatin1String("%1"));
    if (at < 0)
        return { PageRun::plain(pattern, PageRun::Muted) };
    PageRuns out;
    if (at > 0)
        out << PageRun::plain(pattern.left(at), PageRun::Muted);
    out << whoRun;
    if (at + 2 < pattern.size())
        out << PageRun::plain(pattern.mid(at + 2), PageRun::Muted);
    return out;
}

PageRuns ClaimRuns::qualifiers(const Qualifiers &q, const QString &lead, bool sayFormer) const
{
    QList<PageRuns> parts;
    if (!lead.isEmpty())
        parts << PageRuns { PageRun::plain(lead, PageRun::Muted) };
    if (q.former && sayFormer)
        parts << PageRuns { PageRun::plain(tr("former", "a claim that held once and no longer does"), PageRun::Muted) };
    const QString who = q.accordingTo.trimmed();
    switch (q.status) {
    case ClaimStatus::Stated:
        break;
    case ClaimStatus::Opinion:
        // "opinion of Alikram Hummatov" says both at once.
        if (!who.isEmpty()) {
            parts << withWho(tr("opinion of %1", "a claim that is a named person's opinion"), who);
            break;
        }
        [[fallthrough]];
    case ClaimStatus::Reported:
    case ClaimStatus::Disputed:
    case ClaimStatus::Ambiguous:
        parts << PageRuns { PageRun::plain(claimStatusName(q.status), PageRun::Muted) };
        break;
    }
    if (!who.isEmpty() && q.status != ClaimStatus::Opinion)
        parts << withWho(tr("according to %1", "who reports a claim"), who);
    if (!q.note.trimmed().isEmpty())
        parts << PageRuns { PageRun::plain(q.note.trimmed(), PageRun::Muted) };
    if (parts.isEmpty())
        return {};
    PageRuns out { PageRun::plain(QStringLiteral(" ")), PageRun::plain(QStringLiteral("("), PageRun::Muted) };
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out << PageRun::plain(QStringLiteral(" · "), PageRun::Muted);
        out += parts[i];
    }
    out << PageRun::plain(QStringLiteral(")"), PageRun::Muted);
    // Neighbouring plain words of one look become one run, so a back end draws them as one stretch of text.
    PageRuns merged;
    const auto bare = [](const PageRun &r) { return r.link.isEmpty() && r.note == 0 && r.entityId.isEmpty(); };
    for (const PageRun &r : std::as_const(out)) {
        if (!merged.isEmpty() && bare(r) && bare(merged.last()) && merged.last().style == r.style)
            merged.last().text += r.text;
        else
            merged << r;
    }
    return merged;
}

PageRuns ClaimRuns::claim(const Qualifiers &q, const QList<Citation> &citations, const QString &lead, bool sayFormer)
{
    return qualifiers(q, lead, sayFormer) + notes(citations);
}

} // namespace tkb
