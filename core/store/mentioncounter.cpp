// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <core/store/mentioncounter_p.h>

namespace tkb {

void MentionCounter::add(const QString &section, const QString &text)
{
    for (const WikiLink &l : WikiLink::parse(text))
        m_counts[{ section, l.target, l.label }] += 1;
}

void MentionCounter::addEntityText(const QString &summary, const QString &body)
{
    add(QString(), summary + u'\n' + body);
}

void MentionCounter::addSection(const QString &title, const QString &text)
{
    add(title.isEmpty() ? QStringLiteral("(lead)") : title, text);
}

QList<MentionCounter::Row> MentionCounter::rows() const
{
    QList<Row> rows;
    rows.reserve(m_counts.size());
    for (const auto &[key, count] : m_counts)
        rows.append({ std::get<0>(key), std::get<1>(key), std::get<2>(key), count });
    return rows;
}

} // namespace tkb
