// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The printed page's appendix: each entity the page links to but does not show itself, with its kind, other
// names, date and summary, so a reader of the paper can look a name up. The screen opens the entity instead.
#include <core/document/pagedocument.h>

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace tkb {

class KnowledgeBase;

class NamedAppendix
{
    Q_DECLARE_TR_FUNCTIONS(tkb::NamedAppendix)
public:
    /// Appends the appendix (print-only blocks) to page; step is called per entry and stops it on false.
    static void add(
        const KnowledgeBase *kb, const QLocale &locale, PageDocument *page, const std::function<bool()> &step = {});
};

} // namespace tkb
