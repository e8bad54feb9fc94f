// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab showing one entity: its names, infobox, text, relations both ways, backlinks and footnotes, every
// name a link; an Edit button opens its form when the base can be changed here.
#include <ui/shell/tabpage.h>

class QPushButton;

namespace tkb {

class EditSession;
class KnowledgeBase;
class LinkBrowser;
class SelectionActions;

class EntityPage : public TabPage
{
    Q_OBJECT
public:
    /// edits: where linking a selection goes (nullptr: not offered).
    EntityPage(KnowledgeBase *kb, const QString &id, QWidget *parent = nullptr, EditSession *edits = nullptr);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override { return m_id; }
    void setZoom(int steps) override;
    void reload() override;

    LinkBrowser *browser() const { return m_browser; }
    SelectionActions *selectionActions() const { return m_selection; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *historyButton() const { return m_history; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(bool keepPosition);

    KnowledgeBase *m_kb;
    EditSession *m_edits;
    QString m_id;
    QString m_name;
    LinkBrowser *m_browser;
    SelectionActions *m_selection = nullptr;
    QPushButton *m_edit;
    QPushButton *m_history;
};

} // namespace tkb
