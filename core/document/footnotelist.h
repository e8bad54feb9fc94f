// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The page's one footnote numbering: citations numbered from 1 in the order the page first cites them; the
// same citation keeps its number.
#include <core/model/citation.h>

#include <QList>

namespace tkb {

class FootnoteList
{
public:
    /// The citation's number, adding it on first use.
    int number(const Citation &citation);
    const QList<Citation> &citations() const { return m_list; }

private:
    QList<Citation> m_list;
};

} // namespace tkb
