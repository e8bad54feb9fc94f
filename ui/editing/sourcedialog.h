// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Adds a source document: its title, author, publisher, date (EDTF), web address and language, and its text
// pasted or read from a local .txt or .md file. It becomes one add-source change; an error the base gives stays in
// the dialog with everything typed.
#include <ui/common/errorlabel.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tkb {

class EditSession;

class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(EditSession *edits, QWidget *parent = nullptr);

    /// Opens a new dialog window-modally without blocking; it deletes itself when closed.
    static SourceDialog *start(QWidget *parent, EditSession *edits);

    /// Reads path into the text (false, with the reason shown, when it cannot be used).
    bool readFile(const QString &path);
    /// The id a source with this title gets: source/slug, numbered when taken.
    QString newId() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *languageEdit() const { return m_language; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *markdownBox() const { return m_markdown; }
    ErrorLabel *errorLabel() const { return m_error; }

    void accept() override;

Q_SIGNALS:
    /// The source was added as id.
    void added(const QString &id);

private:
    void chooseFile();
    void showError(const QString &text);

    EditSession *m_edits;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QLineEdit *m_publisher;
    QLineEdit *m_date;
    QLineEdit *m_url;
    QLineEdit *m_language;
    QPlainTextEdit *m_text;
    QCheckBox *m_markdown;
    QLabel *m_file;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace tkb
