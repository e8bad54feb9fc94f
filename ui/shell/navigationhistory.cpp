// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/shell/navigationhistory.h>

namespace tkb {

void NavigationHistory::visit(const QUrl &url)
{
    if (url == m_current)
        return;
    if (!m_current.isEmpty()) {
        m_back.append(m_current);
        if (m_back.size() > maxBack)
            m_back.removeFirst();
    }
    m_forward.clear();
    m_current = url;
}

QUrl NavigationHistory::back()
{
    if (m_back.isEmpty())
        return {};
    m_forward.prepend(m_current);
    m_current = m_back.takeLast();
    return m_current;
}

QUrl NavigationHistory::forward()
{
    if (m_forward.isEmpty())
        return {};
    m_back.append(m_current);
    m_current = m_forward.takeFirst();
    return m_current;
}

void NavigationHistory::undoBack()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_current);
    m_current = m_forward.takeFirst();
}

void NavigationHistory::undoForward()
{
    if (m_back.isEmpty())
        return;
    m_forward.prepend(m_current);
    m_current = m_back.takeLast();
}

} // namespace tkb
