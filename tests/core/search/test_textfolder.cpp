// SPDX-License-Identifier: GPL-3.0-or-later
// TextFolder: every spelling and script of a name folds or sounds alike, words split where readers expect,
// links index their label, and nothing it returns can collide with a skeleton term.
#include <core/search/textfolder.h>

#include <QStandardPaths>
#include <QTest>

using namespace tkb;

namespace {

QString skeletonOf(const QString &word)
{
    return TextFolder::skeleton(TextFolder::fold(word));
}

QStringList wordsOf(const QString &text)
{
    QStringList out;
    const QByteArray utf8 = text.toUtf8();
    const std::string_view s(utf8.constData(), std::size_t(utf8.size()));
    std::size_t pos = 0;
    TextFolder::Span w;
    while (TextFolder::nextWord(s, pos, w))
        out << QString::fromUtf8(s.substr(w.begin, w.end - w.begin).data(), qsizetype(w.end - w.begin));
    return out;
}

} // namespace

class TestTextFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void folds_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << QStringLiteral("Hummatov") << QStringLiteral("hummatov");
        QTest::newRow("azerbaijani latin") << QStringLiteral("Hümmətov") << QStringLiteral("hummatov");
        QTest::newRow("russian") << QStringLiteral("Гумматов") << QStringLiteral("gummatov");
        QTest::newRow("azerbaijani cyrillic") << QStringLiteral("Һүммәтов") << QStringLiteral("hummatov");
        QTest::newRow("schwa") << QStringLiteral("Abbaszadə") << QStringLiteral("abbaszada");
        QTest::newRow("russian final e") << QStringLiteral("Аббасзаде") << QStringLiteral("abbaszade");
        QTest::newRow("bgn sh") << QStringLiteral("Талыш") << QStringLiteral("talysh");
        QTest::newRow("az ş") << QStringLiteral("Talış") << QStringLiteral("talish");
        QTest::newRow("az ç") << QStringLiteral("Çay") << QStringLiteral("chay");
        QTest::newRow("cyrillic ҹ") << QStringLiteral("Ҹәфәр") << QStringLiteral("jafar");
        QTest::newRow("cyrillic ј") << QStringLiteral("Јусиф") << QStringLiteral("yusif");
        QTest::newRow("bgn kh") << QStringLiteral("Фахраддин") << QStringLiteral("fakhraddin");
        QTest::newRow("dotted capital I") << QStringLiteral("İlham") << QStringLiteral("ilham");
        QTest::newRow("eszett") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("greek") << QStringLiteral("Ταλύς") << QStringLiteral("talys");
        QTest::newRow("persian") << QStringLiteral("تالش") << QStringLiteral("talsh");
        QTest::newRow("digits") << QStringLiteral("2007") << QStringLiteral("2007");
        QTest::newRow("mixed case") << QStringLiteral("TMAR") << QStringLiteral("tmar");
        QTest::newRow("compatibility forms") << QStringLiteral("ﬁ𝔄Ｂ") << QStringLiteral("fiab");
    }
    void folds()
    {
        QFETCH(QString, word);
        QFETCH(QString, folded);
        QCOMPARE(TextFolder::fold(word), folded);
        // Folding is idempotent, which the query side relies on (FTS5 tokenizes the folded query again).
        QCOMPARE(TextFolder::fold(folded), folded);
    }

    void spellingsSoundAlike_data()
    {
        QTest::addColumn<QStringList>("spellings");
        QTest::newRow("Hummatov") << QStringList { QStringLiteral("Hummatov"), QStringLiteral("Hümmətov"),
            QStringLiteral("Гумматов"), QStringLiteral("Gummatov"), QStringLiteral("Һүммәтов"),
            QStringLiteral("Humatov") };
        QTest::newRow("Talysh") << QStringList { QStringLiteral("Talysh"), QStringLiteral("Talish"),
            QStringLiteral("Tolysh"), QStringLiteral("Талыш"), QStringLiteral("Talış"), QStringLiteral("Tolış"),
            QStringLiteral("Talis") };
        QTest::newRow("Abbaszadeh") << QStringList { QStringLiteral("Abbaszadeh"), QStringLiteral("Abbaszadə"),
            QStringLiteral("Аббасзаде"), QStringLiteral("Abbaszade"), QStringLiteral("عباس‌زاده") };
        QTest::newRow("Fahraddin") << QStringList { QStringLiteral("Fahraddin"), QStringLiteral("Fəxrəddin"),
            QStringLiteral("Фахраддин"), QStringLiteral("Fakhraddin") };
        QTest::newRow("Mammadov") << QStringList { QStringLiteral("Mammadov"), QStringLiteral("Məmmədov"),
            QStringLiteral("Мамедов") };
        QTest::newRow("Isaev") << QStringList { QStringLiteral("Isaev"), QStringLiteral("Isayev"),
            QStringLiteral("Исаев") };
    }
    void spellingsSoundAlike()
    {
        QFETCH(QStringList, spellings);
        const QString first = skeletonOf(spellings.first());
        QVERIFY(!first.isEmpty());
        for (const QString &s : spellings)
            QVERIFY2(skeletonOf(s) == first,
                qPrintable(s + QStringLiteral(": ") + skeletonOf(s) + QStringLiteral(" vs ") + first));
    }

    void differentNamesStayApart()
    {
        QVERIFY(skeletonOf(QStringLiteral("Hummatov")) != skeletonOf(QStringLiteral("Mammadov")));
        QVERIFY(skeletonOf(QStringLiteral("Talysh")) != skeletonOf(QStringLiteral("Tabriz")));
        QVERIFY(skeletonOf(QStringLiteral("Abbaszadeh")) != skeletonOf(QStringLiteral("Abilov")));
    }

    void skeletonNeedsALongAlphabeticWord()
    {
        QVERIFY(TextFolder::skeleton(QStringLiteral("al")).isEmpty());
        QVERIFY(TextFolder::skeleton(QStringLiteral("2007")).isEmpty());
        QVERIFY(TextFolder::skeleton(QStringLiteral("aya")).isEmpty()); // one sound would match half the vocabulary
        for (const QString &w : { QStringLiteral("hummatov"), QStringLiteral("talysh") }) {
            const QString s = TextFolder::skeleton(w);
            QVERIFY(!s.startsWith(QLatin1Char(TextFolder::skeletonMarker)));
        }
    }

    void soundPrefixesCoverEveryWordTheyBegin_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("whole");
        QTest::addColumn<QString>("shorter");
        QTest::newRow("hum") << QStringLiteral("hum") << QStringLiteral("gm") << QString();
        QTest::newRow("rash") << QStringLiteral("rash") << QStringLiteral("rs") << QString(); // sh is s either way
        QTest::newRow("abbaszadeh") << QStringLiteral("abbaszadeh") << QStringLiteral("bszdg")
                                    << QStringLiteral("bszd"); // a final h
        QTest::newRow("step") << QStringLiteral("step") << QStringLiteral("stp")
                              << QStringLiteral("st"); // Stephan: ph is f
        QTest::newRow("a") << QStringLiteral("a") << QString() << QString();
        QTest::newRow("2007") << QStringLiteral("2007") << QString() << QString();
    }
    void soundPrefixesCoverEveryWordTheyBegin()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, whole);
        QFETCH(QString, shorter);
        const QByteArray p = prefix.toUtf8();
        std::string w, s;
        TextFolder::soundPrefixes(std::string_view(p.constData(), std::size_t(p.size())), w, s);
        QCOMPARE(QString::fromStdString(w), whole);
        QCOMPARE(QString::fromStdString(s), shorter);
        // Every word with that beginning has a skeleton that starts with one of them (a beginning without a
        // consonant has no sound: it is looked up by its spelling only).
        if (whole.isEmpty())
            return;
        for (const QString &word : { QStringLiteral("hummatov"), QStringLiteral("rashid"), QStringLiteral("abbaszadeh"),
                 QStringLiteral("stephan"), QStringLiteral("abbaszadehli") }) {
            if (!word.startsWith(prefix))
                continue;
            const QString sk = TextFolder::skeleton(word);
            QVERIFY2((!whole.isEmpty() && sk.startsWith(whole)) || (!shorter.isEmpty() && sk.startsWith(shorter)),
                qPrintable(word + u' ' + sk));
        }
    }

    void wordsSplitLikeAReader()
    {
        QCOMPARE(
            wordsOf(QStringLiteral("Talış-Tolış")), (QStringList { QStringLiteral("Talış"), QStringLiteral("Tolış") }));
        QCOMPARE(wordsOf(QStringLiteral("\"Hummatov\": (AND) -NEAR*^")),
            (QStringList { QStringLiteral("Hummatov"), QStringLiteral("AND"), QStringLiteral("NEAR") }));
        QCOMPARE(wordsOf(QStringLiteral("Fəxrəddin Abbaszadə, 1993.")),
            (QStringList { QStringLiteral("Fəxrəddin"), QStringLiteral("Abbaszadə"), QStringLiteral("1993") }));
        QCOMPARE(wordsOf(QStringLiteral("塔雷什")),
            (QStringList { QStringLiteral("塔"), QStringLiteral("雷"), QStringLiteral("什") }));
        QCOMPARE(wordsOf(QStringLiteral("عباس‌زاده")).size(), 1); // ZWNJ stays inside the word
        QVERIFY(wordsOf(QStringLiteral(" -:()\"*^ ")).isEmpty());
        QVERIFY(wordsOf(QString()).isEmpty());
    }

    void linksIndexTheirLabel()
    {
        const QString text
            = QStringLiteral("Led by [[person/alikram-hummatov|Alikram Hummatov]] and [[place/lankaran]].");
        QCOMPARE(wordsOf(text),
            (QStringList { QStringLiteral("Led"), QStringLiteral("by"), QStringLiteral("Alikram"),
                QStringLiteral("Hummatov"), QStringLiteral("and"), QStringLiteral("place"),
                QStringLiteral("lankaran") }));
        // Offsets point into the original text, so highlights land on the words as written.
        const QByteArray utf8 = QStringLiteral("Глава: [[person/x|Гумматов]]").toUtf8();
        const std::string_view s(utf8.constData(), std::size_t(utf8.size()));
        std::size_t pos = 0;
        TextFolder::Span w;
        QVERIFY(TextFolder::nextWord(s, pos, w));
        QVERIFY(TextFolder::nextWord(s, pos, w));
        QCOMPARE(QString::fromUtf8(s.substr(w.begin, w.end - w.begin).data(), qsizetype(w.end - w.begin)),
            QStringLiteral("Гумматов"));
        // An unterminated "[[" is just text.
        QCOMPARE(wordsOf(QStringLiteral("[[broken link")),
            (QStringList { QStringLiteral("broken"), QStringLiteral("link") }));
    }

    void foldedWordsAreTermSafe()
    {
        const QString hostile = QStringLiteral("\"'`;:-()*^{}[]NEAR/AND OR NOT ё Ё ﬁ ǅ Ǆ ½ ① ⁵ 𝔄𝔟𝔠 😀 \u0301x");
        for (const QString &w : TextFolder::foldWords(hostile)) {
            QVERIFY(!w.isEmpty());
            for (char32_t c : w.toUcs4())
                QVERIFY2(QChar::isLetterOrNumber(c) || QChar::isMark(c), qPrintable(w));
            QVERIFY(!w.startsWith(QLatin1Char(TextFolder::skeletonMarker)));
        }
        const QString longWord(10000, u'ш');
        QVERIFY(TextFolder::fold(longWord).size() <= int(TextFolder::maxWordBytes));
        QCOMPARE(TextFolder::foldWords(QString(10000, u'-')), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTextFolder)
#include "test_textfolder.moc"
