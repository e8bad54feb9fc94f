// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks what a selected passage is for: the entity (completed in any spelling) and, to cite it, which of the
// entity's claims. What the choice does is the caller's; an error it reports stays in the dialog with the choice.
#include <ui/common/errorlabel.h>
#include <ui/editing/claimcitation.h>

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace tkb {

class EntityField;
class KnowledgeBase;

class SelectionTargetDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Cite, Link };
    /// Returns an error to show, or an empty string when done (the dialog then closes).
    using Commit = std::function<QString(const QString &entityId, const ClaimCitation::Target &target)>;

    SelectionTargetDialog(Mode mode, const KnowledgeBase *kb, const QString &passage, QWidget *parent = nullptr);

    void setEntityId(const QString &id);
    void setCommit(Commit commit) { m_commit = std::move(commit); }

    EntityField *entityField() const { return m_entity; }
    QListWidget *claimList() const { return m_claims; } ///< nullptr when linking
    ErrorLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    void fillClaims(const QString &id);
    void showError(const QString &text);

    Mode m_mode;
    const KnowledgeBase *m_kb;
    EntityField *m_entity;
    QListWidget *m_claims = nullptr;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<ClaimCitation::Target> m_targets;
    Commit m_commit;
};

} // namespace tkb
