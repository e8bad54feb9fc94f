// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/pgarrayliteral_p.h>

namespace tkb {

void PgArrayLiteral::separate()
{
    if (m_size++)
        m_elements += u',';
}

void PgArrayLiteral::appendText(QStringView text)
{
    separate();
    m_elements += u'"';
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            m_elements += u'\\';
        m_elements += c;
    }
    m_elements += u'"';
}

void PgArrayLiteral::appendInteger(qint64 value)
{
    separate();
    m_elements += QString::number(value);
}

void PgArrayLiteral::appendNull()
{
    separate();
    m_elements += QLatin1String("NULL");
}

void PgArrayLiteral::clear()
{
    m_elements.clear();
    m_size = 0;
}

} // namespace tkb
