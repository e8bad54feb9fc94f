// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/graph/graphpage.h>
#include <ui/pages/articlepage.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/listpage.h>
#include <ui/pages/sourcepage.h>
#include <ui/shell/pagefactory.h>
#include <ui/timeline/timelinepage.h>

namespace tkb {

bool PageFactory::canOpen(const QUrl &address)
{
    switch (KbAddress::parse(address).type()) {
    case KbAddress::Type::Invalid:
    case KbAddress::Type::Search:
        return false;
    default:
        return true;
    }
}

TabPage *PageFactory::create(const QUrl &address, KnowledgeBase *kb, QWidget *parent, EditSession *edits)
{
    if (!kb)
        return nullptr;
    const KbAddress a = KbAddress::parse(address);
    switch (a.type()) {
    case KbAddress::Type::Invalid:
    case KbAddress::Type::Search:
        return nullptr;
    case KbAddress::Type::Entity:
        return kb->contains(a.entityId()) ? new EntityPage(kb, a.entityId(), parent, edits) : nullptr;
    case KbAddress::Type::Graph:
        return kb->contains(a.entityId()) ? new GraphPage(kb, a.entityId(), parent) : nullptr;
    case KbAddress::Type::EntitySource:
        return kb->contains(a.entityId()) ? new SourcePage(kb, a.entityId(), parent) : nullptr;
    case KbAddress::Type::ArticleSource:
        return ArticlePage::findDocument(kb, {}) ? new SourcePage(kb, {}, parent) : nullptr;
    case KbAddress::Type::Article: {
        const std::optional<SourceDocument> doc = ArticlePage::findDocument(kb, a.sourceId());
        if (!doc || (!a.section().isEmpty() && !doc->section(a.section())))
            return nullptr;
        return new ArticlePage(kb, a.sourceId(), a.section(), a.highlight(), parent);
    }
    case KbAddress::Type::List:
        return new ListPage(kb, a.kind(), parent);
    case KbAddress::Type::Timeline:
        return new TimelinePage(kb, parent);
    }
    return nullptr;
}

} // namespace tkb
