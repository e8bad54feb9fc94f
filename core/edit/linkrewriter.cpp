// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/linkrewriter.h>
#include <core/model/wikilink.h>

namespace tkb {

QString LinkRewriter::rewrite(const QString &text, const QString &from, const QString &to)
{
    const QList<WikiLink> links = WikiLink::parse(text);
    QString out = text;
    // Back to front, so the positions of the links not yet replaced stay right.
    for (qsizetype i = links.size() - 1; i >= 0; --i) {
        const WikiLink &l = links[i];
        if (l.target != from)
            continue;
        const QString replacement = to.isEmpty() ? l.label : QStringLiteral("[[%1|%2]]").arg(to, l.label);
        out.replace(l.position, l.length, replacement);
    }
    return out;
}

bool LinkRewriter::rewrite(EntityDocument *doc, const QString &from, const QString &to)
{
    const EntityDocument was = *doc;
    doc->entity.summary = rewrite(doc->entity.summary, from, to);
    doc->entity.body = rewrite(doc->entity.body, from, to);
    if (doc->source) {
        for (Section &s : doc->source->sections)
            s.text = rewrite(s.text, from, to);
    }
    return !(was == *doc);
}

bool LinkRewriter::links(const EntityDocument &doc, const QString &id)
{
    QStringList texts { doc.entity.summary, doc.entity.body };
    if (doc.source) {
        for (const Section &s : doc.source->sections)
            texts << s.text;
    }
    for (const QString &t : texts) {
        for (const WikiLink &l : WikiLink::parse(t)) {
            if (l.target == id)
                return true;
        }
    }
    return false;
}

} // namespace tkb
