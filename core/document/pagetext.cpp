// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/pagetext.h>

namespace tkb {

QString PageText::escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString PageText::capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QString PageText::cleaned(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\n' || c == u'\t' || c.category() != QChar::Other_Control)
            out += c;
    }
    return out;
}

} // namespace tkb
