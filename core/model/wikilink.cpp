#include <core/model/wikilink.h>

namespace tkb {

namespace {

// The code point that starts at s[i] (UTF-8), and its length; a broken sequence is one byte of U+FFFD, as
// QString::fromUtf8 reads it (never white space).
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t &length)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    length = 1;
    if (c < 0x80)
        return c;
    const std::size_t n = c >= 0xF8 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > s.size())
        return 0xFFFD;
    char32_t cp = c & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    length = n;
    return cp;
}

// What QString::trimmed() removes: white space as Unicode defines it, at both ends.
std::string_view trimmed(std::string_view s)
{
    std::size_t length = 0;
    while (!s.empty() && QChar::isSpace(decodeAt(s, 0, length)))
        s.remove_prefix(length);
    while (!s.empty()) {
        std::size_t start = s.size() - 1;
        while (start > 0 && s.size() - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        if (!QChar::isSpace(decodeAt(s, start, length)) || start + length != s.size())
            break;
        s.remove_suffix(length);
    }
    return s;
}

} // namespace

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
        const std::string_view target = trimmed(inner.substr(0, bar));
        if (!target.empty()) {
            out.append(text.substr(last, pos - last));
            out.append(bar == std::string_view::npos ? target : inner.substr(bar + 1));
            last = close + 2;
        }
        pos = close + 2;
    }
    out.append(text.substr(last));
}

} // namespace tkb
