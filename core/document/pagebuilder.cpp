// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/document/claimblocks.h>
#include <core/document/markdownreader.h>
#include <core/document/pagebuilder.h>
#include <core/document/pagelabels.h>
#include <core/document/pagetext.h>
#include <core/document/searchaddress.h>
#include <core/document/snippetmarks.h>
#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>
#include <core/render/readername.h>
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace tkb {

namespace {

QStringList uniqueNonEmpty(const QStringList &in)
{
    QStringList out;
    for (const QString &s : in) {
        if (!s.trimmed().isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

} // namespace

PageBuilder::PageBuilder(const KnowledgeBase *kb, const QLocale &locale)
    : m_kb(kb)
    , m_locale(locale)
    , m_language(ReaderName::languageOf(locale))
    , m_primarySource(ArticleSource::primaryId(kb))
    , m_claims(kb, m_primarySource, &m_notes, m_language)
{ }

bool PageBuilder::step()
{
    if (!m_cancelled && m_step && !m_step())
        m_cancelled = true;
    return !m_cancelled;
}

QUrl PageBuilder::citationUrl(const Citation &c, const QString &primarySource)
{
    // The lead is addressed by its section id; infobox lines are found in the whole document.
    QString section = c.section;
    if (section.isEmpty())
        section = QStringLiteral("lead");
    else if (section == u"Infobox")
        section.clear();
    return KbAddress::article(
        section, c.sentence, c.source.isEmpty() ? QString() : ArticleSource::addressId(c.source, primarySource));
}

const Section *PageBuilder::findSection(const SourceDocument &doc, const QString &name)
{
    if (const Section *s = doc.section(name))
        return s;
    for (const Section &s : doc.sections) {
        if (s.title.compare(name, Qt::CaseInsensitive) == 0 || s.id.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QString PageBuilder::kbTitle() const
{
    if (!m_kb)
        return {};
    const QString t = m_kb->meta(QStringLiteral("title"));
    return t.isEmpty() ? QFileInfo(m_kb->path()).completeBaseName() : t;
}

PageBlock PageBuilder::metaLine(const QString &source, const QString &count) const
{
    const QDateTime when = m_exportedAt.isValid() ? m_exportedAt : QDateTime::currentDateTime();
    QStringList parts;
    if (!count.isEmpty())
        parts << count;
    parts << tr("Exported from %1 on %2")
                 .arg(QStringLiteral("Talysh KB"), m_locale.toString(when.date(), QLocale::LongFormat));
    if (!source.isEmpty())
        parts << tr("Source: %1").arg(source);
    return PageBlock::paragraph(
        { PageRun::plain(parts.join(QStringLiteral(" · "))) }, PageBlock::Role::Meta, PageBlock::Medium::Print);
}

PageRuns PageBuilder::nameCell(const EntityRef &ref)
{
    PageRun name = m_claims.entityLink(ref.id, ReaderName::shown(ref.name, ref.forms, m_language));
    name.style = PageRun::Strong;
    name.place = ref.id;
    PageRuns cell { name };
    if (m_kb) {
        if (const auto e = m_kb->entity(ref.id))
            cell += m_claims.notes(e->citations);
    }
    return cell;
}

void PageBuilder::addNotes(PageDocument *page) const
{
    const QList<Citation> &list = m_notes.citations();
    page->noteCount = int(list.size());
    if (list.isEmpty())
        return;
    PageBlock notes;
    notes.kind = PageBlock::Kind::Notes;
    notes.runs = { PageRun::plain(tr("References")) };
    for (const Citation &c : list) {
        QString where = m_kb ? m_kb->name(c.source) : QString();
        if (where.isEmpty())
            where = c.source;
        if (c.section == u"Infobox")
            where = tr("%1, infobox").arg(where);
        else if (c.section.isEmpty())
            where = tr("%1, introduction").arg(where);
        else
            where = tr("%1, section “%2”").arg(where, c.section);
        notes.items << PageRuns { PageRun::plain(QStringLiteral("“%1” — ").arg(c.sentence)),
            PageRun::linked(where, citationUrl(c, m_primarySource)) };
    }
    page->blocks << notes;
}

PageDocument PageBuilder::message(const QString &title, const QString &text)
{
    PageDocument page;
    page.title = title;
    page.notFound = text;
    page.blocks << PageBlock::heading(1, { PageRun::plain(title) });
    page.blocks << PageBlock::paragraph({ PageRun::plain(text) }, PageBlock::Role::Muted);
    return page;
}

PageDocument PageBuilder::entity(const QString &id)
{
    const std::optional<Entity> e = m_kb ? m_kb->entity(id) : std::nullopt;
    if (!e)
        return message(tr("Not found"), tr("The knowledge base has no entry “%1”.").arg(id));
    return entity(*e, m_kb->relations(id), m_kb->backlinks(id));
}

PageDocument PageBuilder::entity(const Entity &e, const QList<Relation> &relations, const QList<Mention> &backlinks)
{
    m_notes = {};
    PageDocument page;
    const QString kind = entityKindName(e.kind);
    // "Аликрам Гумматов (Alikram Hummatov)" for a Russian reader: the reader's script first, the source's beside.
    page.title = ReaderName::titled(e.name, e.aliases, m_language);
    page.subject = tr("%1 “%2” from the knowledge base “%3”").arg(kind, page.title, kbTitle());
    QStringList keywords { e.name };
    for (const Alias &a : e.aliases)
        keywords << a.text;
    page.keywords = uniqueNonEmpty(keywords << kind << kbTitle());

    PageRun title = PageRun::plain(page.title);
    title.place = e.id;
    page.blocks << PageBlock::heading(1, { title });
    // The kind, then the other views of this entity, which only the window can open.
    PageRuns kindLine { PageRun::plain(kind) };
    kindLine << PageRun::plain(QStringLiteral(" · "), PageRun::ScreenOnly)
             << PageRun::linked(tr("Relations graph"), KbAddress::graph(e.id), PageRun::ScreenOnly);
    if (!e.body.isEmpty())
        kindLine << PageRun::plain(QStringLiteral(" · "), PageRun::ScreenOnly)
                 << PageRun::linked(tr("Source text"), KbAddress::entitySource(e.id), PageRun::ScreenOnly);
    page.blocks << PageBlock::paragraph(kindLine, PageBlock::Role::Kind);
    QStringList sources;
    for (const Citation &c : e.citations) {
        QString t = m_kb ? m_kb->name(c.source) : QString();
        sources << (t.isEmpty() ? c.source : t);
    }
    page.blocks << metaLine(uniqueNonEmpty(sources).join(QStringLiteral("; ")));

    ClaimBlocks claims(&m_claims, m_locale);
    page.blocks += claims.aliases(e);
    const std::optional<SourceDocument> source
        = e.kind == EntityKind::Source && m_kb ? m_kb->source(e.id) : std::nullopt;
    page.blocks += claims.infobox(e, source ? &*source : nullptr);
    if (!e.summary.isEmpty())
        page.blocks << PageBlock::paragraph(MarkdownReader().runs(e.summary), PageBlock::Role::Summary);
    page.blocks += MarkdownReader().blocks(e.body);

    page.blocks += claims.relations(e, relations);

    if (!backlinks.isEmpty()) {
        // One line per mentioning entity or source section, however many labels it used.
        QStringList order;
        QHash<QString, int> counts;
        QHash<QString, PageRun> lines;
        for (const Mention &m : backlinks) {
            const QString key = m.fromId + u'\x1f' + m.section;
            if (!counts.contains(key)) {
                order << key;
                QString from = m.fromName.isEmpty() ? m.fromId : m.fromName;
                if (m.section.isEmpty()) {
                    if (m_kb && !m.fromName.isEmpty())
                        from = ReaderName::of(*m_kb, m.fromId, m_language);
                    PageRun r = m_claims.entityLink(m.fromId, from);
                    r.text = tr("%1 (%2)").arg(from, entityKindName(m.fromKind));
                    lines[key] = r;
                } else {
                    const bool lead = m.section == u"(lead)";
                    const QUrl url = KbAddress::article(lead ? QStringLiteral("lead") : m.section, {},
                        ArticleSource::addressId(m.fromId, m_primarySource));
                    lines[key] = PageRun::linked(tr("%1 — %2").arg(from, lead ? tr("Introduction") : m.section), url);
                }
            }
            counts[key] += m.count;
        }
        page.blocks << PageBlock::heading(2, { PageRun::plain(tr("Mentioned in")) });
        PageBlock list;
        list.kind = PageBlock::Kind::List;
        for (const QString &key : std::as_const(order)) {
            PageRuns line { lines[key] };
            if (counts[key] > 1)
                line << PageRun::plain(QStringLiteral(" "))
                     << PageRun::plain(tr("(%n times)", nullptr, counts[key]), PageRun::Muted);
            list.items << line;
        }
        page.blocks << list;
    }

    for (const Citation &c : e.citations) {
        if (c.isValid())
            m_notes.number(c);
    }
    addNotes(&page);
    return page;
}

PageDocument PageBuilder::article(const SourceDocument &doc, const QString &section, const QString &highlight)
{
    m_notes = {};
    MarkdownReader reader(highlight);
    PageDocument page;
    const QString kb = kbTitle();
    if (section.isEmpty()) {
        page.title = doc.title;
        page.subject = tr("The article “%1”").arg(doc.title);
        QStringList keywords { doc.title };
        for (const Section &s : doc.sections)
            keywords << s.title;
        page.keywords = uniqueNonEmpty(keywords << kb);
        PageRun title = PageRun::plain(doc.title);
        title.place = doc.id;
        page.blocks << PageBlock::heading(1, { title });
        page.blocks << metaLine(doc.title + (doc.origin.isEmpty() ? QString() : tr(" (from %1)").arg(doc.origin)));
        if (!doc.infobox.isEmpty()) {
            PageBlock box = PageBlock::table(PageBlock::Role::Infobox);
            const QString sentence = PageText::cleaned(highlight);
            for (const Attribute &a : doc.infobox) {
                PageRuns key { PageRun::plain(a.key) };
                PageRuns value = MarkdownReader().runs(a.value);
                if (!reader.placed() && !sentence.isEmpty() && a.key + QStringLiteral(": ") + a.value == sentence) {
                    reader.setPlaced();
                    key.first().style |= PageRun::Highlight;
                    key.first().anchor = true;
                    for (PageRun &r : value)
                        r.style |= PageRun::Highlight;
                }
                box.rows << QList<PageRuns> { key, value };
            }
            page.blocks << box;
        }
        for (const Section &s : doc.sections) {
            if (!s.title.isEmpty())
                page.blocks << PageBlock::heading(2, { PageRun::plain(s.title) }, s.id);
            page.blocks += reader.blocks(s.text);
            if (!step())
                break;
        }
        return page;
    }

    const Section *s = findSection(doc, section);
    if (!s) {
        QStringList titles;
        for (const Section &x : doc.sections)
            titles << (x.title.isEmpty() ? x.id : x.title);
        return message(doc.title,
            tr("The article “%1” has no section “%2” (it has: %3).")
                .arg(doc.title, section, titles.join(QStringLiteral(", "))));
    }
    const QString sectionTitle = s->title.isEmpty() ? tr("Introduction") : s->title;
    page.title = tr("%1 — %2").arg(sectionTitle, doc.title);
    page.subject = tr("Section “%1” of the article “%2”").arg(sectionTitle, doc.title);
    page.keywords = uniqueNonEmpty({ doc.title, s->title, kb });
    // "From the article “Title”", the title linking to the whole article.
    const QString from = tr("From the article “%1”");
    const qsizetype at = from.indexOf(QLatin1String("%1"));
    PageRun link
        = PageRun::linked(doc.title, KbAddress::article({}, {}, ArticleSource::addressId(doc.id, m_primarySource)));
    page.blocks << PageBlock::paragraph(
        { PageRun::plain(from.left(at)), link, PageRun::plain(from.mid(at + 2)) }, PageBlock::Role::Muted);
    page.blocks << PageBlock::heading(1, { PageRun::plain(sectionTitle) });
    const QString where = tr("%1, section “%2”").arg(doc.title, sectionTitle);
    page.blocks << metaLine(where + (doc.origin.isEmpty() ? QString() : tr(" (from %1)").arg(doc.origin)));
    page.blocks += reader.blocks(s->text);
    step();
    return page;
}

PageDocument PageBuilder::timeline(const QList<EntityRef> &events)
{
    m_notes = {};
    PageDocument page;
    const QString kb = kbTitle();
    page.title = tr("Timeline — %1").arg(kb);
    page.subject = tr("Timeline of the knowledge base “%1”").arg(kb);
    page.keywords = uniqueNonEmpty({ tr("timeline"), tr("events"), kb });
    page.blocks << PageBlock::heading(1, { PageRun::plain(tr("Timeline")) });
    page.blocks << metaLine(
        kb, events.size() == 1 ? tr("1 event") : tr("%1 events").arg(m_locale.toString(events.size())));
    if (events.isEmpty()) {
        page.blocks << PageBlock::paragraph({ PageRun::plain(tr("This knowledge base has no events.")) });
        return page;
    }
    PageBlock table = PageBlock::table(PageBlock::Role::Relations);
    table.header = { PageRun::plain(tr("Date")), PageRun::plain(tr("Event")) };
    for (const EntityRef &r : events) {
        PageRuns cell = nameCell(r);
        if (!r.summary.isEmpty()) {
            cell << PageRun::plain(QStringLiteral("\n"));
            cell += MarkdownReader().runs(r.summary);
        }
        const QString date = r.date.isValid() ? PageLabels::date(r.date, m_locale) : tr("undated");
        table.rows << QList<PageRuns> { { PageRun::plain(date) }, cell };
        if (!step())
            break;
    }
    page.blocks << table;
    addNotes(&page);
    return page;
}

PageDocument PageBuilder::list(const QString &title, const QList<EntityRef> &items, bool everyKind)
{
    m_notes = {};
    PageDocument page;
    const QString kb = kbTitle();
    page.title = tr("%1 — %2").arg(title, kb);
    page.subject = tr("%1 in the knowledge base “%2”").arg(title, kb);
    page.keywords = uniqueNonEmpty({ title, kb });
    page.blocks << PageBlock::heading(1, { PageRun::plain(title) });
    page.blocks << metaLine(
        kb, items.size() == 1 ? tr("1 entry") : tr("%1 entries").arg(m_locale.toString(items.size())));
    if (items.isEmpty()) {
        page.blocks << PageBlock::paragraph({ PageRun::plain(tr("Nothing of this kind is in the knowledge base.")) });
        return page;
    }
    PageBlock table = PageBlock::table(PageBlock::Role::Data);
    table.header = { PageRun::plain(tr("Name")), PageRun::plain(tr("Also known as")), PageRun::plain(tr("Summary")) };
    for (const EntityRef &r : items) {
        PageRuns cell = nameCell(r);
        if (everyKind)
            cell << PageRun::plain(QStringLiteral("\n")) << PageRun::plain(entityKindName(r.kind), PageRun::Muted);
        table.rows << QList<PageRuns> { cell, { PageRun::plain(r.aliases.join(u'\n')) },
            MarkdownReader().runs(r.summary) };
        if (!step())
            break;
    }
    page.blocks << table;
    addNotes(&page);
    return page;
}

PageDocument PageBuilder::search(const QString &query, std::optional<EntityKind> kind)
{
    QList<SearchHit> hits;
    QStringList didYouMean;
    if (m_kb) {
        SearchQuery q;
        q.text = query;
        q.kind = kind;
        q.limit = 500;
        q.prefix = false;
        QString why;
        hits = m_kb->search().search(q, &why);
        if (hits.isEmpty())
            didYouMean = m_kb->search().didYouMean(query);
    }
    return search(query, kind, hits, didYouMean);
}

PageDocument PageBuilder::search(
    const QString &query, std::optional<EntityKind> kind, const QList<SearchHit> &hits, const QStringList &didYouMean)
{
    m_notes = {};
    PageDocument page;
    const QString kb = kbTitle();
    page.title = tr("Search: %1").arg(query);
    page.subject = tr("Search results for “%1” in the knowledge base “%2”").arg(query, kb);
    page.keywords = uniqueNonEmpty({ query, tr("search"), kb });
    // The window says what was searched and how many hits it found above the page, by the kind filter.
    PageBlock heading = PageBlock::heading(1, { PageRun::plain(tr("Search results for “%1”").arg(query)) });
    heading.medium = PageBlock::Medium::Print;
    page.blocks << heading;
    if (m_kb) {
        page.blocks << metaLine(
            kb, hits.size() == 1 ? tr("1 result") : tr("%1 results").arg(m_locale.toString(hits.size())));
    }
    if (hits.isEmpty() && m_kb)
        page.blocks << PageBlock::paragraph({ PageRun::plain(tr("No results.")) }, {}, PageBlock::Medium::Print);
    if (!didYouMean.isEmpty()) {
        // Each suggestion is a link to its own results, in the same kind.
        const QString line = tr("Did you mean: %1?");
        const qsizetype at = line.indexOf(QStringLiteral("%1"));
        PageRuns runs { PageRun::plain(line.left(std::max<qsizetype>(at, 0))) };
        for (qsizetype i = 0; i < didYouMean.size(); ++i) {
            if (i > 0)
                runs << PageRun::plain(QStringLiteral(", "));
            runs << PageRun::linked(didYouMean[i], SearchAddress::of(didYouMean[i], kind));
        }
        if (at >= 0)
            runs << PageRun::plain(line.mid(at + 2));
        page.blocks << PageBlock::paragraph(runs);
    }
    if (hits.isEmpty()) {
        page.blocks << PageBlock::paragraph(
            { PageRun::plain(query.isEmpty() ? tr("Type what you are looking for into the search field.")
                                             : tr("Try another spelling, fewer words, or “All kinds”.")) },
            PageBlock::Role::Muted, PageBlock::Medium::Screen);
        return page;
    }
    PageBlock table = PageBlock::table(PageBlock::Role::Hits);
    table.header = { PageRun::plain(tr("Result")), PageRun::plain(tr("Where it matches")) };
    QSet<QString> seen;
    for (const SearchHit &h : hits) {
        PageRuns snippet;
        for (const SnippetMarks::Piece &p : SnippetMarks::pieces(h.snippet))
            snippet << PageRun::plain(p.text, p.matched ? PageRun::Matched : PageRun::Plain);
        const bool entityHit = h.section.isEmpty();
        const auto e = entityHit && m_kb ? m_kb->entity(h.id) : std::nullopt;
        PageRun name = PageRun::plain(e ? ReaderName::shown(h.name, e->aliases, m_language) : h.name, PageRun::Strong);
        PageRuns cell;
        if (entityHit) {
            name.link = KbAddress::entity(h.id);
        } else {
            const bool lead = h.section == u"(lead)";
            name.link = KbAddress::article(
                lead ? QStringLiteral("lead") : h.section, {}, ArticleSource::addressId(h.id, m_primarySource));
        }
        if (entityHit && !seen.contains(h.id)) {
            seen.insert(h.id);
            name.place = h.id;
            cell << name;
            // The screen lists no references: their markers are paper's.
            if (e) {
                for (PageRun r : m_claims.notes(e->citations)) {
                    r.style |= PageRun::PrintOnly;
                    cell << r;
                }
            }
        } else {
            cell << name;
        }
        // A new line on paper, a dot on the screen's one line.
        cell << PageRun::plain(QStringLiteral("\n"), PageRun::PrintOnly)
             << PageRun::plain(QStringLiteral(" · "), PageRun::Muted | PageRun::ScreenOnly)
             << PageRun::plain(entityHit ? entityKindName(h.kind) : tr("Article section"), PageRun::Muted);
        table.rows << QList<PageRuns> { cell, snippet };
        if (!step())
            break;
    }
    page.blocks << table;
    addNotes(&page);
    if (!page.blocks.isEmpty() && page.blocks.last().kind == PageBlock::Kind::Notes)
        page.blocks.last().medium = PageBlock::Medium::Print;
    return page;
}

} // namespace tkb
