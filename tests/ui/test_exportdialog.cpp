// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog and the export job: what the dialog offers for the current tab, its defaults and remembered
// choices, and exports and prints that run off the GUI thread, report progress and cancel cleanly.
// With TALYSHKB_SCREENSHOT_DIR set, the dialog is also saved there as export-dialog.png.
#include <core/document/pagelabels.h>
#include <core/export/pdfexporter.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/export/exportdialog.h>
#include <ui/export/pdfexportjob.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "../core/export/pdftools.h"

using namespace tkb;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QString m_kb;
    QTemporaryDir m_dir;

    template <typename T> static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb"));
        QCoreApplication::setApplicationName(QStringLiteral("talysh-kb"));
        QSettings().clear();
        StoreError err;
        QVERIFY2(BundledBase::open(KnowledgeBase::OpenMode::ReadOnly, &err), qPrintable(err.message));
        m_kb = BundledBase::defaultPath();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void currentTabComesFirst_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("cliName");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("section") << "kb:article#History"
                                 << "This tab: Article section “History”"
                                 << "article#History"
                                 << "History.pdf";
        QTest::newRow("entity") << "kb:person/alikram-hummatov"
                                << "This tab: Alikram Hummatov"
                                << "person/alikram-hummatov"
                                << "Alikram Hummatov.pdf";
        QTest::newRow("graph") << "kb:graph/place/the-hague"
                               << "This tab: The Hague"
                               << "place/the-hague"
                               << "The Hague.pdf";
        QTest::newRow("list") << "kb:list/person"
                              << "This tab: People"
                              << "list:person"
                              << "People.pdf";
        QTest::newRow("timeline") << "kb:timeline"
                                  << "This tab: Timeline"
                                  << "timeline"
                                  << "Timeline.pdf";
        QTest::newRow("search") << "kb:search?q=Talış"
                                << "This tab: Search results for “Talış”"
                                << "search:Talış"
                                << "Search results for “Talış”.pdf";
        QTest::newRow("nothing exportable") << "kb:about"
                                            << "The whole article “Talysh National Movement”"
                                            << "article"
                                            << "Talysh National Movement.pdf";
    }
    void currentTabComesFirst()
    {
        QFETCH(QString, address);
        QFETCH(QString, label);
        QFETCH(QString, cliName);
        QFETCH(QString, fileName);
        ExportDialog dialog(m_kb, QUrl(address), ExportDialog::Purpose::Export);
        auto *what = child<QComboBox>(&dialog, "section");
        QVERIFY(what);
        QCOMPARE(what->currentIndex(), 0);
        QCOMPARE(what->currentText(), label);
        QCOMPARE(dialog.section().toCliName(), cliName);
        QCOMPARE(dialog.suggestedFileName(), fileName);
        // The other sections are offered too, each once.
        QStringList items;
        for (int i = 0; i < what->count(); ++i)
            items << what->itemText(i);
        for (const QString &s : { QStringLiteral("Timeline"), QStringLiteral("People"), QStringLiteral("All entries"),
                 QStringLiteral("Article section “Movement goals”"), QStringLiteral("Article section “Problems”") }) {
            if (!label.endsWith(s))
                QCOMPARE(items.count(s), 1);
        }
        QCOMPARE(items.filter(QStringLiteral("History")).size(), 1);
    }

    void choosingAnotherSection()
    {
        ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:person/alikram-hummatov")), ExportDialog::Purpose::Export);
        auto *what = child<QComboBox>(&dialog, "section");
        what->setCurrentIndex(what->findText(QStringLiteral("Article section “Problems”")));
        QCOMPARE(dialog.section().toCliName(), QStringLiteral("article#Problems"));
        QCOMPARE(dialog.sectionTitle(), QStringLiteral("Problems"));
        what->setCurrentIndex(what->findText(QStringLiteral("Organizations")));
        QCOMPARE(dialog.section().toCliName(), QStringLiteral("list:organization"));
    }

    void paperFollowsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        {
            ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:timeline")), ExportDialog::Purpose::Export);
            QCOMPARE(dialog.options().pageSize, ExportOptions::PageSize::Letter);
            QCOMPARE(dialog.options().locale, QLocale(QLocale::English, QLocale::UnitedStates));
        }
        QLocale::setDefault(QLocale(QLocale::Azerbaijani, QLocale::Azerbaijan));
        {
            ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:timeline")), ExportDialog::Purpose::Export);
            QCOMPARE(dialog.options().pageSize, ExportOptions::PageSize::A4);
            QVERIFY(!dialog.options().rightToLeft);
        }
        QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
        {
            ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:timeline")), ExportDialog::Purpose::Export);
            QVERIFY(dialog.options().rightToLeft);
            QVERIFY(child<QCheckBox>(&dialog, "rtl")->isChecked());
        }
    }

    void rightToLeftFollowsTheInterface()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:timeline")), ExportDialog::Purpose::Export);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(dialog.options().rightToLeft);
    }

    void choicesMapToOptionsAndAreRemembered()
    {
        {
            ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:timeline")), ExportDialog::Purpose::Export);
            child<QComboBox>(&dialog, "paper")->setCurrentIndex(3);
            child<QComboBox>(&dialog, "orientation")->setCurrentIndex(1);
            child<QDoubleSpinBox>(&dialog, "margins")->setValue(25);
            child<QCheckBox>(&dialog, "citations")->setChecked(false);
            child<QCheckBox>(&dialog, "summaries")->setChecked(false);
            const ExportOptions o = dialog.options();
            QCOMPARE(o.pageSize, ExportOptions::PageSize::A5);
            QCOMPARE(o.orientation, ExportOptions::Orientation::Landscape);
            QCOMPARE(o.marginsMm, QMarginsF(25, 25, 25, 25));
            QVERIFY(!o.includeCitations);
            QVERIFY(!o.includeLinkedSummaries);
            dialog.accept();
        }
        ExportDialog again(m_kb, QUrl(QStringLiteral("kb:timeline")), ExportDialog::Purpose::Print);
        const ExportOptions o = again.options();
        QCOMPARE(o.pageSize, ExportOptions::PageSize::A5);
        QCOMPARE(o.orientation, ExportOptions::Orientation::Landscape);
        QCOMPARE(o.marginsMm.top(), 25.0);
        QVERIFY(!o.includeCitations);
        QVERIFY(!o.includeLinkedSummaries);
        // A cancelled dialog changes nothing.
        child<QComboBox>(&again, "paper")->setCurrentIndex(0);
        again.reject();
        QCOMPARE(
            ExportDialog(m_kb, QUrl(QStringLiteral("kb:timeline")), ExportDialog::Purpose::Print).options().pageSize,
            ExportOptions::PageSize::A5);
    }

    void retranslatesOnLanguageChange()
    {
        ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:article#History")), ExportDialog::Purpose::Print);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Print"));
        dialog.setWindowTitle(QStringLiteral("stale"));
        auto *what = child<QComboBox>(&dialog, "section");
        what->setItemText(0, QStringLiteral("stale"));
        what->setCurrentIndex(2);
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&dialog, &change);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Print"));
        QCOMPARE(what->itemText(0), QStringLiteral("This tab: Article section “History”"));
        QCOMPARE(what->currentIndex(), 2); // the choice survives
    }

    void screenshot()
    {
        ExportDialog dialog(m_kb, QUrl(QStringLiteral("kb:article#History")), ExportDialog::Purpose::Export);
        dialog.resize(dialog.sizeHint());
        const QImage image = dialog.grab().toImage();
        QVERIFY(image.width() > 200 && image.height() > 150);
        const QByteArray dir = qgetenv("TALYSHKB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QString::fromLocal8Bit(dir) + QStringLiteral("/export-dialog.png")));
    }

    void printPreviewShowsThePages()
    {
        // The flow as the window runs it: the dialog (accepted), then the preview (inspected, then closed).
        int pages = -1;
        bool sawDialog = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ExportDialog *>(modal)) {
                sawDialog = true;
                auto *what = dialog->findChild<QComboBox *>(QStringLiteral("section"));
                QCOMPARE(what->currentText(), QStringLiteral("This tab: Timeline"));
                dialog->accept();
            } else if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                auto *widget = preview->findChild<QPrintPreviewWidget *>();
                if (!widget || widget->pageCount() == 0)
                    return;
                pages = widget->pageCount();
                const QByteArray dir = qgetenv("TALYSHKB_SCREENSHOT_DIR");
                if (!dir.isEmpty()) {
                    preview->resize(900, 700);
                    preview->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/print-preview.png"));
                }
                preview->reject();
            }
        });
        poll.start(20);
        ExportDialog::printAddress(nullptr, m_kb, QUrl(QStringLiteral("kb:timeline")), true);
        poll.stop();
        QVERIFY(sawDialog);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    }

    // ---- the PDF in the interface's language ----------------------------------------------------------

    void pdfSpeaksTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("Persian") << QStringLiteral("fa");
        QTest::newRow("Russian") << QStringLiteral("ru");
    }
    void pdfSpeaksTheInterfaceLanguage()
    {
        QFETCH(QString, code);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/talysh-kb_%1.qm").arg(code)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        // The labels the PDF puts around the data: a relation read from both sides, a period, a language name.
        const QString fromWord = PageLabels::tr("from %1").remove(QStringLiteral("%1")).trimmed();
        const QStringList labels { PageLabels::relation(QStringLiteral("heads"), false),
            PageLabels::relation(QStringLiteral("concerns"), true), fromWord,
            PageLabels::language(QStringLiteral("ru")) };
        const QStringList english { QStringLiteral("heads"), QStringLiteral("subject of"), QStringLiteral("from"),
            QStringLiteral("Russian") };
        for (qsizetype i = 0; i < labels.size(); ++i)
            QVERIFY2(labels[i] != english[i], qPrintable(english[i])); // really translated
        StoreError err;
        const auto kb = KnowledgeBase::open(m_kb, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(kb, qPrintable(err.message));
        const QString file = m_dir.filePath(QStringLiteral("in-%1.pdf").arg(code));
        const ExportResult r
            = PdfExporter(*kb, ExportOptions::forLocale(QLocale(code)))
                  .exportToFile(ExportSection::entity(QStringLiteral("person/alikram-hummatov")), file);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QString text = pdftest::text(file);
        for (const QString &l : labels)
            QVERIFY2(text.contains(l.normalized(QString::NormalizationForm_KC).simplified()),
                qPrintable(QStringLiteral("%1 not in: %2").arg(l, text.left(600))));
    }

    // ---- the job ---------------------------------------------------------------------------------------

    void jobExportsWithoutBlockingTheWindow()
    {
        const QString file = m_dir.filePath(QStringLiteral("all.pdf"));
        PdfExportJob job(m_kb, ExportSection::list(std::nullopt), ExportOptions::forLocale(QLocale()), file);
        QSignalSpy finished(&job, &PdfExportJob::finished);
        QSignalSpy progress(&job, &PdfExportJob::progress);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(5);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.result().ok(), qPrintable(job.result().message));
        QVERIFY(ticks > 0); // the event loop ran while the worker exported
        QVERIFY(progress.size() > 10); // and progress arrived here
        QCOMPARE(pdftest::pages(file), job.result().pageCount);
        QVERIFY(pdftest::text(file).contains(QStringLiteral("All entries")));
    }

    void jobCancelLeavesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        PdfExportJob job(m_kb, ExportSection::list(std::nullopt), ExportOptions::forLocale(QLocale()), file);
        QSignalSpy finished(&job, &PdfExportJob::finished);
        // Cancel as soon as the first progress arrives, as the progress dialog's button would.
        connect(&job, &PdfExportJob::progress, &job, &PdfExportJob::cancel);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.result().status, ExportResult::Status::Cancelled);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("cancelled*") }, QDir::Files), QStringList());
    }

    void jobReportsAMissingKnowledgeBase()
    {
        PdfExportJob job(m_dir.filePath(QStringLiteral("nothing.tkb")), ExportSection::timeline(), ExportOptions(),
            m_dir.filePath(QStringLiteral("x.pdf")));
        QSignalSpy finished(&job, &PdfExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.result().ok());
        QVERIFY(!job.result().message.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    void jobPrintsOnAPrinter()
    {
        // A printer that prints to a PDF file stands in for a real one.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(file);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        PdfExportJob job(
            m_kb, ExportSection::article(QStringLiteral("History")), ExportOptions::forLocale(QLocale()), &printer);
        QSignalSpy finished(&job, &PdfExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.result().ok(), qPrintable(job.result().message));
        QCOMPARE(pdftest::pages(file), job.result().pageCount);
        QVERIFY(pdftest::info(file).value(QStringLiteral("Page size")).contains(QStringLiteral("letter")));
        QVERIFY(pdftest::text(file).contains(QStringLiteral("he was pardoned in 2004")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
