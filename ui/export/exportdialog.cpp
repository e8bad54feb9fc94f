// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/export/exportcomposer.h>
#include <core/export/exportpagelayout.h>
#include <core/export/pdfexporter.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/export/exportdialog.h>
#include <ui/export/pdfexportjob.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tkb {

namespace {

const QString kGroup = QStringLiteral("pdfExport");
constexpr ExportOptions::PageSize kPapers[] = { ExportOptions::PageSize::A4, ExportOptions::PageSize::Letter,
    ExportOptions::PageSize::Legal, ExportOptions::PageSize::A5 };

/// Shows a job's progress in a window-modal progress dialog whose Cancel stops the job, and the outcome after.
void watch(QWidget *parent, PdfExportJob *job, const QString &title, const QString &label,
    const std::function<void(const ExportResult &)> &done)
{
    auto *progress = new QProgressDialog(parent);
    progress->setWindowTitle(title);
    progress->setLabelText(label);
    progress->setCancelButtonText(ExportDialog::tr("Cancel"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setRange(0, 0);
    QObject::connect(job, &PdfExportJob::progress, progress, [progress](int value, int total) {
        progress->setMaximum(std::max(total, 1));
        progress->setValue(std::min(value, total));
    });
    QObject::connect(progress, &QProgressDialog::canceled, job, &PdfExportJob::cancel);
    QObject::connect(job, &PdfExportJob::finished, job, [progress, job, done](const ExportResult &r) {
        progress->close();
        progress->deleteLater();
        job->deleteLater();
        done(r);
    });
    job->start();
}

void showFailure(QWidget *parent, const QString &title, const ExportResult &r)
{
    if (r.ok() || r.status == ExportResult::Status::Cancelled)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, title, r.message, QMessageBox::Close, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

ExportDialog::ExportDialog(const QString &kbPath, const QUrl &address, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_kbPath(kbPath.isEmpty() ? BundledBase::defaultPath() : kbPath)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("ExportDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("section"));
    m_what->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_what->setMinimumContentsLength(28);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    for (int i = 0; i < int(std::size(kPapers)); ++i)
        m_paper->addItem(QString(), ExportOptions::pageSizeId(kPapers[i]));
    m_orientation = new QComboBox(this);
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(QString());
    m_orientation->addItem(QString());
    m_margins = new QDoubleSpinBox(this);
    m_margins->setObjectName(QStringLiteral("margins"));
    m_margins->setRange(5, 50);
    m_margins->setDecimals(0);
    m_citations = new QCheckBox(this);
    m_citations->setObjectName(QStringLiteral("citations"));
    m_summaries = new QCheckBox(this);
    m_summaries->setObjectName(QStringLiteral("summaries"));
    m_rtl = new QCheckBox(this);
    m_rtl->setObjectName(QStringLiteral("rtl"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form = new QFormLayout;
    for (QWidget *field : { static_cast<QWidget *>(m_what), static_cast<QWidget *>(m_paper),
             static_cast<QWidget *>(m_orientation), static_cast<QWidget *>(m_margins) }) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_citations);
    layout->addWidget(m_summaries);
    layout->addWidget(m_rtl);
    layout->addStretch();
    layout->addWidget(m_buttons);

    buildChoices(address);
    loadSettings();
    retranslate();
}

void ExportDialog::buildChoices(const QUrl &address)
{
    StoreError error;
    // A second reader of the window's file: the window's own check covers it (BaseOpener).
    const auto kb = KnowledgeBase::open(
        m_kbPath, KnowledgeBase::OpenMode::ReadOnly, &error, KnowledgeBase::Verification::Deferred);
    if (kb) {
        if (const auto article = ArticleSource::find(kb.get())) {
            m_articleTitle = article->title;
            for (const Section &s : article->sections)
                m_articleSections << s.title;
        }
    }
    const auto current = ExportSection::fromAddress(address);
    if (current) {
        Choice c { *current, {}, true };
        if (current->kind == ExportSection::Kind::Entity)
            c.title = kb ? kb->name(current->entityId) : QString();
        if (current->kind == ExportSection::Kind::Entity && c.title.isEmpty())
            c.title = current->entityId;
        m_choices << c;
    }
    QList<ExportSection> others { ExportSection::article() };
    for (const QString &t : std::as_const(m_articleSections))
        others << ExportSection::article(t.isEmpty() ? QStringLiteral("lead") : t);
    others << ExportSection::timeline();
    for (EntityKind k : allEntityKinds())
        others << ExportSection::list(k);
    others << ExportSection::list(std::nullopt);
    for (const ExportSection &s : std::as_const(others)) {
        const bool same = current
            && (s == *current
                || (s.kind == ExportSection::Kind::Article && current->kind == ExportSection::Kind::Article
                    && s.articleSection.compare(current->articleSection, Qt::CaseInsensitive) == 0));
        if (!same)
            m_choices << Choice { s, {}, false };
    }
}

QString ExportDialog::describe(const ExportSection &s) const
{
    switch (s.kind) {
    case ExportSection::Kind::Entity:
        return s.entityId;
    case ExportSection::Kind::Article: {
        if (s.articleSection.isEmpty())
            return m_articleTitle.isEmpty() ? tr("The whole article")
                                            : tr("The whole article “%1”").arg(m_articleTitle);
        const QString title = s.articleSection == u"lead" ? tr("Introduction") : s.articleSection;
        return tr("Article section “%1”").arg(title);
    }
    case ExportSection::Kind::Timeline:
        return tr("Timeline");
    case ExportSection::Kind::List:
        return s.entityKind ? entityKindPluralName(*s.entityKind) : tr("All entries");
    case ExportSection::Kind::Search:
        return tr("Search results for “%1”").arg(s.query);
    }
    return {};
}

void ExportDialog::fillChoices()
{
    const int index = std::max(0, m_what->currentIndex());
    m_what->clear();
    for (const Choice &c : std::as_const(m_choices)) {
        const QString label = c.title.isEmpty() ? describe(c.section) : c.title;
        m_what->addItem(c.current ? tr("This tab: %1").arg(label) : label);
    }
    m_what->setCurrentIndex(std::min(index, m_what->count() - 1));
}

void ExportDialog::retranslate()
{
    const bool print = m_purpose == Purpose::Print;
    setWindowTitle(print ? tr("Print") : tr("Export to PDF"));
    m_intro->setText(print
            ? tr("Choose what to print. Paper and margins can still be changed in the print dialog.")
            : tr("Choose what to export. The PDF has a title, the export date and source, page numbers, and "
                 "links between the names it contains."));
    qobject_cast<QLabel *>(m_form->labelForField(m_what))->setText(tr("&Section:"));
    qobject_cast<QLabel *>(m_form->labelForField(m_paper))->setText(tr("&Paper:"));
    qobject_cast<QLabel *>(m_form->labelForField(m_orientation))->setText(tr("&Orientation:"));
    qobject_cast<QLabel *>(m_form->labelForField(m_margins))->setText(tr("&Margins:"));
    m_paper->setItemText(0, tr("A4"));
    m_paper->setItemText(1, tr("Letter"));
    m_paper->setItemText(2, tr("Legal"));
    m_paper->setItemText(3, tr("A5"));
    m_orientation->setItemText(0, tr("Portrait"));
    m_orientation->setItemText(1, tr("Landscape"));
    m_margins->setSuffix(tr(" mm"));
    m_citations->setText(tr("Include the cited sentences as numbered &endnotes"));
    m_summaries->setText(tr("Include a summary of each &named entry, linked from the text"));
    m_rtl->setText(tr("&Right-to-left layout"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(print ? tr("&Print…") : tr("&Export…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    fillChoices();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The button box renames its standard buttons in Qt's words on this same event, possibly after us (in
        // English where Qt has no translation, as for Azerbaijani): name ours again once it is done.
        QMetaObject::invokeMethod(this, &ExportDialog::retranslate, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

void ExportDialog::loadSettings()
{
    const ExportOptions defaults = ExportOptions::forLocale(QLocale());
    QSettings s;
    s.beginGroup(kGroup);
    const auto paper = ExportOptions::pageSizeFromId(s.value(QStringLiteral("paper")).toString());
    m_paper->setCurrentIndex(
        std::max(0, m_paper->findData(ExportOptions::pageSizeId(paper.value_or(defaults.pageSize)))));
    m_orientation->setCurrentIndex(s.value(QStringLiteral("landscape"), false).toBool() ? 1 : 0);
    m_margins->setValue(s.value(QStringLiteral("marginsMm"), defaults.marginsMm.left()).toDouble());
    m_citations->setChecked(s.value(QStringLiteral("citations"), true).toBool());
    m_summaries->setChecked(s.value(QStringLiteral("summaries"), true).toBool());
    // Direction follows the interface language, not a stored choice: a Persian interface prints right to left.
    m_rtl->setChecked(defaults.rightToLeft || QGuiApplication::layoutDirection() == Qt::RightToLeft);
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(QStringLiteral("paper"), m_paper->currentData().toString());
    s.setValue(QStringLiteral("landscape"), m_orientation->currentIndex() == 1);
    s.setValue(QStringLiteral("marginsMm"), m_margins->value());
    s.setValue(QStringLiteral("citations"), m_citations->isChecked());
    s.setValue(QStringLiteral("summaries"), m_summaries->isChecked());
}

void ExportDialog::done(int result)
{
    if (result == QDialog::Accepted)
        saveSettings();
    QDialog::done(result);
}

ExportSection ExportDialog::section() const
{
    const int i = m_what->currentIndex();
    return i >= 0 && i < m_choices.size() ? m_choices[i].section : ExportSection::article();
}

QString ExportDialog::sectionTitle() const
{
    const int i = m_what->currentIndex();
    if (i < 0 || i >= m_choices.size())
        return describe(ExportSection::article());
    const Choice &c = m_choices[i];
    if (!c.title.isEmpty())
        return c.title;
    if (c.section.kind == ExportSection::Kind::Article && !c.section.articleSection.isEmpty())
        return c.section.articleSection == u"lead" ? tr("Introduction") : c.section.articleSection;
    if (c.section.kind == ExportSection::Kind::Article)
        return m_articleTitle.isEmpty() ? tr("Article") : m_articleTitle;
    return describe(c.section);
}

QString ExportDialog::suggestedFileName() const
{
    QString name = sectionTitle();
    for (QChar &c : name) {
        if (QStringView(u"/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = u'-';
    }
    name = name.simplified();
    return (name.isEmpty() ? QStringLiteral("export") : name) + QStringLiteral(".pdf");
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o = ExportOptions::forLocale(QLocale());
    o.pageSize = ExportOptions::pageSizeFromId(m_paper->currentData().toString()).value_or(o.pageSize);
    o.orientation = m_orientation->currentIndex() == 1 ? ExportOptions::Orientation::Landscape
                                                       : ExportOptions::Orientation::Portrait;
    const qreal m = m_margins->value();
    o.marginsMm = QMarginsF(m, m, m, m);
    o.includeCitations = m_citations->isChecked();
    o.includeLinkedSummaries = m_summaries->isChecked();
    o.rightToLeft = m_rtl->isChecked();
    return o;
}

void ExportDialog::exportAddress(QWidget *parent, const QString &kbPath, const QUrl &address)
{
    ExportDialog dialog(kbPath, address, Purpose::Export, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    const QString folder = settings
                               .value(kGroup + QStringLiteral("/folder"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    QString file = QFileDialog::getSaveFileName(
        parent, tr("Export to PDF"), QDir(folder).filePath(dialog.suggestedFileName()), tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        file += QStringLiteral(".pdf");
    settings.setValue(kGroup + QStringLiteral("/folder"), QFileInfo(file).absolutePath());

    const QString title = dialog.sectionTitle();
    auto *job = new PdfExportJob(dialog.m_kbPath, dialog.section(), dialog.options(), file, parent);
    watch(parent, job, tr("Export to PDF"), tr("Exporting “%1”…").arg(title), [parent, file](const ExportResult &r) {
        if (!r.ok()) {
            showFailure(parent, tr("Export to PDF"), r);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Information, tr("Export to PDF"),
            tr("Saved %1 (%2).")
                .arg(QDir::toNativeSeparators(file),
                    r.pageCount == 1 ? tr("1 page") : tr("%1 pages").arg(QLocale().toString(r.pageCount))),
            QMessageBox::Close, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *open = box->addButton(tr("&Open"), QMessageBox::ActionRole);
        QObject::connect(
            open, &QPushButton::clicked, box, [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); });
        box->open();
    });
}

void ExportDialog::printAddress(QWidget *parent, const QString &kbPath, const QUrl &address, bool preview)
{
    ExportDialog dialog(kbPath, address, Purpose::Print, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    const ExportSection section = dialog.section();
    const QString path = dialog.m_kbPath;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(ExportPageLayout::of(options));
    printer->setDocName(dialog.sectionTitle());

    if (preview) {
        QPrintPreviewDialog view(printer.get(), parent);
        QObject::connect(&view, &QPrintPreviewDialog::paintRequested, &view, [&](QPrinter *target) {
            // The preview asks on the GUI thread and needs its pages before it returns.
            StoreError error;
            // A second reader of the window's file: the window's own check covers it (BaseOpener).
            const auto kb = KnowledgeBase::open(
                path, KnowledgeBase::OpenMode::ReadOnly, &error, KnowledgeBase::Verification::Deferred);
            if (!kb)
                return;
            ExportDocument document;
            if (ExportComposer(*kb, options).compose(section, &document).ok())
                PdfExporter::paint(document, options, target);
        });
        view.exec();
        return;
    }
    QPrintDialog printDialog(printer.get(), parent);
    if (printDialog.exec() != QDialog::Accepted)
        return;
    auto *job = new PdfExportJob(path, section, options, printer.get(), parent);
    // The printer lives until the job is done with it.
    watch(parent, job, tr("Print"), tr("Printing “%1”…").arg(dialog.sectionTitle()),
        [parent, printer](const ExportResult &r) { showFailure(parent, tr("Print"), r); });
}

} // namespace tkb
