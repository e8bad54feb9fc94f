// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-cli export-pdf: every kind of section, the PDF read back with poppler-utils, and the errors.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../core/export/pdftools.h"

class TestCliExportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_kb;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    pdftest::Run cli(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return pdftest::run(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb-cli"), args, env);
    }

    pdftest::Run exportPdf(const QStringList &args) const
    {
        return cli(QStringList { QStringLiteral("--kb"), m_kb, QStringLiteral("export-pdf") } + args);
    }

    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const char *t : { "pdfinfo", "pdftotext", "pdffonts" })
            QVERIFY2(!pdftest::tool(QString::fromLatin1(t)).isEmpty(), t);
        QVERIFY(QFile::exists(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb-cli")));
        m_kb = path(QStringLiteral("kb.tkb"));
        const pdftest::Run r = cli({ QStringLiteral("import"),
            QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"), QStringLiteral("--kb"),
            m_kb });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QDir().mkpath(path(QStringLiteral("out")));
    }

    void helpNamesEverySectionKind()
    {
        const pdftest::Run r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char *s : { "export-pdf SECTION -o FILE", "article#History", "timeline", "list:KIND", "search:QUERY",
                 "--page-size", "--rtl" })
            QVERIFY2(r.out.contains(QString::fromLatin1(s)), s);
    }

    void exportsEachKind_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("history") << "article#History"
                                 << "History — Talysh National Movement"
                                 << "Section “History” of the article “Talysh National Movement”"
                                 << QStringList { QStringLiteral("pardoned in 2004"),
                                        QStringLiteral("Fahraddin Abbaszadeh") };
        QTest::newRow("article") << "article"
                                 << "Talysh National Movement"
                                 << "The article “Talysh National Movement”"
                                 << QStringList { QStringLiteral("Movement goals"), QStringLiteral("Problems"),
                                        QStringLiteral("no people - no problem") };
        QTest::newRow("entity") << "person/alikram-hummatov"
                                << "Alikram Hummatov"
                                << "Person “Alikram Hummatov” from the knowledge base “Talysh National Movement”"
                                << QStringList { QStringLiteral("Аликрам Гумматов"), QStringLiteral("Əlikram Hümmətov"),
                                       QStringLiteral("pardoned in 2004") };
        QTest::newRow("address") << "kb:place/the-hague"
                                 << "The Hague"
                                 << "Place “The Hague” from the knowledge base “Talysh National Movement”"
                                 << QStringList { QStringLiteral("Den Haag"), QStringLiteral("Гаага") };
        QTest::newRow("timeline") << "timeline"
                                  << "Timeline — Talysh National Movement"
                                  << "Timeline of the knowledge base “Talysh National Movement”"
                                  << QStringList { QStringLiteral("26 June 2007"),
                                         QStringLiteral("Pardon of Alikram Hummatov") };
        QTest::newRow("people") << "list:person"
                                << "People — Talysh National Movement"
                                << "People in the knowledge base “Talysh National Movement”"
                                << QStringList { QStringLiteral("Alikram Hummatov"), QStringLiteral("Elvin Isaev"),
                                       QStringLiteral("Эльвин Исаев") };
        QTest::newRow("search") << "search:Hummatov"
                                << "Search: Hummatov"
                                << "Search results for “Hummatov” in the knowledge base “Talysh National Movement”"
                                << QStringList { QStringLiteral("Search results for “Hummatov”") };
    }
    void exportsEachKind()
    {
        QFETCH(QString, section);
        QFETCH(QString, title);
        QFETCH(QString, subject);
        QFETCH(QStringList, texts);
        const QString file = path(QStringLiteral("out/%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        const pdftest::Run r = exportPdf({ section, QStringLiteral("-o"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.startsWith(QStringLiteral("Wrote ") + file), qPrintable(r.out));

        const auto info = pdftest::info(file);
        const int pages = info.value(QStringLiteral("Pages")).toInt();
        QVERIFY(pages >= 1);
        QVERIFY(r.out.contains(QStringLiteral("(%1 page").arg(pages)));
        QCOMPARE(info.value(QStringLiteral("Title")), title);
        QCOMPARE(info.value(QStringLiteral("Subject")), subject);
        QVERIFY(info.value(QStringLiteral("Keywords")).contains(QStringLiteral("Talysh National Movement")));
        // The C locale of the tests means English and A4.
        QVERIFY(info.value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));

        const QString text = pdftest::text(file);
        for (const QString &t : std::as_const(texts))
            QVERIFY2(text.contains(t), qPrintable(QStringLiteral("missing: ") + t));
        for (const pdftest::Font &f : pdftest::fonts(file))
            QVERIFY2(f.embedded, qPrintable(f.name));
    }

    void pageCountsOfTheShippedPack()
    {
        // Figures for the report and a guard against layout regressions: the History section is a few pages.
        const QString file = path(QStringLiteral("out/history-count.pdf"));
        QCOMPARE(exportPdf({ QStringLiteral("article#History"), QStringLiteral("-o"), file,
                               QStringLiteral("--no-summaries"), QStringLiteral("--no-citations") })
                     .exitCode,
            0);
        const int bare = pdftest::pages(file);
        QVERIFY2(bare >= 1 && bare <= 3, qPrintable(QString::number(bare)));
        QVERIFY(!pdftest::text(file).contains(QStringLiteral("Named in this document")));
        QVERIFY(!pdftest::text(file).contains(QStringLiteral("Sources")));
    }

    void jsonOutput()
    {
        const QString file = path(QStringLiteral("out/json.pdf"));
        const pdftest::Run r = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("--json"),
            QStringLiteral("export-pdf"), QStringLiteral("list:goal"), QStringLiteral("-o"), file });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("section")).toString(), QStringLiteral("list:goal"));
        QCOMPARE(o.value(QStringLiteral("pages")).toInt(), pdftest::pages(file));
        QCOMPARE(o.value(QStringLiteral("file")).toString(), QFileInfo(file).absoluteFilePath());
    }

    void paperAndOrientation()
    {
        const QString file = path(QStringLiteral("out/letter.pdf"));
        QCOMPARE(exportPdf({ QStringLiteral("list:place"), QStringLiteral("-o"), file, QStringLiteral("--page-size"),
                               QStringLiteral("letter"), QStringLiteral("--landscape") })
                     .exitCode,
            0);
        QCOMPARE(pdftest::info(file).value(QStringLiteral("Page size")), QStringLiteral("792 x 612 pts (letter)"));
        // A United States locale picks Letter by itself.
        const QString us = path(QStringLiteral("out/us.pdf"));
        QCOMPARE(exportPdf({ QStringLiteral("list:place"), QStringLiteral("-o"), us, QStringLiteral("--locale"),
                               QStringLiteral("en_US") })
                     .exitCode,
            0);
        QVERIFY(pdftest::info(us).value(QStringLiteral("Page size")).contains(QStringLiteral("(letter)")));
        const pdftest::Run bad = exportPdf({ QStringLiteral("list:place"), QStringLiteral("-o"), file,
            QStringLiteral("--page-size"), QStringLiteral("b7") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("unknown page size")));
    }

    void persianLaysOutRightToLeft()
    {
        const QString file = path(QStringLiteral("out/fa.pdf"));
        QCOMPARE(exportPdf({ QStringLiteral("person/alikram-hummatov"), QStringLiteral("-o"), file,
                               QStringLiteral("--locale"), QStringLiteral("fa_IR") })
                     .exitCode,
            0);
        bool vazirmatn = false;
        for (const pdftest::Font &f : pdftest::fonts(file))
            vazirmatn |= f.name.contains(QStringLiteral("Vazirmatn")) && f.embedded;
        QVERIFY(vazirmatn); // the Persian export date and page numbers
        QSizeF page;
        const QList<pdftest::Word> words = pdftest::words(file, 1, &page);
        double right = 0;
        double left = 1e9;
        for (const pdftest::Word &w : words) {
            if ((w.text == u"Alikram" || w.text == u"Hummatov") && w.yMin < 120) {
                right = std::max(right, w.xMax);
                left = std::min(left, w.xMin);
            }
        }
        const double margin = 18 / 25.4 * 72;
        QVERIFY2(std::abs(right - (page.width() - margin)) < 4, qPrintable(QString::number(right)));
        QVERIFY(left > page.width() / 2);
        // --rtl alone mirrors an English export too.
        const QString rtl = path(QStringLiteral("out/rtl.pdf"));
        QCOMPARE(
            exportPdf({ QStringLiteral("person/alikram-hummatov"), QStringLiteral("-o"), rtl, QStringLiteral("--rtl") })
                .exitCode,
            0);
        double rtlRight = 0;
        for (const pdftest::Word &w : pdftest::words(rtl, 1, &page)) {
            if (w.text == u"Hummatov" && w.yMin < 120)
                rtlRight = w.xMax;
        }
        QVERIFY2(std::abs(rtlRight - (page.width() - margin)) < 4, qPrintable(QString::number(rtlRight)));
    }

    void unknownSectionIsNotFound_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("message");
        QTest::newRow("nonsense") << "foo"
                                  << "unknown section \"foo\"";
        QTest::newRow("no such kind") << "list:dragons"
                                      << "unknown section \"list:dragons\"";
        QTest::newRow("no such entity") << "person/nobody"
                                        << "person/nobody";
        QTest::newRow("no such section") << "article#Epilogue"
                                         << "no section “Epilogue”";
    }
    void unknownSectionIsNotFound()
    {
        QFETCH(QString, section);
        QFETCH(QString, message);
        const QString dir = path(QStringLiteral("notfound"));
        QDir().mkpath(dir);
        const pdftest::Run r = exportPdf({ section, QStringLiteral("-o"), dir + QStringLiteral("/x.pdf") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("talysh-kb-cli: error: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(filesIn(dir), QStringList());
    }

    void unwritablePathFails_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing folder") << "missing/folder/x.pdf";
        QTest::newRow("a folder") << "";
    }
    void unwritablePathFails()
    {
        QFETCH(QString, target);
        const QString dir = path(QStringLiteral("unwritable"));
        QDir().mkpath(dir);
        const QString file = target.isEmpty() ? dir : dir + u'/' + target;
        const pdftest::Run r = exportPdf({ QStringLiteral("timeline"), QStringLiteral("-o"), file });
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot write")), qPrintable(r.err));
        QCOMPARE(filesIn(dir), QStringList());
    }

    void missingOutputIsAUsageError()
    {
        const pdftest::Run r = exportPdf({ QStringLiteral("timeline") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("-o FILE")));
    }
};

QTEST_GUILESS_MAIN(TestCliExportPdf)
#include "test_cli_exportpdf.moc"
