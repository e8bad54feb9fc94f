// SPDX-License-Identifier: GPL-3.0-or-later
// Word forms in search: prose is found by its Snowball stem in its own language (English, German, Dutch,
// Turkish for Azerbaijani, Russian), the exact form ranks above another form, names are never stemmed, Persian
// spellings meet whatever the keyboard, and a base indexed before stems gets them on its first read-write open.
#include <core/search/searchindex.h>
#include <core/search/textfolder.h>
#include <core/search/wordstemmer.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

namespace {

Entity entity(const QString &id, EntityKind kind, const QString &name, const QString &summary, const QString &body = {})
{
    Entity e;
    e.id = id;
    e.kind = kind;
    e.name = name;
    e.summary = summary;
    e.body = body;
    return e;
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.id;
    return out;
}

} // namespace

class TestWordForms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

    QList<SearchHit> find(const QString &text, bool prefix = false)
    {
        SearchQuery q;
        q.text = text;
        q.prefix = prefix;
        QString error;
        const auto hits = m_kb->search().search(q, &error);
        if (!error.isEmpty())
            qWarning() << "search error for" << text << error;
        return hits;
    }

    int matches(const QString &expression)
    {
        QSqlQuery q(connection(*m_kb));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM search_entity WHERE search_entity MATCH '%1'").arg(expression))
            || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        m_kb = KnowledgeBase::open(
            m_dir.filePath(QStringLiteral("forms.tkb")), KnowledgeBase::OpenMode::CreateOrOpen, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
        KnowledgePack p;
        p.id = QStringLiteral("forms");
        p.title = QStringLiteral("Word forms");
        p.entities = {
            entity(QStringLiteral("event/arrest"), EntityKind::Event, QStringLiteral("Repression"),
                QStringLiteral("The members were recalled from the front, then arrested and subjected to repression.")),
            entity(QStringLiteral("topic/arrests"), EntityKind::Topic, QStringLiteral("Waves"),
                QStringLiteral("The arrests of the members continued for years.")),
            entity(QStringLiteral("event/emigration"), EntityKind::Event, QStringLiteral("Leaving"),
                QStringLiteral("The philosopher emigrated to Russia in 1995.")),
            entity(QStringLiteral("goal/state"), EntityKind::Goal, QStringLiteral("A state"),
                QStringLiteral("His vision of an independent Talysh state.")),
            entity(QStringLiteral("topic/workers"), EntityKind::Topic, QStringLiteral("Workers Party"),
                QStringLiteral("A party of the left.")),
            entity(QStringLiteral("topic/de"), EntityKind::Topic, QStringLiteral("Unterricht"),
                QStringLiteral("Die Bewegung fordert den Unterricht der Sprache in den Schulen und die Freiheit der "
                               "Minderheiten.")),
            entity(QStringLiteral("topic/nl"), EntityKind::Topic, QStringLiteral("Beweging"),
                QStringLiteral("Het is een van de bewegingen die de rechten van minderheden verdedigen.")),
            entity(QStringLiteral("topic/az"), EntityKind::Topic, QStringLiteral("Məktəb"),
                QStringLiteral("Hərəkat müəllimlər və tələbələr üçün bir məktəb açdı.")),
            entity(QStringLiteral("topic/moon"), EntityKind::Topic, QStringLiteral("Ay"),
                QStringLiteral("Hərəkat aya baxdı və ayda bir dəfə toplandı. It was a plan.")),
            entity(QStringLiteral("topic/ru"), EntityKind::Topic, QStringLiteral("Арест"),
                QStringLiteral("Члены республики были арестованы и подвергнуты репрессиям.")),
            entity(QStringLiteral("topic/fa"), EntityKind::Topic, QStringLiteral("کتاب"),
                QStringLiteral("این کتاب دربارهٔ زبان تالشی است و می‌روم.")),
        };
        QVERIFY2(m_kb->importPack(p, &err), qPrintable(err.message));
    }

    // What the issue tried on the bundled base, on the same sentences.
    void anotherFormFindsTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("arrests -> arrested") << QStringLiteral("arrests") << QStringLiteral("event/arrest");
        QTest::newRow("arrest -> arrested") << QStringLiteral("arrest") << QStringLiteral("event/arrest");
        QTest::newRow("emigration -> emigrated") << QStringLiteral("emigration") << QStringLiteral("event/emigration");
        QTest::newRow("independence -> independent") << QStringLiteral("independence") << QStringLiteral("goal/state");
        QTest::newRow("repressions -> repression") << QStringLiteral("repressions") << QStringLiteral("event/arrest");
        QTest::newRow("de Schule -> Schulen") << QStringLiteral("Schule") << QStringLiteral("topic/de");
        QTest::newRow("de Minderheit -> Minderheiten") << QStringLiteral("Minderheit") << QStringLiteral("topic/de");
        QTest::newRow("nl beweging -> bewegingen") << QStringLiteral("beweging") << QStringLiteral("topic/nl");
        QTest::newRow("ru арестован -> арестованы") << QStringLiteral("арестован") << QStringLiteral("topic/ru");
        QTest::newRow("ru репрессии -> репрессиям") << QStringLiteral("репрессии") << QStringLiteral("topic/ru");
    }
    void anotherFormFindsTheText()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        for (bool prefix : { false, true }) {
            const QStringList found = ids(find(text, prefix));
            QVERIFY2(found.contains(id), qPrintable(text + QStringLiteral(" -> ") + found.join(u',')));
        }
    }

    void exactFormRanksFirst()
    {
        // Both say it in their summary; "arrests" is written so in one of them only.
        const QStringList found = ids(find(QStringLiteral("arrests")));
        QVERIFY2(found.size() >= 2, qPrintable(found.join(u',')));
        QCOMPARE(found.value(0), QStringLiteral("topic/arrests"));
        QCOMPARE(found.value(1), QStringLiteral("event/arrest"));
        const QStringList other = ids(find(QStringLiteral("arrested")));
        QCOMPARE(other.value(0), QStringLiteral("event/arrest"));
        QCOMPARE(other.value(1), QStringLiteral("topic/arrests"));
    }

    void snippetsMarkTheOtherForm()
    {
        const auto hits = find(QStringLiteral("arrests"));
        bool marked = false;
        for (const SearchHit &h : hits) {
            if (h.id == QLatin1String("event/arrest"))
                marked = h.snippet.contains(
                    QString(SearchIndex::markStart) + QStringLiteral("arrested") + SearchIndex::markEnd);
        }
        QVERIFY(marked);
    }

    void namesAreNeverStemmed()
    {
        // "Workers" in a name is a capitalized word: found by its sound, not by the stem "worker".
        QCOMPARE(matches(QStringLiteral("\"~eworker\"")), 0);
        QVERIFY(ids(find(QStringLiteral("Workers"))).contains(QStringLiteral("topic/workers")));
        // Lower-case prose of the same word is.
        QVERIFY(matches(QStringLiteral("\"~earrest\"")) >= 2);
    }

    void oneLetterStemsFindNoForms()
    {
        using L = WordStemmer::Language;
        std::string stem;
        // Snowball's Turkish cuts both "aydın" and "aya" to "a": a query for one must not find the other, nor every
        // text with the article "a" (the stem by its spelling).
        QVERIFY(WordStemmer::stem(L::Turkish, "aydın", stem));
        QCOMPARE(stem, std::string("a"));
        QVERIFY(!WordStemmer::findsForms(stem));
        QVERIFY2(find(QStringLiteral("aydın")).isEmpty(), qPrintable(ids(find(QStringLiteral("aydın"))).join(u',')));
        QVERIFY(ids(find(QStringLiteral("aya"))).contains(QStringLiteral("topic/moon"))); // its own spelling
        // Two letters are a word: "ayın" (the moon's) is a form of "ay", as "ayda" in the text is.
        QVERIFY(WordStemmer::findsForms("ay"));
        QVERIFY(WordStemmer::findsForms("əl")); // two letters, three bytes
        QVERIFY(!WordStemmer::findsForms("ə")); // one letter, two bytes
        QVERIFY(ids(find(QStringLiteral("ayın"))).contains(QStringLiteral("topic/moon")));
    }

    void textLanguage()
    {
        using L = WordStemmer::Language;
        QCOMPARE(WordStemmer::latinLanguage("The movement was founded in 2007 by the exiles."), L::English);
        QCOMPARE(WordStemmer::latinLanguage("Die Bewegung wurde 2007 in den Niederlanden gegründet."), L::German);
        QCOMPARE(WordStemmer::latinLanguage("De beweging werd in 2007 in het buitenland opgericht."), L::Dutch);
        QCOMPARE(WordStemmer::latinLanguage("Hərəkat 2007-ci ildə Hollandiyada yaradılıb."), L::Turkish);
        QCOMPARE(WordStemmer::latinLanguage("Talysh"), L::English); // nothing tells: English
        QCOMPARE(WordStemmer::languageOf("арестованы", L::German), L::Russian);
        QCOMPARE(WordStemmer::languageOf("کتاب", L::English), L::None);
    }

    void persianSpellingsMeet()
    {
        // Arabic kaf and yeh, a zero-width non-joiner, short vowels written or not: the same word.
        QCOMPARE(TextFolder::fold(QStringLiteral("كتاب")), TextFolder::fold(QStringLiteral("کتاب")));
        QCOMPARE(TextFolder::fold(QStringLiteral("كِتاب")), TextFolder::fold(QStringLiteral("کتاب")));
        QCOMPARE(TextFolder::fold(QStringLiteral("مي‌روم")), TextFolder::fold(QStringLiteral("میروم")));
        QCOMPARE(TextFolder::fold(QStringLiteral("تالشي")), TextFolder::fold(QStringLiteral("تالشی")));
        QVERIFY(!TextFolder::fold(QStringLiteral("کتاب")).isEmpty());
        QVERIFY(ids(find(QStringLiteral("كتاب"))).contains(QStringLiteral("topic/fa")));
        QVERIFY(ids(find(QStringLiteral("ميروم"))).contains(QStringLiteral("topic/fa")));
    }

    void olderIndexGetsStems()
    {
        // A file indexed before word forms (schema 6): its text index is rebuilt on the first read-write open.
        const QString path = m_dir.filePath(QStringLiteral("old.tkb"));
        StoreError err;
        {
            auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
            QVERIFY2(kb, qPrintable(err.message));
            KnowledgePack p;
            p.id = QStringLiteral("old");
            p.title = QStringLiteral("Old");
            p.entities = { entity(QStringLiteral("event/arrest"), EntityKind::Event, QStringLiteral("Repression"),
                QStringLiteral("The members were arrested.")) };
            QVERIFY2(kb->importPack(p, &err), qPrintable(err.message));
            QSqlQuery q(connection(*kb));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO search_entity(search_entity) VALUES('delete-all')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=6")));
        }
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        SearchQuery q;
        q.text = QStringLiteral("arrests");
        QCOMPARE(ids(kb->search().search(q)), QStringList { QStringLiteral("event/arrest") });
        QVERIFY2(kb->check().ok, qPrintable(kb->check().problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestWordForms)
#include "test_wordforms.moc"
