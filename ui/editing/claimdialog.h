// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One claim in a form: an alias (spelling, language, script), an attribute (key, value, period), a relation
// (predicate, the other entity, period) or a date, with its qualifiers and the citations it rests on.
#include <ui/common/errorlabel.h>

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tkb {

class CitationTable;
class DateEdit;
class EntityLineEdit;
class KnowledgeBase;
class QualifierEditor;

class ClaimDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Alias, Attribute, Relation, Date };

    /// claim is the claim's JSON as ClaimJson writes it (empty for a new one); subject names a relation's subject.
    ClaimDialog(
        Kind kind, const QJsonObject &claim, KnowledgeBase *kb, const QString &subject, QWidget *parent = nullptr);

    /// The claim as edited (valid once accepted).
    QJsonObject claim() const { return m_claim; }
    QLineEdit *mainField() const { return m_main; }
    QLineEdit *valueField() const { return m_value; }
    QComboBox *languageField() const { return m_language; }
    QComboBox *scriptField() const { return m_script; }
    EntityLineEdit *objectField() const { return m_object; }
    DateEdit *dateField() const { return m_date; }
    CitationTable *citationTable() const { return m_citations; }
    ErrorLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    /// Reads the fields into JSON; false with error when something cannot be a claim.
    bool read(QJsonObject *out, QString *error) const;

    Kind m_kind;
    QString m_subject;
    QJsonObject m_claim;
    QLineEdit *m_main = nullptr; ///< alias text, attribute key, relation predicate
    QLineEdit *m_value = nullptr; ///< attribute value
    QComboBox *m_language = nullptr;
    QComboBox *m_script = nullptr;
    EntityLineEdit *m_object = nullptr;
    DateEdit *m_date = nullptr; ///< a date claim's date
    DateEdit *m_from = nullptr;
    DateEdit *m_to = nullptr;
    QualifierEditor *m_qualifiers;
    CitationTable *m_citations;
    ErrorLabel *m_error;
};

} // namespace tkb
