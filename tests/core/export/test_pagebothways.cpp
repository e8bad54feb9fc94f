// SPDX-License-Identifier: GPL-3.0-or-later
// One page, two back ends: the screen's HTML and the PDF of the same entity, the same article section and the
// same search results say the same words in the same order. Left out on purpose, and only these: the PDF's page
// furniture (running header, "Page N of M"), its print-only blocks (where and when it was exported) and the screen-only
// ways to other views of the window; the model marks both kinds, so the test reads them from it. Search results carry
// no references on the screen, so their PDF is printed without them.
#include <core/document/htmlpagewriter.h>
#include <core/document/pagebuilder.h>
#include <core/export/exportoptions.h>
#include <core/export/exportsection.h>
#include <core/export/pdfexporter.h>
#include <core/render/htmlrenderer.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "../claimsexample.h"
#include "pdftools.h"

using namespace tkb;

namespace {

ExportOptions options()
{
    ExportOptions o;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.exportedAt = QDateTime(QDate(2025, 3, 14), QTime(12, 0));
    o.includeLinkedSummaries = false; // the appendix is the PDF's own addition, an option the screen lacks
    return o;
}

/// The words of text: whitespace normalised, a footnote marker a word of its own, and hyphens dropped, since
/// the PDF breaks lines after a hyphen ("twelve-" "year-old"), which joined again reads "twelveyear-old".
/// pdftotext spells a snippet's ellipsis as three dots.
QStringList words(QString text)
{
    text.replace(QChar(0x2026), QStringLiteral("..."));
    static const QRegularExpression marker(QStringLiteral("(\\[\\d+\\])"));
    static const QRegularExpression lineEndHyphen(QStringLiteral("(\\w)-\\s+(?=\\w)"));
    text.replace(marker, QStringLiteral(" \\1 "));
    text.replace(lineEndHyphen, QStringLiteral("\\1"));
    text.remove(u'-');
    return text.simplified().split(u' ', Qt::SkipEmptyParts);
}

/// text without the first occurrence of each of parts.
QString without(QString text, const QStringList &parts)
{
    for (const QString &p : parts) {
        const qsizetype at = text.indexOf(p);
        if (at >= 0)
            text.remove(at, p.size());
    }
    return text;
}

QString runsText(const PageRuns &runs, int style)
{
    QString out;
    for (const PageRun &r : runs) {
        if (style == 0 || (r.style & style))
            out += r.text;
    }
    return out;
}

} // namespace

class TestPageBothWays : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

    void compare(
        const ExportSection &section, const PageDocument &page, const QString &html, const ExportOptions &o = options())
    {
        QTextDocument doc;
        doc.setHtml(html);
        // The screen's ways to other views, and the blocks only paper has.
        QStringList screenOnly;
        QStringList printOnly;
        QString columnTitles;
        for (const PageBlock &b : page.blocks) {
            if (b.medium == PageBlock::Medium::Print)
                printOnly << runsText(b.runs, 0).simplified();
            else
                screenOnly << runsText(b.runs, PageRun::ScreenOnly).simplified();
            // The screen draws search hits as paragraphs, without the column titles paper repeats on each page.
            if (b.role == PageBlock::Role::Hits) {
                QStringList titles;
                for (const PageRun &title : b.header)
                    titles << title.text.simplified();
                columnTitles = titles.join(u' ');
            }
            for (const QList<PageRuns> &row : b.rows) {
                for (const PageRuns &cell : row) {
                    for (const PageRun &r : cell) {
                        if (r.style & PageRun::ScreenOnly)
                            screenOnly << r.text.simplified();
                    }
                }
            }
        }
        screenOnly.removeAll(QString());
        QVERIFY(!printOnly.isEmpty());
        const QString screen = without(doc.toPlainText().simplified(), screenOnly);

        const QString file = m_dir.filePath(QStringLiteral("page.pdf"));
        const ExportResult r = PdfExporter(*m_kb, o).exportToFile(section, file);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QString paper;
        for (int p = 1; p <= r.pageCount; ++p) {
            // Raw order draws each page's header and footer before its text.
            const QString chrome = (p > 1 ? page.title + QStringLiteral(" Talysh KB ") : QString())
                + QStringLiteral("Page %1 of %2").arg(p).arg(r.pageCount);
            const QString text = pdftest::text(file, p, p, true);
            QVERIFY2(text.startsWith(chrome), qPrintable(text.left(120)));
            paper += u' ' + text.mid(chrome.size());
        }
        paper = without(paper.simplified(), printOnly);
        if (!columnTitles.isEmpty())
            paper.remove(columnTitles);

        const QStringList a = words(screen);
        const QStringList b = words(paper);
        QVERIFY(a.size() > 50);
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            QVERIFY2(a[i] == b[i],
                qPrintable(QStringLiteral("word %1: screen “%2”, PDF “%3”\nscreen: %4\nPDF:    %5")
                        .arg(i)
                        .arg(a[i], b[i], a.mid(std::max<qsizetype>(0, i - 8), 16).join(u' '),
                            b.mid(std::max<qsizetype>(0, i - 8), 16).join(u' '))));
        }
        QVERIFY2(a.size() == b.size(),
            qPrintable(QStringLiteral("screen ends: %1\nPDF ends: %2")
                    .arg(a.mid(std::min(a.size(), b.size())).join(u' '),
                        b.mid(std::min(a.size(), b.size())).join(u' '))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!pdftest::tool(QStringLiteral("pdftotext")).isEmpty());
        QVERIFY(m_dir.isValid());
        // The bundled base, with an entity whose claims are qualified every way a page must show.
        StoreError err;
        const QString path = m_dir.filePath(QStringLiteral("base.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
        QVERIFY2(m_kb->importPack(tkbtest::claimsExample(), &err), qPrintable(err.message));
    }

    void entitySaysTheSameOnScreenAndPaper_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("person") << QStringLiteral("person/alikram-hummatov");
        QTest::newRow("organization") << QStringLiteral("organization/talysh-national-movement");
        // Former, reported, opinion and ambiguous claims, two competing dates, two citations on one claim.
        QTest::newRow("qualified claims") << tkbtest::claimsExampleId;
    }
    void entitySaysTheSameOnScreenAndPaper()
    {
        QFETCH(QString, id);
        const QLocale locale = options().locale;
        PageBuilder builder(m_kb.get(), locale);
        builder.setExportedAt(options().exportedAt);
        const PageDocument page = builder.entity(id);
        QVERIFY(page.notFound.isEmpty());
        compare(ExportSection::entity(id), page, HtmlRenderer(m_kb.get(), locale).entityPage(id));
        if (id == tkbtest::claimsExampleId) {
            // The qualifiers are in the words both back ends say.
            const QString pdf = pdftest::text(m_dir.filePath(QStringLiteral("page.pdf")), 0, 0, true).simplified();
            for (const QString &words :
                { QStringLiteral("(Russian, Cyrillic · former)"), QStringLiteral("Baku (former)"),
                    QStringLiteral("chairman (former)"), QStringLiteral("(opinion of Alikram Hummatov)"),
                    QStringLiteral("ambiguous reading"), QStringLiteral("began after 2004, ended 2010"),
                    QStringLiteral("26 June 2007"), QStringLiteral("2008 (reported · according to") })
                QVERIFY2(pdf.contains(words), qPrintable(words + QStringLiteral(" not in: ") + pdf));
        }
    }

    void articleSectionSaysTheSameOnScreenAndPaper_data()
    {
        QTest::addColumn<QString>("section");
        QTest::newRow("history") << QStringLiteral("History");
        QTest::newRow("goals") << QStringLiteral("Movement goals");
    }
    void articleSectionSaysTheSameOnScreenAndPaper()
    {
        QFETCH(QString, section);
        const QLocale locale = options().locale;
        const auto doc = m_kb->source(m_kb->sources().first().id);
        QVERIFY(doc);
        PageBuilder builder(m_kb.get(), locale);
        builder.setExportedAt(options().exportedAt);
        const PageDocument page = builder.article(*doc, section);
        QVERIFY(page.notFound.isEmpty());
        compare(ExportSection::article(section), page, HtmlRenderer(m_kb.get(), locale).articlePage(*doc, section));
    }

    void searchResultsSayTheSameOnScreenAndPaper_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kindId");
        // Results that fit on one page: a table row split by a page break is drawn on both pages, clipped.
        QTest::newRow("every kind") << QStringLiteral("Abbaszadeh") << QString();
        QTest::newRow("sections") << QStringLiteral("autonomous republic") << QStringLiteral("source");
    }
    void searchResultsSayTheSameOnScreenAndPaper()
    {
        QFETCH(QString, query);
        QFETCH(QString, kindId);
        const std::optional<EntityKind> kind = kindId.isEmpty() ? std::nullopt : entityKindFromId(kindId);
        ExportOptions o = options();
        o.includeCitations = false;
        PageBuilder builder(m_kb.get(), o.locale);
        builder.setExportedAt(o.exportedAt);
        // The document the results page draws, for the hits the PDF finds.
        const PageDocument page = builder.search(query, kind);
        const auto hits = std::find_if(page.blocks.cbegin(), page.blocks.cend(),
            [](const PageBlock &b) { return b.role == PageBlock::Role::Hits; });
        QVERIFY(hits != page.blocks.cend());
        QVERIFY(hits->rows.size() > 2);
        const QString html = HtmlPageWriter::page(page, o.locale);
        QVERIFY(html.contains(QStringLiteral("class=\"hit\"")));
        compare(ExportSection::search(query, kind), page, html, o);
    }
};

QTEST_MAIN(TestPageBothWays)
#include "test_pagebothways.moc"
