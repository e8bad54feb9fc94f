// SPDX-License-Identifier: GPL-3.0-or-later
// Names in the reader's script: which alias each interface language shows first (Cyrillic in Russian,
// Azerbaijani Latin in Azerbaijani, Persian script in Persian, the source's name otherwise), never one the base
// does not hold; the pages, lists, search results and the PDF built in that language show it, and turning the
// choice off brings the source's name back.
#include <core/document/pagebuilder.h>
#include <core/document/pagelabels.h>
#include <core/export/exportcomposer.h>
#include <core/export/exportsection.h>
#include <core/render/readername.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../testpack.h"

using namespace tkb;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");

Alias alias(const char *text, const char *language, const char *script, ClaimStatus status = ClaimStatus::Stated)
{
    Alias a { QString::fromUtf8(text), QString::fromLatin1(language), QString::fromLatin1(script) };
    a.qualifiers.status = status;
    return a;
}

/// Every run of a page's blocks, table cells and list items as one text.
QString pageText(const PageDocument &page)
{
    QString out;
    const auto add = [&out](const PageRuns &runs) {
        for (const PageRun &r : runs)
            out += r.text;
        out += u'\n';
    };
    for (const PageBlock &b : page.blocks) {
        add(b.runs);
        for (const PageRuns &item : b.items)
            add(item);
        for (const QList<PageRuns> &row : b.rows) {
            for (const PageRuns &cell : row)
                add(cell);
        }
    }
    return out;
}

} // namespace

class TestReaderName : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        const QString path = m_dir.filePath(QStringLiteral("pack.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
    }

    void init() { ReaderName::setEnabled(true); }

    void picksTheAliasOfTheReadersScript()
    {
        const QString name = QStringLiteral("Alikram Hummatov");
        const QList<Alias> aliases { alias("Alikram Gummatov", "en", "Latn"), alias("Əlikram Hümmətov", "az", "Latn"),
            alias("Аликрам Гумматов", "ru", "Cyrl"), alias("Tolysh form", "tly", "Latn") };
        QCOMPARE(ReaderName::shown(name, aliases, QStringLiteral("ru")), QStringLiteral("Аликрам Гумматов"));
        QCOMPARE(ReaderName::shown(name, aliases, QStringLiteral("az")), QStringLiteral("Əlikram Hümmətov"));
        // The base holds no Persian-script form: Persian keeps the source's name, and nothing is made up.
        QVERIFY(!ReaderName::pick(name, aliases, QStringLiteral("fa")));
        QCOMPARE(ReaderName::shown(name, aliases, QStringLiteral("fa")), name);
        for (const char *other : { "en", "nl", "de", "tr", "" })
            QCOMPARE(ReaderName::shown(name, aliases, QString::fromLatin1(other)), name);
        QCOMPARE(ReaderName::titled(name, aliases, QStringLiteral("ru")),
            QStringLiteral("Аликрам Гумматов (Alikram Hummatov)"));
        QCOMPARE(ReaderName::titled(name, aliases, QStringLiteral("en")), name);

        const QList<Alias> persian { alias("علیکرم همت‌اف", "fa", "Arab") };
        QCOMPARE(ReaderName::shown(name, persian, QStringLiteral("fa")), QStringLiteral("علیکرم همت‌اف"));
        QCOMPARE(ReaderName::shown(name, persian, QStringLiteral("ru")), name);
    }

    void prefersLanguageAndScriptToEitherAlone()
    {
        const QString name = QStringLiteral("Baku");
        // Order in the list does not matter: the Russian Cyrillic form beats an unlabelled Cyrillic one.
        const QList<Alias> aliases { alias("Бакы", "", "Cyrl"), alias("Баку", "ru", "Cyrl") };
        QCOMPARE(ReaderName::shown(name, aliases, QStringLiteral("ru")), QStringLiteral("Баку"));
        // With no language recorded, the script alone will do for Russian and Persian.
        QCOMPARE(ReaderName::shown(name, { alias("Бакы", "", "Cyrl") }, QStringLiteral("ru")), QStringLiteral("Бакы"));
        QCOMPARE(
            ReaderName::shown(name, { alias("باکو", "und", "Arab") }, QStringLiteral("fa")), QStringLiteral("باکو"));
        // Azerbaijani Cyrillic is no Russian name, and an unlabelled Latin form no Azerbaijani one.
        QCOMPARE(ReaderName::shown(name, { alias("Бакы", "az", "Cyrl") }, QStringLiteral("ru")), name);
        QCOMPARE(ReaderName::shown(name, { alias("Bakı", "", "Latn") }, QStringLiteral("az")), name);
        // A region tag still names the language.
        QCOMPARE(ReaderName::shown(name, { alias("Bakı", "az-Latn", "Latn") }, QStringLiteral("az")),
            QStringLiteral("Bakı"));
    }

    void skipsDoubtedFormsAndTheNameItself()
    {
        const QString name = QStringLiteral("Talysh");
        QCOMPARE(ReaderName::shown(name, { alias("Талыш", "ru", "Cyrl", ClaimStatus::Disputed) }, QStringLiteral("ru")),
            name);
        QCOMPARE(
            ReaderName::shown(name, { alias("Талыш", "ru", "Cyrl", ClaimStatus::Ambiguous) }, QStringLiteral("ru")),
            name);
        QCOMPARE(ReaderName::shown(name, { alias("Талыш", "ru", "Cyrl", ClaimStatus::Reported) }, QStringLiteral("ru")),
            QStringLiteral("Талыш"));
        QVERIFY(!ReaderName::pick(name, { alias("Talysh", "az", "Latn") }, QStringLiteral("az")));
        QVERIFY(!ReaderName::pick(name, { alias("  ", "ru", "Cyrl") }, QStringLiteral("ru")));
    }

    void turnedOffShowsTheSourceName()
    {
        const QList<Alias> aliases { alias("Аликрам Гумматов", "ru", "Cyrl") };
        ReaderName::setEnabled(false);
        QCOMPARE(ReaderName::shown(QStringLiteral("Alikram Hummatov"), aliases, QStringLiteral("ru")),
            QStringLiteral("Alikram Hummatov"));
        QCOMPARE(ReaderName::of(*m_kb, hummatov, QStringLiteral("ru")), QStringLiteral("Alikram Hummatov"));
        const PageDocument page = PageBuilder(m_kb.get(), QLocale(QLocale::Russian)).entity(hummatov);
        QCOMPARE(page.title, QStringLiteral("Alikram Hummatov"));
        // The choice itself stays: pick() still knows the alias.
        QVERIFY(ReaderName::pick(QStringLiteral("Alikram Hummatov"), aliases, QStringLiteral("ru")));
    }

    void theBaseGivesLanguageAndScript()
    {
        QCOMPARE(ReaderName::of(*m_kb, hummatov, QStringLiteral("ru")), QStringLiteral("Аликрам Гумматов"));
        QCOMPARE(ReaderName::of(*m_kb, hummatov, QStringLiteral("az")), QStringLiteral("Əlikram Hümmətov"));
        QCOMPARE(ReaderName::of(*m_kb, hummatov, QStringLiteral("de")), QStringLiteral("Alikram Hummatov"));
        QCOMPARE(ReaderName::of(*m_kb, QStringLiteral("person/nobody"), QStringLiteral("ru")), QString());
        QCOMPARE(ReaderName::titledOf(*m_kb, QStringLiteral("place/baku"), QStringLiteral("ru")),
            QStringLiteral("Баку (Baku)"));
        const QList<Alias> held = m_kb->aliases(hummatov);
        QVERIFY(held.contains(alias("Аликрам Гумматов", "ru", "Cyrl")));
        const QList<EntityRef> people = m_kb->entities(EntityKind::Person, QStringLiteral("Hummatov"), 0, -1, true);
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().forms, held);
        QCOMPARE(people.first().aliases.size(), held.size());
    }

    void eventsCarryTheirAliases()
    {
        KnowledgePack pack = tkbtest::smallPack();
        for (Entity &e : pack.entities) {
            if (e.id == u"event/joined-unpo")
                e.aliases = { alias("ДНТ вступает в ОННП", "ru", "Cyrl") };
        }
        StoreError err;
        auto kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("events.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(kb && kb->importPack(pack, &err), qPrintable(err.message));
        const QList<EntityRef> plain = kb->events();
        const QList<EntityRef> events = kb->events(true);
        QCOMPARE(events.size(), plain.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].id, plain[i].id);
            QVERIFY(plain[i].forms.isEmpty());
            if (events[i].id == u"event/joined-unpo")
                QCOMPARE(events[i].forms, QList<Alias> { alias("ДНТ вступает в ОННП", "ru", "Cyrl") });
            else
                QVERIFY(events[i].forms.isEmpty());
        }
        const QString timeline = pageText(PageBuilder(kb.get(), QLocale(QLocale::Russian)).timeline(events));
        QVERIFY2(timeline.contains(QStringLiteral("ДНТ вступает в ОННП")), qPrintable(timeline));
        QVERIFY(!timeline.contains(QStringLiteral("TNM joins UNPO")));
    }

    void pagesListsAndSearchShowIt()
    {
        PageBuilder ru(m_kb.get(), QLocale(QLocale::Russian));
        const PageDocument page = ru.entity(hummatov);
        QCOMPARE(page.title, QStringLiteral("Аликрам Гумматов (Alikram Hummatov)"));
        QCOMPARE(page.blocks.first().runs.first().text, page.title);
        // Linked entities on the page are named for the reader too (the Netherlands, The Hague...).
        const QString text = pageText(page);
        QVERIFY2(
            text.contains(QStringLiteral("Нидерланды")) && text.contains(QStringLiteral("Гаага")), qPrintable(text));

        const QList<EntityRef> people = m_kb->entities(EntityKind::Person, {}, 0, -1, true);
        const QString list = pageText(PageBuilder(m_kb.get(), QLocale(QLocale::Azerbaijani)).list(QString(), people));
        QVERIFY(list.contains(QStringLiteral("Əlikram Hümmətov")));

        const QString hits = pageText(
            PageBuilder(m_kb.get(), QLocale(QLocale::Russian)).search(QStringLiteral("Hummatov"), EntityKind::Person));
        QVERIFY2(hits.contains(QStringLiteral("Аликрам Гумматов")), qPrintable(hits));
        const QString english = pageText(
            PageBuilder(m_kb.get(), QLocale(QLocale::English)).search(QStringLiteral("Hummatov"), EntityKind::Person));
        QVERIFY(english.contains(QStringLiteral("Alikram Hummatov")));
        QVERIFY(!english.contains(QStringLiteral("Аликрам Гумматов")));
    }

    void theExportInThatLanguageShowsIt()
    {
        ExportOptions ru;
        ru.locale = QLocale(QLocale::Russian);
        ExportDocument doc;
        const ExportResult r = ExportComposer(*m_kb, ru).compose(ExportSection::entity(hummatov), &doc);
        QVERIFY(r.ok());
        QCOMPARE(doc.title, QStringLiteral("Аликрам Гумматов (Alikram Hummatov)"));
        QVERIFY(doc.html.contains(QStringLiteral("Аликрам Гумматов (Alikram Hummatov)")));

        ExportOptions en;
        ExportDocument english;
        QVERIFY(ExportComposer(*m_kb, en).compose(ExportSection::entity(hummatov), &english).ok());
        QCOMPARE(english.title, QStringLiteral("Alikram Hummatov"));
    }

    void attributeKeysAreLabelled()
    {
        QCOMPARE(PageLabels::attribute(QStringLiteral("founded")), QStringLiteral("Founded"));
        QCOMPARE(PageLabels::attribute(QStringLiteral("Governing body")), QStringLiteral("Governing body"));
        QCOMPARE(PageLabels::attribute(QStringLiteral("country2")), QStringLiteral("Country"));
        QCOMPARE(PageLabels::attribute(QStringLiteral("colorcode")), QStringLiteral("Colour code"));
        // A key someone added keeps their words.
        QCOMPARE(PageLabels::attribute(QStringLiteral("favourite song")), QStringLiteral("Favourite song"));
        QCOMPARE(PageLabels::attribute(QStringLiteral("Ämter")), QStringLiteral("Ämter"));
        QCOMPARE(PageLabels::attribute(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestReaderName)
#include "test_readername.moc"
