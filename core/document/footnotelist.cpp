// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/footnotelist.h>

namespace tkb {

int FootnoteList::number(const Citation &citation)
{
    const qsizetype i = m_list.indexOf(citation);
    if (i >= 0)
        return int(i) + 1;
    m_list.append(citation);
    return int(m_list.size());
}

} // namespace tkb
