// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/articleimporter.h>
#include <core/model/claimjson.h>
#include <core/model/fuzzydate.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/editsession.h>
#include <ui/editing/sourcedialog.h>
#include <ui/editing/sourcetext.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tkb {

namespace {

// A left-to-right isolate: inside a Persian sentence "1993~" would otherwise be drawn "~1993".
QString ltr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

// A first-strong isolate: a title in its own script keeps its order inside a sentence of another.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

SourceDialog::SourceDialog(EditSession *edits, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_title(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_publisher(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_language(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_markdown(new QCheckBox(tr("&Markdown: lines starting with # begin sections"), this))
    , m_file(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(tr("Add Source"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto row = [&](QLineEdit *edit, const char *name, const QString &label, const QString &accessible,
                         const QString &placeholder = {}) {
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
    };
    row(m_title, "title", tr("&Title:"), tr("Title"), tr("Required"));
    row(m_author, "author", tr("&Author:"), tr("Author"));
    row(m_publisher, "publisher", tr("&Publisher:"), tr("Publisher"));
    // The examples are the format itself, the same in every language: in a right-to-left sentence "2019-early"
    // would be drawn "early-2019", so the field and its examples stay left to right and the words go to the tip.
    row(m_date, "date", tr("&Date:"), tr("Date"), QStringLiteral("EDTF: 2008-03-01, 2008-03, 1993~, 2019-early"));
    m_date->setToolTip(
        tr("The date in EDTF: a day, a month or a year; %1 after it for circa, %2 for uncertain, %3 for a part "
           "of a year")
            .arg(ltr(QStringLiteral("~")), ltr(QStringLiteral("?")), ltr(QStringLiteral("-early, -mid, -late"))));
    m_date->setAccessibleDescription(m_date->toolTip());
    row(m_url, "url", tr("&Web address:"), tr("Web address"), QStringLiteral("https://"));
    row(m_language, "language", tr("&Language:"), tr("Language"), tr("Code, e.g. en, ru, az"));
    m_url->setLayoutDirection(Qt::LeftToRight);
    m_date->setLayoutDirection(Qt::LeftToRight);
    layout->addLayout(form);

    auto *textLabel = new QLabel(tr("Te&xt (paste it, or read a .txt or .md file):"), this);
    textLabel->setBuddy(m_text);
    layout->addWidget(textLabel);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);
    auto *fileRow = new QHBoxLayout;
    auto *readButton = new QPushButton(tr("&Read File…"), this);
    readButton->setObjectName(QStringLiteral("readFile"));
    connect(readButton, &QPushButton::clicked, this, &SourceDialog::chooseFile);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setTextFormat(Qt::PlainText);
    fileRow->addWidget(readButton);
    fileRow->addWidget(m_file, 1);
    layout->addLayout(fileRow);
    m_markdown->setObjectName(QStringLiteral("markdown"));
    layout->addWidget(m_markdown);

    m_error->setObjectName(QStringLiteral("error"));
    layout->addWidget(m_error);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add &Source"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(620, 560);
    m_title->setFocus();
}

SourceDialog *SourceDialog::start(QWidget *parent, EditSession *edits)
{
    auto *dialog = new SourceDialog(edits, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SourceDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Read a Source's Text"), QString(), tr("Text and Markdown (*.txt *.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        readFile(path);
}

bool SourceDialog::readFile(const QString &path)
{
    const SourceText::File f = SourceText::read(path);
    if (!f.error.isEmpty()) {
        showError(f.error);
        return false;
    }
    showError({});
    m_text->setPlainText(f.text);
    m_markdown->setChecked(f.markdown);
    m_file->setText(QDir::toNativeSeparators(path));
    if (m_title->text().trimmed().isEmpty())
        m_title->setText(f.title);
    return true;
}

QString SourceDialog::newId() const
{
    const QString base = QStringLiteral("source/") + ArticleImporter::slug(m_title->text());
    const KnowledgeBase *kb = m_edits ? m_edits->knowledgeBase() : nullptr;
    QString id = base;
    for (int n = 2; kb && kb->contains(id); ++n)
        id = base + QStringLiteral("-%1").arg(n);
    return id;
}

void SourceDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SourceDialog::accept()
{
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        showError(tr("A source needs a title."));
        m_title->setFocus();
        return;
    }
    QJsonObject source { { QStringLiteral("title"), title } };
    const auto put = [&source](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            source.insert(QLatin1String(key), value.trimmed());
    };
    put("author", m_author->text());
    put("publisher", m_publisher->text());
    put("language", m_language->text());
    if (!m_date->text().trimmed().isEmpty()) {
        QString why;
        const FuzzyDate date = FuzzyDate::fromEdtf(m_date->text().trimmed(), {}, &why);
        if (!date.isValid()) {
            // The examples get a line of their own: Qt breaks a left-to-right isolate that wraps into a jumble.
            showError(tr("The date “%1” is not one the base can read. EDTF dates look like these:")
                          .arg(ltr(m_date->text().trimmed()))
                + u'\n' + ltr(QStringLiteral("2008-03-01, 2008-03, 1993~, 2019-early")));
            m_date->setFocus();
            return;
        }
        source.insert(QStringLiteral("date"), date.edtf());
    }
    if (!m_url->text().trimmed().isEmpty()) {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            showError(tr("The web address must begin with http:// or https://."));
            m_url->setFocus();
            return;
        }
        put("url", url.toString());
    }
    // A web page may be cited by its address alone; anything else needs the text a citation quotes.
    if (m_text->toPlainText().trimmed().isEmpty() && !source.contains(QStringLiteral("url"))) {
        showError(tr("Give the source's text (paste it, or read a .txt or .md file) or its web address."));
        m_text->setFocus();
        return;
    }
    QJsonArray sections;
    for (const Section &s : SourceText::sections(m_text->toPlainText(), m_markdown->isChecked())) {
        sections << QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("title"), s.title },
            { QStringLiteral("text"), s.text } };
    }
    if (!sections.isEmpty())
        source.insert(QStringLiteral("sections"), sections);
    const QString id = newId();
    source.insert(QStringLiteral("id"), id);
    QString error;
    const QString text = tr("Add source %1").arg(isolated(title));
    if (!m_edits
        || !m_edits->apply(QJsonArray { QJsonObject { { QStringLiteral("op"), QStringLiteral("add-source") },
                               { QStringLiteral("source"), source } } },
            text, text, &error)) {
        showError(error.isEmpty() ? tr("No knowledge base is open.") : error);
        return;
    }
    QDialog::accept();
    Q_EMIT added(id);
}

} // namespace tkb
