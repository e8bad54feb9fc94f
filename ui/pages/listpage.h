// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab listing the entities of one kind (People, Organizations, ...) in a table that loads page by page,
// with a filter on names and aliases; activating a row opens the entity.
#include <core/model/entitykind.h>
#include <ui/shell/tabpage.h>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tkb {

class EntityListModel;
class KnowledgeBase;

class ListPage : public TabPage
{
    Q_OBJECT
public:
    /// How long typing must pause before the filter runs.
    static constexpr int filterDelayMs = 250;

    ListPage(KnowledgeBase *kb, EntityKind kind, QWidget *parent = nullptr);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override;
    void setZoom(int steps) override;
    void reload() override;

    EntityListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void updateStatus();
    void activate(const QModelIndex &index, OpenIn where);

    KnowledgeBase *m_kb;
    EntityKind m_kind;
    EntityListModel *m_model;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTableView *m_view;
    QTimer *m_debounce;
    QFont m_baseFont;
    QString m_current;
};

} // namespace tkb
