// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/claimblocks.h>
#include <core/document/markdownreader.h>
#include <core/document/pagelabels.h>

#include <QHash>

namespace tkb {

ClaimBlocks::ClaimBlocks(ClaimRuns *runs, const QLocale &locale)
    : m_runs(runs)
    , m_locale(locale)
{ }

QList<PageBlock> ClaimBlocks::aliases(const Entity &e)
{
    if (e.aliases.isEmpty())
        return {};
    PageRuns names { PageRun::plain(tr("Also known as:"), PageRun::Muted), PageRun::plain(QStringLiteral(" ")) };
    for (qsizetype i = 0; i < e.aliases.size(); ++i) {
        const Alias &a = e.aliases[i];
        if (i > 0)
            names << PageRun::plain(QStringLiteral(" · "));
        names << PageRun::plain(a.text, PageRun::Strong);
        names += m_runs->claim(a.qualifiers, a.citations, PageLabels::aliasNote(a));
    }
    return { PageBlock::paragraph(names, PageBlock::Role::Aliases) };
}

QList<QList<PageRuns>> ClaimBlocks::sourceRows(const SourceDocument &s) const
{
    QList<QList<PageRuns>> rows;
    const auto row = [&rows](const QString &key, const PageRuns &value) {
        rows << QList<PageRuns> { { PageRun::plain(key) }, value };
    };
    if (!s.author.trimmed().isEmpty())
        row(tr("Author"), { PageRun::plain(s.author) });
    if (!s.publisher.trimmed().isEmpty())
        row(tr("Publisher"), { PageRun::plain(s.publisher) });
    if (s.date.isValid())
        row(tr("Published"), { PageRun::plain(PageLabels::date(s.date, m_locale)) });
    if (!s.url.trimmed().isEmpty()) {
        // Only an http(s) address becomes a link; anything else is shown as the text it is.
        const QUrl url = MarkdownReader::linkTarget(s.url.trimmed());
        row(tr("Web address"),
            { url.scheme().startsWith(QLatin1String("http")) ? PageRun::linked(s.url, url) : PageRun::plain(s.url) });
    }
    if (!s.file.trimmed().isEmpty())
        row(tr("File"), { PageRun::plain(s.file) });
    if (const QString language = PageLabels::language(s.language); !language.isEmpty())
        row(tr("Language"), { PageRun::plain(language) });
    return rows;
}

QList<PageBlock> ClaimBlocks::infobox(const Entity &e, const SourceDocument *source)
{
    PageBlock box = PageBlock::table(PageBlock::Role::Infobox);
    if (source)
        box.rows += sourceRows(*source);

    // Every date claim, one a line: competing dates from different sources are shown together, each with its
    // own qualifiers and citations.
    PageRuns dates;
    for (const DateClaim &d : e.dates) {
        if (!d.date.isValid())
            continue;
        if (!dates.isEmpty())
            dates << PageRun::plain(QStringLiteral("\n"));
        dates << PageRun::plain(PageLabels::date(d.date, m_locale));
        dates += m_runs->claim(d.qualifiers, d.citations);
    }
    if (!dates.isEmpty())
        box.rows << QList<PageRuns> { { PageRun::plain(tr("Date")) }, dates };

    // Attributes with the same key gathered in one row, in first-seen order, each value with its own claim.
    QStringList keys;
    QHash<QString, PageRuns> values;
    for (const Attribute &a : e.attributes) {
        PageRuns &cell = values[a.key];
        if (cell.isEmpty())
            keys << a.key;
        else
            cell << PageRun::plain(QStringLiteral("\n"));
        cell += MarkdownReader().runs(a.value);
        cell += m_runs->claim(a.qualifiers, a.citations, PageLabels::period(a.from, a.to, m_locale));
    }
    for (const QString &k : std::as_const(keys))
        box.rows << QList<PageRuns> { { PageRun::plain(PageLabels::attribute(k)) }, values.value(k) };
    if (box.rows.isEmpty())
        return {};
    return { box };
}

QList<PageBlock> ClaimBlocks::relations(const Entity &e, const QList<Relation> &relations)
{
    if (relations.isEmpty())
        return {};
    // Grouped by what the relation says from this entity's side, in the order the store gives; a relation that
    // no longer holds is its own group ("chairman of (former)"), so a former chairman never reads as current.
    QStringList groups;
    QHash<QString, QList<PageRuns>> rows;
    // On screen it points along the reading direction (the bidi algorithm mirrors no arrow); paper keeps "→", as its
    // right-to-left pages isolate each cell whole.
    PageRuns arrow { PageRun::plain(QStringLiteral("→ ")) };
    if (m_locale.textDirection() == Qt::RightToLeft)
        arrow = { PageRun::plain(QStringLiteral("← "), PageRun::ScreenOnly),
            PageRun::plain(QStringLiteral("→ "), PageRun::PrintOnly) };
    for (const Relation &r : relations) {
        const bool inverse = r.subject != e.id;
        QString label = PageLabels::relation(r.predicate, inverse);
        if (r.qualifiers.former)
            label = PageLabels::former(label);
        if (!rows.contains(label))
            groups << label;
        PageRuns row = arrow;
        row << m_runs->entityLink(inverse ? r.subject : r.object);
        row += m_runs->claim(r.qualifiers, r.citations, PageLabels::period(r.from, r.to, m_locale), false);
        rows[label] << row;
    }
    PageBlock table = PageBlock::table(PageBlock::Role::Relations);
    for (const QString &g : std::as_const(groups)) {
        const QList<PageRuns> &items = rows[g];
        for (qsizetype i = 0; i < items.size(); ++i)
            table.rows << QList<PageRuns> { i == 0 ? PageRuns { PageRun::plain(g) } : PageRuns {}, items[i] };
    }
    return { PageBlock::heading(2, { PageRun::plain(tr("Relations")) }), table };
}

} // namespace tkb
