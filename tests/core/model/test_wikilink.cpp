// SPDX-License-Identifier: GPL-3.0-or-later
// [[id|label]] links are found with their positions, and stripping them gives back the plain text.
#include <core/model/wikilink.h>

#include <QRandomGenerator>
#include <QTest>

using tkb::WikiLink;

class TestWikiLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesLinks()
    {
        const QString t
            = QStringLiteral("Led by [[person/alikram-hummatov|Alikram Hummatov]] in [[place/netherlands]].");
        const auto links = WikiLink::parse(t);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].target, QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(links[0].label, QStringLiteral("Alikram Hummatov"));
        QCOMPARE(
            t.mid(links[0].position, links[0].length), QStringLiteral("[[person/alikram-hummatov|Alikram Hummatov]]"));
        QCOMPARE(links[1].label, QStringLiteral("place/netherlands"));
        QCOMPARE(WikiLink::stripMarkup(t), QStringLiteral("Led by Alikram Hummatov in place/netherlands."));
    }
    void toleratesBrokenMarkup()
    {
        QCOMPARE(WikiLink::parse(QStringLiteral("a [[b")).size(), 0);
        QCOMPARE(WikiLink::stripMarkup(QStringLiteral("a [[b")), QStringLiteral("a [[b"));
        QCOMPARE(WikiLink::parse(QStringLiteral("[[|x]]")).size(), 0);
        QCOMPARE(WikiLink::parse(QStringLiteral("[[a\nb]] [[c|d]]")).size(), 1);
    }
    // The UTF-8 stripMarkup() that search snippets use gives what the QString one gives, whatever the text.
    void utf8StripMatchesQString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("links") << QStringLiteral(
            "Led by [[person/alikram-hummatov|Alikram Hummatov]] in [[place/netherlands]].");
        QTest::newRow("scripts") << QStringLiteral(
            "[[person/a|Əlikram Hümmətov]] и [[person/b|Гумматов]] — [[ place/x ]]");
        QTest::newRow("broken") << QStringLiteral("a [[b");
        QTest::newRow("empty target") << QStringLiteral("[[|x]] and [[ |y]] and [[\u00a0\u2003|z]]");
        QTest::newRow("unicode spaces trimmed") << QStringLiteral("[[\u3000place/x\u00a0]]!");
        QTest::newRow("nested") << QStringLiteral("[[a [[b|c]] d]]");
        QTest::newRow("line break") << QStringLiteral("[[a\nb]] [[c|d]]");
        QTest::newRow("empty") << QString();
        // Random texts from the pieces that matter: markers, bars, line breaks, spaces of every width, letters
        // of one to four UTF-8 bytes.
        const QStringList pieces = { QStringLiteral("[["), QStringLiteral("]]"), QStringLiteral("["),
            QStringLiteral("]"), QStringLiteral("|"), QStringLiteral("\n"), QStringLiteral(" "), QStringLiteral("\t"),
            QStringLiteral("\u00a0"), QStringLiteral("\u2029"), QStringLiteral("\u3000"), QStringLiteral("a"),
            QStringLiteral("ə"), QStringLiteral("Г"), QStringLiteral("تالش"), QStringLiteral("\U0001F600") };
        QRandomGenerator random(20261202);
        for (int i = 0; i < 2000; ++i) {
            QString t;
            const int n = random.bounded(1, 24);
            for (int k = 0; k < n; ++k)
                t += pieces[random.bounded(int(pieces.size()))];
            QTest::addRow("random %d", i) << t;
        }
    }
    void utf8StripMatchesQString()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        std::string out = "left over";
        WikiLink::stripMarkup(std::string_view(utf8.constData(), std::size_t(utf8.size())), out);
        QCOMPARE(QString::fromStdString(out), WikiLink::stripMarkup(text));
    }
    // Broken UTF-8 (a damaged file) is never taken for white space: a stray byte 0x85 is not U+0085.
    void utf8StripOfBrokenText()
    {
        std::string out;
        WikiLink::stripMarkup("[[\x85|a]] [[\xC2\x85|b]] [[x\xE2\x80|c]]", out);
        QCOMPARE(out, std::string("a [[\xC2\x85|b]] c"));
    }
};

QTEST_GUILESS_MAIN(TestWikiLink)
#include "test_wikilink.moc"
