// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab showing the article whole or one of its sections, every name a link, with a cited sentence
// highlighted and scrolled into view when the address asks for one.
#include <core/model/sourcedocument.h>
#include <ui/shell/tabpage.h>

namespace tkb {

class EditSession;
class KnowledgeBase;
class LinkBrowser;
class SelectionActions;

class ArticlePage : public TabPage
{
    Q_OBJECT
public:
    /// sourceId empty: the knowledge base's article (its first source document). section: a title, or the
    /// lead's id "lead"; empty for the whole article. highlight: a sentence of it to mark. edits: where citing
    /// and linking a selection go (nullptr: not offered).
    ArticlePage(KnowledgeBase *kb, const QString &sourceId, const QString &section, const QString &highlight,
        QWidget *parent = nullptr, EditSession *edits = nullptr);

    /// The document such a page would show, or nullopt if the base has none.
    static std::optional<SourceDocument> findDocument(const KnowledgeBase *kb, const QString &sourceId);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override;
    void setZoom(int steps) override;
    void reload() override;

    LinkBrowser *browser() const { return m_browser; }
    SelectionActions *selectionActions() const { return m_selection; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(bool keepPosition);

    KnowledgeBase *m_kb;
    QString m_sourceId;
    QString m_section;
    QString m_highlight;
    SourceDocument m_doc;
    LinkBrowser *m_browser;
    SelectionActions *m_selection = nullptr;
};

} // namespace tkb
