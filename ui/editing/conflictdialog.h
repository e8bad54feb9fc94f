// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// When an edit meets someone else's change to the same entity, shows both versions side by side (the entity as the
// base holds it now, with who changed it, when and why, and as it would be with the user's edit on top) and lets
// the user choose: save the edit on top, throw it away, or go back to the form. Nothing is overwritten unseen.
#include <core/store/entitydocument.h>
#include <core/store/revision.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace tkb {

class DiffModel;
class KnowledgeBase;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { SaveMine, DiscardMine, KeepEditing };

    /// now: the entity as the base holds it (nullopt: deleted meanwhile); since: the others' revisions since the
    /// edit began; mine: the entity with the edit on top of now, or nullopt with why it cannot go on top.
    ConflictDialog(const KnowledgeBase *kb, const std::optional<EntityDocument> &now, const QList<Revision> &since,
        const std::optional<EntityDocument> &mine, const QString &why, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    DiffModel *diff() const { return m_diff; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Choice m_choice = Choice::KeepEditing;
    DiffModel *m_diff;
    QTableView *m_view;
};

} // namespace tkb
