// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The linked-entity sidebar: a dock that shows the card of whatever entity the current tab is about.
#include <ui/shell/tabpage.h>

#include <QDockWidget>

namespace tkb {

class EntityCard;
class KnowledgeBase;

class SidebarDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SidebarDock(QWidget *parent = nullptr);

    void setKnowledgeBase(const KnowledgeBase *kb);
    void showEntity(const QString &id);
    QString entityId() const;
    EntityCard *card() const { return m_card; }
    void refresh();

Q_SIGNALS:
    void linkActivated(const QUrl &url, tkb::TabPage::OpenIn where);
    void linkHovered(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EntityCard *m_card = nullptr;
};

} // namespace tkb
