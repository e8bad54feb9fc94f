// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Makes the page for a kb: address (entity, article or section, list, timeline, graph, source view); the
// window opens every tab through it. Search results (kb:search?q=...) are the window's own.
#include <ui/shell/tabpage.h>

namespace tkb {

class EditSession;
class KnowledgeBase;

class PageFactory
{
public:
    /// The page for address, or nullptr when the address is not one a page shows or names an entity, source
    /// or section the knowledge base does not hold. kb (and edits, through which pages that offer editing change
    /// the base; nullptr: they offer none) must outlive the page.
    static TabPage *create(
        const QUrl &address, KnowledgeBase *kb, QWidget *parent = nullptr, EditSession *edits = nullptr);
    /// Whether address has the form of one create() handles (without asking a knowledge base).
    static bool canOpen(const QUrl &address);
};

} // namespace tkb
