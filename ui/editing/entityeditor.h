// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The form for one entity, new or existing: its name and kind, spellings, summary and body with [[ links,
// attributes, relations and dates with their qualifiers and citations. OK sends what changed as one edit; when the
// base refuses it, the form stays open with everything typed and says why; Cancel asks before it throws an edit away.
#include <core/model/citation.h>
#include <core/store/entitydocument.h>
#include <ui/common/errorlabel.h>

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace tkb {

class ClaimTable;
class EditSession;
class LinkTextEdit;

class EntityEditor : public QDialog
{
    Q_OBJECT

public:
    /// Opens the form for id beside parent (window-modal, deleted when closed). nullptr when the base cannot be
    /// changed here or id is not in it.
    static EntityEditor *edit(QWidget *parent, EditSession *session, const QString &id);
    /// Opens the form for a new entity named name (may be empty), resting on cite when it is valid (a passage
    /// chosen in a source). The kind is asked in the form; the id is made from the kind and the name.
    static EntityEditor *create(
        QWidget *parent, EditSession *session, const QString &name = {}, const Citation &cite = {});

    /// before: the entity's document (an empty id for a new one).
    EntityEditor(EditSession *session, const EntityDocument &before, QWidget *parent = nullptr);

    bool isNew() const { return m_before.entity.id.isEmpty(); }
    /// The id the entity has (or will have) with the kind and name now in the form.
    QString targetId() const;
    /// The change document OK would send; false with error when the form holds something that cannot be saved.
    bool changes(QJsonArray *out, QString *error) const;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QTabWidget *tabs() const { return m_tabs; }
    ClaimTable *aliases() const { return m_aliases; }
    ClaimTable *attributes() const { return m_attributes; }
    ClaimTable *relations() const { return m_relations; }
    ClaimTable *dates() const { return m_dates; }
    LinkTextEdit *summaryField() const { return m_summary; }
    LinkTextEdit *bodyField() const { return m_body; }
    ErrorLabel *errorLabel() const { return m_error; }

    /// Whether the form holds anything OK would save (or that cannot be saved as it stands).
    bool isModified() const;

    void accept() override;
    /// Asks first when the form holds changes; closes only when the user lets them go.
    void reject() override;

Q_SIGNALS:
    /// The edit went in; id is the entity as it is now called.
    void saved(const QString &id);

private:
    bool document(const QString &id, EntityDocument *out, QString *error) const;
    void updateId();
    void showError(const QString &message);
    /// Someone else changed the entity since the form opened: shows both versions and asks. True when the save is
    /// to go on (the edit on top of theirs); false when it stops here (the form stays, or closed when discarded).
    bool resolveConflict(const QJsonArray &changes, qint64 newest);

    EditSession *m_session;
    EntityDocument m_before;
    /// The entity's newest revision when the form opened: a save meeting another finds someone else's change.
    qint64 m_baseRevision = 0;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_id;
    QTabWidget *m_tabs;
    ClaimTable *m_aliases;
    LinkTextEdit *m_summary;
    LinkTextEdit *m_body;
    ClaimTable *m_attributes;
    ClaimTable *m_relations;
    ClaimTable *m_dates;
    QLabel *m_citations;
    ErrorLabel *m_error;
};

} // namespace tkb
