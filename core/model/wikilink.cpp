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

} // namespace tkb
