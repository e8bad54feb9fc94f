// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>

namespace tkb {

QList<WikiLink> WikiLink::parse(const QString &text)
{
    QList<WikiLink> out;
    qsizetype pos = 0;
    while ((pos = text.indexOf(QLatin1String("[["), pos)) >= 0) {
        const qsizetype close = text.indexOf(QLatin1String("]]"), pos + 2);
        if (close < 0)
            break;
        const QString inner = text.mid(pos + 2, close - pos - 2);
        if (inner.contains(QLatin1String("[[")) || inner.contains(u'\n')) {
            pos += 2;
            continue;
        }
        WikiLink l;
        const qsizetype bar = inner.indexOf(u'|');
        l.target = (bar < 0 ? inner : inner.left(bar)).trimmed();
        l.label = bar < 0 ? l.target : inner.mid(bar + 1);
        l.position = pos;
        l.length = close + 2 - pos;
        if (!l.target.isEmpty())
            out.append(l);
        pos = close + 2;
    }
    return out;
}

QString WikiLink::stripMarkup(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (const WikiLink &l : parse(text)) {
        out += QStringView(text).mid(last, l.position - last);
        out += l.label;
        last = l.position + l.length;
    }
    out += QStringView(text).mid(last);
    return out;
}

void WikiLink::stripMarkup(std::string_view text, std::string &out)
{
    // parse() and stripMarkup() above, step for step: the markers are ASCII, so byte offsets serve.
    out.clear();
    out.reserve(text.size());
    std::size_t last = 0, pos = 0;
    while ((pos = text.find("[[", pos)) != std::string_view::npos) {
        const std::size_t close = text.find("]]", pos + 2);
        if (close == std::string_view::npos)
            break;
        const std::string_view inner = text.substr(pos + 2, close - pos - 2);
        if (inner.find("[[") != std::string_view::npos || inner.find('\n') != std::string_view::npos) {
            pos += 2;
            continue;
        }
        const std::size_t bar = inner.find('|');
        // The target (an id, short) is trimmed as QString trims it: white space as Unicode defines it, and
        // a broken UTF-8 sequence read as U+FFFD, never as space.
        const std::string_view rawTarget = inner.substr(0, bar);
        const QString target = QString::fromUtf8(rawTarget.data(), qsizetype(rawTarget.size())).trimmed();
        if (!target.isEmpty()) {
            out.append(text.substr(last, pos - last));
            if (bar == std::string_view::npos)
                out.append(target.toStdString());
            else
                out.append(inner.substr(bar + 1));
            last = close + 2;
        }
        pos = close + 2;
    }
    out.append(text.substr(last));
}

} // namespace tkb
