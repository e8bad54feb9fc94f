// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asks what to export or print — the current tab or another section — and how: paper, orientation, margins,
// endnotes, the appendix of named entries, direction. Its static functions run the whole flow for the window:
// dialog, file chooser or print dialog, then the work off the GUI thread with a cancellable progress dialog.
#include <core/export/exportoptions.h>
#include <core/export/exportsection.h>

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;

namespace tkb {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Export, Print };

    /// kbPath: the window's knowledge base (empty: the bundled one); address: the current tab's address.
    ExportDialog(const QString &kbPath, const QUrl &address, Purpose purpose, QWidget *parent = nullptr);

    /// File > Export to PDF: this dialog, a file chooser, then the export with a progress dialog that can cancel.
    static void exportAddress(QWidget *parent, const QString &kbPath, const QUrl &address);
    /// File > Print / Print Preview: this dialog, then QPrintDialog or QPrintPreviewDialog.
    static void printAddress(QWidget *parent, const QString &kbPath, const QUrl &address, bool preview);

    /// The chosen section and a short title for it ("History", "People", the entity's name).
    ExportSection section() const;
    QString sectionTitle() const;
    ExportOptions options() const;
    /// A file name for the chosen section ("History.pdf"), without a folder.
    QString suggestedFileName() const;

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    struct Choice
    {
        ExportSection section;
        QString title; ///< in the knowledge base's words (names, section titles); kinds are translated
        bool current = false;
    };

    void buildChoices(const QUrl &address);
    void fillChoices();
    void retranslate();
    void loadSettings();
    void saveSettings() const;
    QString describe(const ExportSection &s) const;

    QString m_kbPath;
    Purpose m_purpose;
    QList<Choice> m_choices;
    QStringList m_articleSections; // titles ("" for the lead) in article order
    QString m_articleTitle;

    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_what = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margins = nullptr;
    QCheckBox *m_citations = nullptr;
    QCheckBox *m_summaries = nullptr;
    QCheckBox *m_rtl = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tkb
