// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF export engine: section addresses, composing, and real PDFs read back with poppler-utils.
#include <core/export/exportcomposer.h>
#include <core/export/exportoptions.h>
#include <core/export/exportsection.h>
#include <core/export/pdfexporter.h>
#include <core/export/pdfinfoupdate.h>
#include <core/model/wikilink.h>
#include <core/render/readername.h>
#include <core/search/searchindex.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"
#include "pdftools.h"

using namespace tkb;

namespace {

const QString kArticle = QStringLiteral("source/talysh-national-movement-article");
const QString kPersianAlias = QStringLiteral("علیکرم همتوف");

ExportOptions englishOptions()
{
    ExportOptions o;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.exportedAt = QDateTime(QDate(2025, 3, 14), QTime(12, 0));
    return o;
}

/// Every whitespace run as one space, so sentences that pdftotext broke over lines can be found.
QString flat(const QString &s)
{
    return s.simplified();
}

} // namespace

class TestPdfExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb; // the shipped pack
    std::unique_ptr<KnowledgeBase> m_small; // the test pack, with a Persian alias

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ExportResult exportTo(const KnowledgeBase &kb, const ExportSection &section, const QString &file,
        const ExportOptions &options = englishOptions(), const ExportProgress &progress = {})
    {
        return PdfExporter(kb, options).exportToFile(section, file, progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *t : { "pdfinfo", "pdftotext", "pdffonts", "pdftoppm" })
            QVERIFY2(!pdftest::tool(QString::fromLatin1(t)).isEmpty(), t);
        QVERIFY(m_dir.isValid());
        StoreError err;
        m_kb = BundledBase::open(KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(m_kb, qPrintable(err.message));

        KnowledgePack pack = tkbtest::smallPack();
        pack.entities[0].aliases << Alias { kPersianAlias, QStringLiteral("fa"), QStringLiteral("Arab") };
        m_small = KnowledgeBase::open(path(QStringLiteral("small.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_small, qPrintable(err.message));
        QVERIFY2(m_small->importPack(pack, &err), qPrintable(err.message));
    }

    // ---- addresses and CLI names -------------------------------------------------------------------------

    void sectionFromAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("cliName");
        QTest::newRow("entity") << "kb:person/alikram-hummatov"
                                << "person/alikram-hummatov";
        QTest::newRow("article") << "kb:article"
                                 << "article";
        QTest::newRow("section") << "kb:article#History"
                                 << "article#History";
        QTest::newRow("section with space") << "kb:article#Movement%20goals"
                                            << "article#Movement goals";
        QTest::newRow("timeline") << "kb:timeline"
                                  << "timeline";
        QTest::newRow("list") << "kb:list/person"
                              << "list:person";
        QTest::newRow("list of all") << "kb:list"
                                     << "list";
        QTest::newRow("search") << "kb:search?q=Hummatov"
                                << "search:Hummatov";
        QTest::newRow("source entity") << "kb:source/unpo-website"
                                       << "source/unpo-website";
    }
    void sectionFromAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, cliName);
        const auto fromUrl = ExportSection::fromAddress(QUrl(address));
        QVERIFY(fromUrl);
        QCOMPARE(fromUrl->toCliName(), cliName);
        const auto fromCli = ExportSection::fromCliName(cliName);
        QVERIFY(fromCli);
        QVERIFY(*fromCli == *fromUrl);
        // Both spellings survive a round trip.
        QVERIFY(*ExportSection::fromAddress(fromUrl->toAddress()) == *fromUrl);
        QVERIFY(*ExportSection::fromCliName(address) == *fromUrl);
    }

    void sectionViewsOfAnEntityExportItsPage()
    {
        QCOMPARE(ExportSection::fromAddress(QUrl(QStringLiteral("kb:graph/person/alikram-hummatov")))->entityId,
            QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(ExportSection::fromAddress(QUrl(QStringLiteral("kb:source/person/alikram-hummatov")))->entityId,
            QStringLiteral("person/alikram-hummatov"));
    }

    void articleAddressesOfTheArticleView()
    {
        // The article view's own addresses (core/render/kbaddress.h) export the section they show.
        auto cited = ExportSection::fromAddress(QUrl(QStringLiteral("kb:article?cite=he%20was%20pardoned#History")));
        QVERIFY(cited);
        QCOMPARE(cited->toCliName(), QStringLiteral("article#History"));
        QCOMPARE(ExportSection::fromAddress(QUrl(QStringLiteral("kb:source/article")))->toCliName(),
            QStringLiteral("article"));
        const auto other = ExportSection::fromAddress(QUrl(QStringLiteral("kb:article/source/unpo-website#Problems")));
        QVERIFY(other);
        QCOMPARE(other->sourceId, QStringLiteral("source/unpo-website"));
        QCOMPARE(other->articleSection, QStringLiteral("Problems"));
        // Only the address can say which source document; the CLI takes it as it is.
        QCOMPARE(other->toCliName(), QStringLiteral("kb:article/source/unpo-website#Problems"));
        QVERIFY(*ExportSection::fromCliName(other->toCliName()) == *other);
    }

    void searchAddressKeepsOddText()
    {
        const QString odd = QStringLiteral("Talış-Tolış & \"x\" +1 %20 #a");
        const ExportSection s = ExportSection::search(odd, EntityKind::Person);
        const auto back = ExportSection::fromAddress(s.toAddress());
        QVERIFY(back);
        QCOMPARE(back->query, odd);
        QCOMPARE(back->entityKind, std::optional(EntityKind::Person));
    }

    void unknownSectionsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : { "foo", "", "list:dragons", "person", "person/", "dragon/x", "search:", "kb:nothing",
                 "http://example.org" })
            QTest::newRow(n) << QString::fromUtf8(n);
    }
    void unknownSectionsAreRefused()
    {
        QFETCH(QString, name);
        QString error;
        QVERIFY(!ExportSection::fromCliName(name, &error));
        QVERIFY(error.contains(QStringLiteral("unknown section")));
        QVERIFY(error.contains(QStringLiteral("article#SECTION")));
        QVERIFY(!ExportSection::fromAddress(QUrl(name)));
    }

    void optionsForLocale()
    {
        QCOMPARE(ExportOptions::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)).pageSize,
            ExportOptions::PageSize::Letter);
        QCOMPARE(
            ExportOptions::forLocale(QLocale(QLocale::German, QLocale::Germany)).pageSize, ExportOptions::PageSize::A4);
        const ExportOptions fa = ExportOptions::forLocale(QLocale(QLocale::Persian, QLocale::Iran));
        QCOMPARE(fa.pageSize, ExportOptions::PageSize::A4);
        QVERIFY(fa.rightToLeft);
        QVERIFY(!ExportOptions::forLocale(QLocale(QLocale::Russian)).rightToLeft);
        QCOMPARE(ExportOptions::pageSizeFromId(u"LETTER"), std::optional(ExportOptions::PageSize::Letter));
        QVERIFY(!ExportOptions::pageSizeFromId(u"b7"));
    }

    // ---- composing ---------------------------------------------------------------------------------------

    void escapeEscapesAndMarksPersian()
    {
        QCOMPARE(ExportComposer::escape(QStringLiteral("<b>&\"")), QStringLiteral("&lt;b&gt;&amp;&quot;"));
        const QString persian = ExportComposer::escape(QStringLiteral("name: ") + kPersianAlias);
        QVERIFY(persian.contains(
            QStringLiteral("<span style=\"font-family:'Vazirmatn'\">") + kPersianAlias + QStringLiteral("</span>")));
        // The composer's private link markers cannot be smuggled in through knowledge-base text.
        QVERIFY(!ExportComposer::escape(QString(QChar(0xE000))).contains(QChar(0xE000)));
    }

    void composedTextIsEscaped()
    {
        KnowledgePack pack = tkbtest::smallPack();
        pack.entities[1].summary = QStringLiteral("<script>alert(1)</script> & [[person/alikram-hummatov|<i>him</i>]]");
        StoreError err;
        auto kb = KnowledgeBase::open(path(QStringLiteral("escape.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY(kb && kb->importPack(pack, &err));
        ExportDocument doc;
        QVERIFY(ExportComposer(*kb, englishOptions())
                .compose(ExportSection::entity(QStringLiteral("person/fahraddin-abbaszadeh")), &doc)
                .ok());
        QVERIFY(!doc.html.contains(QStringLiteral("<script>")));
        QVERIFY(doc.html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp;")));
        QVERIFY(doc.html.contains(QStringLiteral("&lt;i&gt;him&lt;/i&gt;")));
    }

    void linksGoOnlyWhereTheTargetIs()
    {
        ExportOptions o = englishOptions();
        ExportDocument with;
        QVERIFY(ExportComposer(*m_kb, o).compose(ExportSection::article(QStringLiteral("History")), &with).ok());
        QVERIFY(with.html.contains(QStringLiteral("href=\"#e-person-alikram-hummatov\"")));
        QVERIFY(with.html.contains(QStringLiteral("name=\"e-person-alikram-hummatov\"")));
        QVERIFY(with.namedCount > 10);
        // Every internal link has its target in the same document.
        static const QRegularExpression href(QStringLiteral("href=\"#([^\"]+)\""));
        for (auto it = href.globalMatch(with.html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(with.html.contains(QStringLiteral("name=\"%1\"").arg(target)), qPrintable(target));
        }
        o.includeLinkedSummaries = false;
        o.includeCitations = false;
        ExportDocument without;
        QVERIFY(ExportComposer(*m_kb, o).compose(ExportSection::article(QStringLiteral("History")), &without).ok());
        QVERIFY(!without.html.contains(QStringLiteral("href=")));
        QVERIFY(without.html.contains(QStringLiteral("Alikram Hummatov")));
        QCOMPARE(without.namedCount, 0);
        QCOMPARE(without.noteCount, 0);
    }

    void entityCitationsBecomeEndnotes()
    {
        ExportDocument doc;
        QVERIFY(ExportComposer(*m_kb, englishOptions())
                .compose(ExportSection::entity(QStringLiteral("person/alikram-hummatov")), &doc)
                .ok());
        const auto e = m_kb->entity(QStringLiteral("person/alikram-hummatov"));
        QVERIFY(e);
        QVERIFY(doc.noteCount >= e->citations.size());
        for (const Citation &c : e->citations)
            QVERIFY2(doc.html.contains(ExportComposer::escape(c.sentence)), qPrintable(c.sentence));
        QVERIFY(doc.html.contains(QStringLiteral("name=\"note-1\"")));
        QVERIFY(doc.html.contains(QStringLiteral("href=\"#note-1\"")));
    }

    void notFound()
    {
        const QString file = path(QStringLiteral("missing.pdf"));
        ExportResult r = exportTo(*m_kb, ExportSection::entity(QStringLiteral("person/nobody")), file);
        QCOMPARE(r.status, ExportResult::Status::NotFound);
        QVERIFY(r.message.contains(QStringLiteral("person/nobody")));
        r = exportTo(*m_kb, ExportSection::article(QStringLiteral("Epilogue")), file);
        QCOMPARE(r.status, ExportResult::Status::NotFound);
        QVERIFY2(r.message.contains(QStringLiteral("Movement goals")), qPrintable(r.message));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("missing")), QStringList());
    }

    void composesTheScreensMarkdown()
    {
        // The PDF reads the body as the screen does: blank lines part paragraphs, a single newline breaks the
        // line, "# " starts a heading, **bold** and *italic* are emphasis.
        KnowledgePack pack = tkbtest::smallPack();
        pack.entities[1].body
            = QStringLiteral("# Early life\nA **bold** and *italic* line\nwith a break.\n\nSecond one.");
        StoreError err;
        auto kb
            = KnowledgeBase::open(path(QStringLiteral("markdown.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY(kb && kb->importPack(pack, &err));
        ExportDocument doc;
        QVERIFY(ExportComposer(*kb, englishOptions()).compose(ExportSection::entity(pack.entities[1].id), &doc).ok());
        QVERIFY2(
            doc.html.contains(QStringLiteral(
                "<h3>Early life</h3><p>A <b>bold</b> and <i>italic</i> line<br/>with a break.</p><p>Second one.</p>")),
            qPrintable(doc.html));
    }

    // ---- real PDFs -----------------------------------------------------------------------------------------

    void exportsEachKind_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("history")
            << "article#History"
            << "History — Talysh National Movement"
            << "Section “History” of the article “Talysh National Movement”"
            << QStringList { QStringLiteral("Under pressure from the Council of Europe, he was pardoned in 2004."),
                   QStringLiteral("From the article “Talysh National Movement”"),
                   QStringLiteral("Named in this document"), QStringLiteral("Page 1 of") };
        QTest::newRow("article") << "article"
                                 << "Talysh National Movement"
                                 << "The article “Talysh National Movement”"
                                 << QStringList { QStringLiteral("Movement goals"), QStringLiteral("Problems"),
                                        QStringLiteral("See also"), QStringLiteral("Headquarters"),
                                        QStringLiteral("no people - no problem") };
        QTest::newRow("goals") << "article#movement-goals"
                               << "Movement goals — Talysh National Movement"
                               << "Section “Movement goals” of the article “Talysh National Movement”"
                               << QStringList { QStringLiteral(
                                      "government of the Talysh-Mughan Autonomous Republic in exile") };
        QTest::newRow("entity")
            << "person/alikram-hummatov"
            << "Alikram Hummatov"
            << "Person “Alikram Hummatov” from the knowledge base “Talysh National Movement”"
            << QStringList { QStringLiteral("Аликрам Гумматов"), QStringLiteral("Əlikram Hümmətov"),
                   QStringLiteral("Also known as"), QStringLiteral("Relations"), QStringLiteral("Mentioned in"),
                   QStringLiteral(
                       "“Alikram Hummatov was arrested and sentenced to death, later commuted to life in prison.”") };
        QTest::newRow("timeline") << "timeline"
                                  << "Timeline — Talysh National Movement"
                                  << "Timeline of the knowledge base “Talysh National Movement”"
                                  << QStringList { QStringLiteral("Timeline"), QStringLiteral("26 June 2007"),
                                         QStringLiteral("second half of August 1993") };
        QTest::newRow("people") << "list:person"
                                << "People — Talysh National Movement"
                                << "People in the knowledge base “Talysh National Movement”"
                                << QStringList { QStringLiteral("Alikram Hummatov"),
                                       QStringLiteral("Fahraddin Abbaszadeh"), QStringLiteral("Novruzali Mammadov"),
                                       QStringLiteral("Hilal Mammadov"), QStringLiteral("Atakhan Abilov"),
                                       QStringLiteral("Elvin Isaev"), QStringLiteral("Хилал Мамедов") };
        QTest::newRow("everything") << "list"
                                    << "All entries — Talysh National Movement"
                                    << "All entries in the knowledge base “Talysh National Movement”"
                                    << QStringList { QStringLiteral("UNESCO"), QStringLiteral("Talish-i Gushtasbi") };
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
        const auto s = ExportSection::fromCliName(section);
        QVERIFY(s);
        const QString file = path(QStringLiteral("kind-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        const ExportResult r = exportTo(*m_kb, *s, file);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.pageCount >= 1);

        const auto info = pdftest::info(file);
        QCOMPARE(info.value(QStringLiteral("Pages")).toInt(), r.pageCount);
        QCOMPARE(info.value(QStringLiteral("Title")), title);
        QCOMPARE(info.value(QStringLiteral("Subject")), subject);
        QVERIFY2(info.value(QStringLiteral("Keywords")).contains(QStringLiteral("Talysh National Movement")),
            qPrintable(info.value(QStringLiteral("Keywords"))));
        QVERIFY(info.value(QStringLiteral("Creator")).startsWith(QStringLiteral("Talysh KB")));
        QVERIFY(info.value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));

        const QString text = pdftest::text(file);
        for (const QString &t : std::as_const(texts))
            QVERIFY2(text.contains(flat(t)), qPrintable(QStringLiteral("missing: ") + t));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(r.pageCount)));

        if (s->kind == ExportSection::Kind::Search) {
            // Whatever the search engine finds is what the PDF lists.
            SearchQuery q;
            q.text = s->query;
            q.limit = 500;
            q.prefix = false;
            const QList<SearchHit> hits = m_kb->search().search(q);
            if (hits.isEmpty())
                QVERIFY(text.contains(QStringLiteral("No results")));
            const QString raw = pdftest::squeezed(pdftest::text(file, 0, 0, true));
            for (const SearchHit &h : hits)
                QVERIFY2(raw.contains(pdftest::squeezed(h.name)), qPrintable(h.name));
        }
    }

    void metadataIsInTheXmpPacketToo()
    {
        const QString file = path(QStringLiteral("xmp.pdf"));
        QVERIFY(exportTo(*m_kb, ExportSection::article(QStringLiteral("Problems")), file).ok());
        const QString xmp
            = pdftest::run(pdftest::tool(QStringLiteral("pdfinfo")), { QStringLiteral("-meta"), file }).out;
        QVERIFY(xmp.contains(QStringLiteral("Problems — Talysh National Movement")));
        QVERIFY(xmp.contains(QStringLiteral("Section “Problems” of the article")));
        QVERIFY(xmp.contains(QStringLiteral("<rdf:li>Problems</rdf:li>")));
    }

    void fontsAreEmbedded()
    {
        const QString file = path(QStringLiteral("fonts.pdf"));
        QVERIFY(exportTo(*m_kb, ExportSection::entity(QStringLiteral("person/alikram-hummatov")), file).ok());
        const QList<pdftest::Font> fonts = pdftest::fonts(file);
        QVERIFY(!fonts.isEmpty());
        bool dejaVu = false;
        for (const pdftest::Font &f : fonts) {
            QVERIFY2(f.embedded, qPrintable(f.name));
            dejaVu |= f.name.contains(QStringLiteral("DejaVuSans"));
        }
        QVERIFY(dejaVu);
    }

    void namesLinkInsideThePdf()
    {
        const QString file = path(QStringLiteral("links.pdf"));
        QVERIFY(exportTo(*m_kb, ExportSection::article(QStringLiteral("History")), file).ok());
        const QMap<QString, int> dests = pdftest::destinations(file);
        QVERIFY(dests.contains(QStringLiteral("e-person-alikram-hummatov")));
        // A section of the article cites nothing (its source is named in the line under its title); an entity's
        // footnotes are endnotes its markers link to.
        const QString entityFile = path(QStringLiteral("links-entity.pdf"));
        QVERIFY(exportTo(*m_kb, ExportSection::entity(QStringLiteral("person/alikram-hummatov")), entityFile).ok());
        QVERIFY(pdftest::destinations(entityFile).contains(QStringLiteral("note-1")));
        // Link annotations point at those names; none leaves the PDF.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.count("/Subtype /Link") > 20);
        QCOMPARE(pdf.count("/URI"), 0);
        // Qt writes each destination name as a UTF-16BE string: /Dest (<FE FF> name).
        int checked = 0;
        for (qsizetype at = pdf.indexOf("/Dest (\xFE\xFF"); at >= 0; at = pdf.indexOf("/Dest (\xFE\xFF", at)) {
            at += 9;
            const QByteArray utf16 = pdf.mid(at, pdf.indexOf(')', at) - at);
            QString name;
            for (qsizetype i = 0; i + 1 < utf16.size(); i += 2)
                name += QChar((uchar(utf16[i]) << 8) | uchar(utf16[i + 1]));
            QVERIFY2(dests.contains(name), qPrintable(name));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void eachLineIsOnOnePage()
    {
        ExportOptions o = englishOptions();
        o.includeLinkedSummaries = false;
        o.includeCitations = false;
        const QString file = path(QStringLiteral("once.pdf"));
        const ExportResult r = exportTo(*m_kb, ExportSection::article(), file, o);
        QVERIFY(r.ok());
        QVERIFY(r.pageCount >= 3);
        // The body alone, page after page: raw order draws each page's header and footer before its text.
        QString text;
        for (int p = 1; p <= r.pageCount; ++p) {
            QString page = pdftest::squeezed(pdftest::text(file, p, p, true));
            const QString chrome
                = pdftest::squeezed((p > 1 ? QStringLiteral("Talysh National Movement Talysh KB ") : QString())
                    + QStringLiteral("Page %1 of %2").arg(p).arg(r.pageCount));
            QVERIFY2(page.startsWith(chrome), qPrintable(page.left(80)));
            text += page.mid(chrome.size());
        }
        const auto src = m_kb->source(kArticle);
        QVERIFY(src);
        int sentences = 0;
        for (const Section &s : src->sections) {
            const QString plain = WikiLink::stripMarkup(s.text);
            static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+(?=[A-Z])"));
            for (const QString &sentence : plain.split(sentenceEnd)) {
                const QString f = pdftest::squeezed(sentence);
                if (f.size() < 40)
                    continue;
                QVERIFY2(
                    text.count(f) == 1, qPrintable(QStringLiteral("%1 times: %2").arg(text.count(f)).arg(sentence)));
                ++sentences;
            }
        }
        QVERIFY(sentences > 20);
    }

    void tableRowsStayWholeAndHeadersRepeat()
    {
        // Small paper and big type: many page breaks fall in the timeline's table.
        ExportOptions o = englishOptions();
        o.pageSize = ExportOptions::PageSize::A5;
        o.fontSizePt = 13;
        const QString file = path(QStringLiteral("rows.pdf"));
        const ExportResult r = exportTo(*m_kb, ExportSection::timeline(), file, o);
        QVERIFY(r.ok());
        QVERIFY(r.pageCount >= 5);
        QStringList rawText;
        for (int p = 1; p <= r.pageCount; ++p) {
            rawText << pdftest::squeezed(pdftest::text(file, p, p, true));
        }
        const QList<EntityRef> events = m_kb->events();
        QVERIFY(events.size() >= 15);
        for (const EntityRef &e : events) {
            // The event's name and the end of its summary are in the same row: they must share a page.
            const QString name = pdftest::squeezed(e.name);
            const QString tail = pdftest::squeezed(e.summary).right(20);
            int namePage = -1;
            int tailPage = -1;
            for (int p = 0; p < rawText.size(); ++p) {
                if (namePage < 0 && rawText[p].contains(name))
                    namePage = p;
                if (tailPage < 0 && rawText[p].contains(tail))
                    tailPage = p;
            }
            QVERIFY2(namePage >= 0, qPrintable(name));
            QVERIFY2(namePage == tailPage,
                qPrintable(
                    QStringLiteral("%1 split over pages %2 and %3").arg(name).arg(namePage + 1).arg(tailPage + 1)));
        }
        // Every page that continues the table starts with its header row again.
        int lastTablePage = 0;
        for (const EntityRef &e : events) {
            for (int p = 0; p < rawText.size(); ++p) {
                if (rawText[p].contains(pdftest::squeezed(e.name)))
                    lastTablePage = std::max(lastTablePage, p);
            }
        }
        QVERIFY(lastTablePage >= 3);
        for (int p = 1; p <= lastTablePage; ++p)
            QVERIFY2(rawText[p].contains(QStringLiteral("DateEvent")),
                qPrintable(QString::number(p + 1) + u' ' + rawText[p].left(300)));
    }

    void pageSizeAndOrientation()
    {
        ExportOptions o = englishOptions();
        o.pageSize = ExportOptions::PageSize::Letter;
        o.orientation = ExportOptions::Orientation::Landscape;
        const QString file = path(QStringLiteral("letter.pdf"));
        QVERIFY(exportTo(*m_kb, ExportSection::list(EntityKind::Goal), file, o).ok());
        QCOMPARE(pdftest::info(file).value(QStringLiteral("Page size")), QStringLiteral("792 x 612 pts (letter)"));
    }

    void rightToLeftForPersian()
    {
        // Where the title sits is measured by its Latin words, so it stays the source's name here (a Persian
        // reader is otherwise shown the Persian-script alias first: test_readername).
        ReaderName::setEnabled(false);
        const auto names = qScopeGuard([] { ReaderName::setEnabled(true); });
        ExportOptions o = ExportOptions::forLocale(QLocale(QLocale::Persian, QLocale::Iran));
        o.exportedAt = QDateTime(QDate(2025, 3, 14), QTime(12, 0));
        QVERIFY(o.rightToLeft);
        const QString rtlFile = path(QStringLiteral("rtl.pdf"));
        const QString ltrFile = path(QStringLiteral("ltr.pdf"));
        QVERIFY(exportTo(*m_small, ExportSection::entity(QStringLiteral("person/alikram-hummatov")), rtlFile, o).ok());
        QVERIFY(exportTo(*m_small, ExportSection::entity(QStringLiteral("person/alikram-hummatov")), ltrFile).ok());

        // The Persian alias prints, in an embedded font made for it.
        QVERIFY(pdftest::text(rtlFile).contains(kPersianAlias.normalized(QString::NormalizationForm_KC)));
        QVERIFY(pdftest::text(ltrFile).contains(kPersianAlias.normalized(QString::NormalizationForm_KC)));
        bool vazirmatn = false;
        for (const pdftest::Font &f : pdftest::fonts(rtlFile)) {
            QVERIFY2(f.embedded, qPrintable(f.name));
            vazirmatn |= f.name.contains(QStringLiteral("Vazirmatn"));
        }
        QVERIFY(vazirmatn);

        // The title sits at the right margin right to left, at the left margin otherwise.
        auto titleBox = [](const QString &file, QSizeF *page) {
            const QList<pdftest::Word> words = pdftest::words(file, 1, page);
            pdftest::Word box { 1e9, 1e9, -1, -1, {} };
            for (const pdftest::Word &w : words) {
                if (w.text == u"Alikram" || w.text == u"Hummatov") {
                    if (w.yMin > 120)
                        continue; // the title, not a later mention
                    box.xMin = std::min(box.xMin, w.xMin);
                    box.xMax = std::max(box.xMax, w.xMax);
                }
            }
            return box;
        };
        QSizeF page;
        const pdftest::Word rtl = titleBox(rtlFile, &page);
        const pdftest::Word ltr = titleBox(ltrFile, &page);
        const double margin = 18 / 25.4 * 72;
        QVERIFY2(std::abs(rtl.xMax - (page.width() - margin)) < 4, qPrintable(QString::number(rtl.xMax)));
        QVERIFY2(rtl.xMin > page.width() / 2, qPrintable(QString::number(rtl.xMin)));
        QVERIFY2(std::abs(ltr.xMin - margin) < 4, qPrintable(QString::number(ltr.xMin)));

        // And the page as rendered: ink in the top right corner, not the top left.
        const QString prefix = path(QStringLiteral("rtl-page"));
        QCOMPARE(pdftest::run(pdftest::tool(QStringLiteral("pdftoppm")),
                     { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                         rtlFile, prefix })
                     .exitCode,
            0);
        const QImage img(prefix + QStringLiteral(".png"));
        QVERIFY(!img.isNull());
        auto ink = [&img](QRect r) {
            int n = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    n += qGray(img.pixel(x, y)) < 128;
            return n;
        };
        const int w = img.width();
        const int h = img.height();
        const QRect titleBand(0, int(h * 0.06), w, int(h * 0.05));
        QVERIFY(ink(QRect(titleBand.left() + w / 2, titleBand.top(), w / 2, titleBand.height())) > 50);
        QCOMPARE(ink(QRect(titleBand.left(), titleBand.top(), w / 3, titleBand.height())), 0);
    }

    void renderedPageHasText()
    {
        const QString file = path(QStringLiteral("look.pdf"));
        QVERIFY(exportTo(*m_kb, ExportSection::article(QStringLiteral("History")), file).ok());
        const QString prefix = path(QStringLiteral("look"));
        QCOMPARE(pdftest::run(pdftest::tool(QStringLiteral("pdftoppm")),
                     { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                         file, prefix })
                     .exitCode,
            0);
        const QImage img(prefix + QStringLiteral(".png"));
        QCOMPARE(img.size(), QSize(496, 702)); // A4 at 60 dpi
        int dark = 0;
        int darkLeftMargin = 0;
        for (int y = 0; y < img.height(); ++y) {
            for (int x = 0; x < img.width(); ++x) {
                if (qGray(img.pixel(x, y)) < 128) {
                    ++dark;
                    darkLeftMargin += x < 35; // 18 mm at 60 dpi is 42 px
                }
            }
        }
        QVERIFY2(dark > 8000, qPrintable(QString::number(dark))); // a page full of text
        QCOMPARE(darkLeftMargin, 0); // and nothing in the margin
    }

    // ---- leaving nothing behind ------------------------------------------------------------------------------

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("at once") << 1;
        QTest::newRow("while composing") << 3;
        QTest::newRow("while drawing pages") << -2; // two calls before the end
    }
    void cancelLeavesNothing()
    {
        QFETCH(int, stopAt);
        const QString file = path(QStringLiteral("cancel.pdf"));
        QFile::remove(file);
        // Count the calls of a full run first, to stop near its end.
        int calls = 0;
        QVERIFY(exportTo(*m_kb, ExportSection::list(std::nullopt), path(QStringLiteral("count.pdf")), englishOptions(),
            [&](int, int) {
                ++calls;
                return true;
            }).ok());
        QVERIFY(calls > 10);
        const int stop = stopAt > 0 ? stopAt : calls + stopAt;
        int n = 0;
        const ExportResult r = exportTo(
            *m_kb, ExportSection::list(std::nullopt), file, englishOptions(), [&](int, int) { return ++n < stop; });
        QCOMPARE(r.status, ExportResult::Status::Cancelled);
        QCOMPARE(n, stop);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("cancel*") }, QDir::Files), QStringList());
    }

    void cancelKeepsAnOlderFile()
    {
        const QString file = path(QStringLiteral("keep.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("older");
        }
        const ExportResult r = exportTo(
            *m_kb, ExportSection::timeline(), file, englishOptions(), [](int done, int) { return done < 5; });
        QCOMPARE(r.status, ExportResult::Status::Cancelled);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("older"));
    }

    void progressCountsUp()
    {
        QList<QPair<int, int>> seen;
        const ExportResult r = exportTo(*m_kb, ExportSection::timeline(), path(QStringLiteral("progress.pdf")),
            englishOptions(), [&](int d, int t) {
                seen << qMakePair(d, t);
                return true;
            });
        QVERIFY(r.ok());
        QVERIFY(seen.size() > r.pageCount);
        for (qsizetype i = 1; i < seen.size(); ++i) {
            QVERIFY(seen[i].first >= seen[i - 1].first);
            QVERIFY(seen[i].first <= seen[i].second);
        }
        QCOMPARE(seen.last().first, seen.last().second);
    }

    void unwritablePathFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("no such folder") << QStringLiteral("no/such/folder/x.pdf");
        QTest::newRow("a folder") << QString();
    }
    void unwritablePathFails()
    {
        QFETCH(QString, file);
        const QString target = file.isEmpty() ? m_dir.path() : path(file);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const ExportResult r = exportTo(*m_kb, ExportSection::timeline(), target);
        QCOMPARE(r.status, ExportResult::Status::WriteFailed);
        QVERIFY2(r.message.contains(QStringLiteral("Cannot write")), qPrintable(r.message));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

    void infoUpdateIsAValidIncrementalUpdate()
    {
        const QString file = path(QStringLiteral("info.pdf"));
        QVERIFY(exportTo(*m_kb, ExportSection::list(EntityKind::Place), file).ok());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        // One update appended after Qt's own file: two %%EOF markers, the second trailer points back.
        QCOMPARE(pdf.count("%%EOF"), 2);
        QVERIFY(pdf.contains("/Prev "));
        QCOMPARE(PdfInfoUpdate::textString(QStringLiteral("Aə")), QByteArray("<FEFF00410259>"));
        QVERIFY(PdfInfoUpdate::append(QByteArray("not a pdf"), {}).isEmpty());
        // pdfinfo reads it without complaint.
        const pdftest::Run r = pdftest::run(pdftest::tool(QStringLiteral("pdfinfo")), { file });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
};

QTEST_MAIN(TestPdfExporter)
#include "test_pdfexporter.moc"
