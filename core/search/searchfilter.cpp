// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchfilter.h>
#include <core/search/textfolder.h>

#include <QDate>
#include <QRegularExpression>

namespace tkb {

namespace {

// "2004", "2004-05" or "2004-05-17": its first and last day.
bool bounds(QStringView text, QDate &first, QDate &last)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{3,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = date.matchView(text);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    if (m.capturedLength(2) == 0) {
        first = QDate(year, 1, 1);
        last = QDate(year, 12, 31);
    } else if (m.capturedLength(3) == 0) {
        first = QDate(year, m.captured(2).toInt(), 1);
        last = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    } else {
        first = last = QDate(year, m.captured(2).toInt(), m.captured(3).toInt());
    }
    return first.isValid() && last.isValid();
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Folded words of a place name; '-' and '_' join the words of a value typed without spaces.
std::string foldedWords(QString text)
{
    text.replace(u'_', u' ').replace(u'-', u' ');
    return TextFolder::foldWords(text).join(u' ').toStdString();
}

bool beginsWith(std::string_view words, const std::string &prefix)
{
    return words.size() >= prefix.size() && words.substr(0, prefix.size()) == prefix;
}

} // namespace

QStringList SearchFilter::keywords()
{
    return { QStringLiteral("kind:"), QStringLiteral("in:"), QStringLiteral("source:"), QStringLiteral("before:"),
        QStringLiteral("after:") };
}

bool SearchFilter::isFilterChunk(QStringView chunk)
{
    for (const QString &k : keywords()) {
        if (chunk.startsWith(k, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool SearchFilter::take(QStringView chunk)
{
    QDate first, last;
    if (chunk.startsWith(QLatin1String("before:"), Qt::CaseInsensitive)) {
        if (!bounds(chunk.mid(7), first, last))
            return false;
        m_to = iso(first.addDays(-1));
        return true;
    }
    if (chunk.startsWith(QLatin1String("after:"), Qt::CaseInsensitive)) {
        if (!bounds(chunk.mid(6), first, last))
            return false;
        m_from = iso(last.addDays(1));
        return true;
    }
    if (chunk.startsWith(QLatin1String("in:"), Qt::CaseInsensitive)) {
        m_section = foldedWords(chunk.mid(3).toString());
        return !m_section.empty();
    }
    if (chunk.startsWith(QLatin1String("source:"), Qt::CaseInsensitive)) {
        m_source = foldedWords(chunk.mid(7).toString());
        return !m_source.empty();
    }
    // A range: "1993..2008", "1993..", "..2008". A bare year stays a word: "1993" is in the texts.
    const qsizetype dots = chunk.indexOf(QLatin1String(".."));
    if (dots < 0)
        return false;
    const QStringView from = chunk.left(dots), to = chunk.mid(dots + 2);
    if (from.isEmpty() && to.isEmpty())
        return false;
    QDate lo, hi, unused;
    if ((!from.isEmpty() && !bounds(from, lo, unused)) || (!to.isEmpty() && !bounds(to, unused, hi)))
        return false;
    if (!from.isEmpty())
        m_from = iso(lo);
    if (!to.isEmpty())
        m_to = iso(hi);
    return true;
}

bool SearchFilter::dateMatches(const QString &start, const QString &end) const
{
    if (!hasDate())
        return true;
    if (start.isEmpty() && end.isEmpty())
        return false;
    const QString s = start.isEmpty() ? end : start, e = end.isEmpty() ? start : end;
    return (m_to.isEmpty() || s <= m_to) && (m_from.isEmpty() || e >= m_from);
}

bool SearchFilter::placeMatches(
    std::string_view sourceId, std::string_view sourceTitle, std::string_view sectionTitle) const
{
    if (!m_section.empty()) {
        const std::string section = foldedWords(QString::fromUtf8(sectionTitle.data(), qsizetype(sectionTitle.size())));
        if (!beginsWith(section, m_section))
            return false;
    }
    if (!m_source.empty()) {
        std::string_view id = sourceId;
        if (id.starts_with("source/"))
            id.remove_prefix(7);
        const std::string byId = foldedWords(QString::fromUtf8(id.data(), qsizetype(id.size())));
        const std::string byTitle = foldedWords(QString::fromUtf8(sourceTitle.data(), qsizetype(sourceTitle.size())));
        if (!beginsWith(byId, m_source) && !beginsWith(byTitle, m_source))
            return false;
    }
    return true;
}

} // namespace tkb
