// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/markdownreader.h>
#include <core/document/namedappendix.h>
#include <core/document/pagelabels.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>

#include <QSet>

namespace tkb {

void NamedAppendix::add(
    const KnowledgeBase *kb, const QLocale &locale, PageDocument *page, const std::function<bool()> &step)
{
    if (!kb)
        return;
    QSet<QString> placed;
    QStringList named;
    const auto scan = [&](const PageRuns &runs, bool collect) {
        for (const PageRun &r : runs) {
            if (!r.place.isEmpty())
                placed.insert(r.place);
            if (collect && !r.entityId.isEmpty() && !named.contains(r.entityId))
                named << r.entityId;
        }
    };
    for (const PageBlock &b : std::as_const(page->blocks)) {
        const bool collect = b.medium != PageBlock::Medium::Screen;
        scan(b.runs, collect);
        for (const PageRuns &item : b.items)
            scan(item, collect && b.kind != PageBlock::Kind::Notes);
        for (const QList<PageRuns> &row : b.rows) {
            for (const PageRuns &cell : row)
                scan(cell, collect);
        }
    }
    QList<PageBlock> entries;
    for (const QString &id : std::as_const(named)) {
        if (placed.contains(id))
            continue;
        const auto e = kb->entity(id);
        if (!e)
            continue;
        PageRun name
            = PageRun::plain(ReaderName::titled(e->name, e->aliases, ReaderName::languageOf(locale)), PageRun::Strong);
        name.place = id;
        PageRuns runs { name, PageRun::plain(QStringLiteral(" ")),
            PageRun::plain(QStringLiteral("(%1)").arg(entityKindName(e->kind)), PageRun::Muted) };
        QStringList aliases;
        for (const Alias &a : e->aliases) {
            const QString about = PageLabels::aliasNote(a);
            aliases << (about.isEmpty() ? a.text : QStringLiteral("%1 (%2)").arg(a.text, about));
        }
        if (!aliases.isEmpty())
            runs << PageRun::plain(QStringLiteral("\n"))
                 << PageRun::plain(aliases.join(QStringLiteral(" · ")), PageRun::Muted);
        if (e->kind == EntityKind::Event && e->date().isValid())
            runs << PageRun::plain(QStringLiteral("\n")) << PageRun::plain(PageLabels::date(e->date(), locale));
        if (!e->summary.isEmpty()) {
            runs << PageRun::plain(QStringLiteral("\n"));
            runs += MarkdownReader().runs(e->summary);
        }
        entries << PageBlock::paragraph(runs, PageBlock::Role::Named, PageBlock::Medium::Print);
        if (step && !step())
            return;
    }
    page->namedCount = int(entries.size());
    if (entries.isEmpty())
        return;
    PageBlock heading = PageBlock::heading(2, { PageRun::plain(tr("Named in this document")) });
    heading.medium = PageBlock::Medium::Print;
    page->blocks << heading;
    page->blocks += entries;
}

} // namespace tkb
