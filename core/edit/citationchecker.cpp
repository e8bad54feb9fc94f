// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/citationchecker.h>
#include <core/edit/workspace.h>
#include <core/model/wikilink.h>

namespace tkb {

namespace {

// The title the pack uses for citations of the infobox, whose "lines" are "Key: Value".
const QString infobox = QStringLiteral("Infobox");

} // namespace

QList<Citation> CitationChecker::citations(const EntityDocument &doc)
{
    QList<Citation> out = doc.entity.citations;
    for (const Alias &a : doc.entity.aliases)
        out += a.citations;
    for (const Attribute &a : doc.entity.attributes)
        out += a.citations;
    for (const DateClaim &d : doc.entity.dates)
        out += d.citations;
    for (const Relation &r : doc.relations)
        out += r.citations;
    return out;
}

QString CitationChecker::problem(const Citation &c, Workspace &documents)
{
    if (c.source.isEmpty() || c.sentence.trimmed().isEmpty())
        return QStringLiteral("a citation needs a source and a sentence");
    const std::optional<EntityDocument> &doc = documents.get(c.source);
    if (!doc || doc->entity.kind != EntityKind::Source)
        return QStringLiteral("the citation's source \"%1\" is not a source in this knowledge base").arg(c.source);
    if (!doc->source || (doc->source->sections.isEmpty() && doc->source->infobox.isEmpty()))
        return {}; // the base does not hold the source's text: the passage cannot be checked here
    const SourceDocument &s = *doc->source;
    QString text;
    if (c.section == infobox) {
        QStringList lines;
        for (const Attribute &a : s.infobox)
            lines << a.key + QStringLiteral(": ") + a.value;
        text = lines.join(u'\n');
    } else {
        const Section *section = s.section(c.section.isEmpty() ? QStringLiteral("lead") : c.section);
        if (!section && c.section.isEmpty())
            section = s.section(QString());
        if (!section)
            return QStringLiteral("%1 has no section \"%2\"").arg(c.source, c.section);
        text = WikiLink::stripMarkup(section->text);
    }
    if (!text.simplified().contains(c.sentence.simplified()))
        return QStringLiteral("the passage \"%1\" is not in section \"%2\" of %3 word for word")
            .arg(c.sentence, c.section.isEmpty() ? QStringLiteral("(lead)") : c.section, c.source);
    return {};
}

} // namespace tkb
