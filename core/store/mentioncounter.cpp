// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/wikilink.h>
#include <core/store/mentioncounter_p.h>

namespace tkb {

void MentionCounter::add(const QString &section, const QString &text)
{
    for (const WikiLink &l : WikiLink::parse(text))
        m_counts[section + u'\x1f' + l.target + u'\x1f' + l.label] += 1;
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
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QStringList parts = it.key().split(u'\x1f');
        rows.append({ parts[0], parts[1], parts[2], it.value() });
    }
    return rows;
}

} // namespace tkb
