// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/articletext.h>

namespace tkb {

QString ArticleText::toMarkup(const SourceDocument &doc)
{
    QStringList parts;
    parts << QStringLiteral("= %1 =").arg(doc.title);
    if (!doc.infobox.isEmpty()) {
        QStringList box { doc.title };
        for (const Attribute &a : doc.infobox)
            box << QStringLiteral("- %1: %2").arg(a.key, a.value);
        parts << box.join(u'\n');
    }
    for (const Section &s : doc.sections) {
        if (s.title.isEmpty())
            parts << s.text;
        else
            parts << QStringLiteral("== %1 ==\n%2").arg(s.title, s.text);
    }
    return parts.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace tkb
