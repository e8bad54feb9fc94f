// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Merging two entities that are one: the other is chosen by any spelling of its name, the form shows what moves
// (spellings, attributes, dates, relations, citations, and the links and relations of others that are re-pointed)
// and which one stays, and OK merges as an edit that can be undone.
#include <ui/common/errorlabel.h>

#include <QDialog>

class QCheckBox;
class QLabel;

namespace tkb {

class EditSession;
class EntityLineEdit;

class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens the form for merging id with another beside parent (window-modal, deleted when closed); nullptr when
    /// the base cannot be changed here or id is not in it.
    static MergeDialog *ask(QWidget *parent, EditSession *session, const QString &id);

    MergeDialog(EditSession *session, const QString &id, QWidget *parent = nullptr);

    EntityLineEdit *otherField() const { return m_other; }
    QCheckBox *keepThisField() const { return m_keepThis; }
    QLabel *previewLabel() const { return m_preview; }
    ErrorLabel *errorLabel() const { return m_error; }

    void accept() override;

Q_SIGNALS:
    /// The merge went in: gone is now part of kept.
    void merged(const QString &gone, const QString &kept);

private:
    void updatePreview();
    /// Which goes and which stays with the choices made; false when the other is not chosen yet.
    bool pair(QString *gone, QString *kept) const;

    EditSession *m_session;
    QString m_id;
    EntityLineEdit *m_other;
    QCheckBox *m_keepThis;
    QLabel *m_preview;
    ErrorLabel *m_error;
};

} // namespace tkb
