// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab with the newest changes to the whole base: each changeset's time, author and comment with the entities it
// touched (Enter opens one, Shift+Enter its history), those that did not apply marked with their problem, and
// older ones on request.
#include <ui/shell/tabpage.h>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tkb {

class KnowledgeBase;

class RecentChangesPage : public TabPage
{
    Q_OBJECT
public:
    /// How many changesets are shown at first and added by "Show more".
    static constexpr int pageSize = 50;

    explicit RecentChangesPage(KnowledgeBase *kb, QWidget *parent = nullptr);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override;
    void setZoom(int steps) override;
    void reload() override;

    /// Shows pageSize more changesets.
    void showMore();
    int limit() const { return m_limit; }

    QTreeWidget *changeList() const { return m_list; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *historyButton() const { return m_history; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void open(QTreeWidgetItem *item, bool history, OpenIn where);
    void updateButtons();

    KnowledgeBase *m_kb;
    QLabel *m_status;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_history;
    QPushButton *m_more;
    QFont m_baseFont;
    QString m_current;
    int m_limit = pageSize;
};

} // namespace tkb
