// SPDX-License-Identifier: GPL-3.0-or-later
// Right-to-left pages isolate their left-to-right text: an English sentence is one isolate with its full stop, a
// Latin name between Persian words is isolated without the punctuation around it, a marker run in front ("← ") stays
// outside, text without Latin letters is left alone; the Persian entity page has isolates around its Latin runs and
// relation arrows pointing left, the English one neither.
#include <core/document/bidiisolation.h>
#include <core/render/htmlrenderer.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

namespace {

const QString fsi(BidiIsolation::firstStrongIsolate);
const QString pdi(BidiIsolation::popDirectionalIsolate);

QStringList texts(const PageRuns &runs)
{
    QStringList out;
    for (const PageRun &r : runs)
        out << r.text;
    return out;
}

} // namespace

class TestBidiIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isolatesLeftToRightStretches_data()
    {
        QTest::addColumn<QStringList>("runs");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("English sentence keeps its full stop")
            << QStringList { QStringLiteral("Alikram Hummatov was arrested.") }
            << QStringList { fsi + QStringLiteral("Alikram Hummatov was arrested.") + pdi };
        QTest::newRow("sentence over runs")
            << QStringList { QStringLiteral("Founded by "), QStringLiteral("Alikram Hummatov"),
                   QStringLiteral(" in 1993.") }
            << QStringList { fsi + QStringLiteral("Founded by "), QStringLiteral("Alikram Hummatov"),
                   QStringLiteral(" in 1993.") + pdi };
        QTest::newRow("name among Persian words")
            << QStringList { QStringLiteral("رهبر: Alikram Hummatov (1993)، تالش") }
            << QStringList { QStringLiteral("رهبر: ") + fsi + QStringLiteral("Alikram Hummatov") + pdi
                   + QStringLiteral(" (1993)، تالش") };
        QTest::newRow("brackets opened inside close inside")
            << QStringList { QStringLiteral("رهبر: Alikram (born in Lankaran)، تالش") }
            << QStringList { QStringLiteral("رهبر: ") + fsi + QStringLiteral("Alikram (born in Lankaran)") + pdi
                   + QStringLiteral("، تالش") };
        QTest::newRow("bracket opened in Persian closes outside")
            << QStringList { QStringLiteral("(به نظر Alikram Hummatov).") }
            << QStringList { QStringLiteral("(به نظر ") + fsi + QStringLiteral("Alikram Hummatov") + pdi
                   + QStringLiteral(").") };
        QTest::newRow("Persian label, English value")
            << QStringList { QStringLiteral("نقش: "), QStringLiteral("leader of the movement.") }
            << QStringList { QStringLiteral("نقش: "), fsi + QStringLiteral("leader of the movement.") + pdi };
        QTest::newRow("arrow run stays outside")
            << QStringList { QStringLiteral("← "), QStringLiteral("Talysh-Mughan Autonomous Republic") }
            << QStringList { QStringLiteral("← "), fsi + QStringLiteral("Talysh-Mughan Autonomous Republic") + pdi };
        QTest::newRow("quotes go with their sentence") << QStringList { QStringLiteral("“Quoted words.”") }
                                                       << QStringList { fsi + QStringLiteral("“Quoted words.”") + pdi };
        QTest::newRow("Persian alone") << QStringList { QStringLiteral("جنبش ملی تالش") }
                                       << QStringList { QStringLiteral("جنبش ملی تالش") };
        QTest::newRow("digits alone") << QStringList { QStringLiteral("(1993)") }
                                      << QStringList { QStringLiteral("(1993)") };
    }
    void isolatesLeftToRightStretches()
    {
        QFETCH(QStringList, runs);
        QFETCH(QStringList, expected);
        PageRuns in;
        for (const QString &t : runs)
            in << PageRun::plain(t);
        QCOMPARE(texts(BidiIsolation::isolated(in)), expected);
    }

    void footnoteMarkersAreNotText()
    {
        PageRuns in { PageRun::plain(QStringLiteral("He was detained")), PageRun::plain(QStringLiteral(".")) };
        PageRun note = PageRun::plain(QStringLiteral("The cited sentence in Latin letters."));
        note.note = 1;
        in.insert(1, note);
        const PageRuns out = BidiIsolation::isolated(in);
        QCOMPARE(out[1].text, note.text);
        QCOMPARE(out[0].text, fsi + QStringLiteral("He was detained"));
        QCOMPARE(out[2].text, QStringLiteral(".") + pdi);
        // A marker ending the text stays inside the sentence's isolate, on its right.
        const PageRuns last = BidiIsolation::isolated({ PageRun::plain(QStringLiteral("TNM President")), note });
        QCOMPARE(last.size(), 3);
        QCOMPARE(last[0].text, fsi + QStringLiteral("TNM President"));
        QCOMPARE(last[1].note, 1);
        QCOMPARE(last[2].text, pdi);
    }

    void persianEntityPageIsolatesLatinRunsAndMirrorsArrows()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        StoreError err;
        const QString path = dir.filePath(QStringLiteral("pack.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        const auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(kb, qPrintable(err.message));
        const QString id = QStringLiteral("person/alikram-hummatov");

        const QString fa = HtmlRenderer(kb.get(), QLocale(QStringLiteral("fa"))).entityPage(id);
        QVERIFY(fa.contains(QStringLiteral("<body dir=\"rtl\">")));
        QVERIFY2(fa.contains(QStringLiteral("<h1>") + fsi + QStringLiteral("Alikram Hummatov") + pdi), qPrintable(fa));
        QVERIFY2(fa.contains(QStringLiteral("← <a href=\"kb:")), qPrintable(fa));
        QVERIFY(!fa.contains(QStringLiteral("→")));
        // The summary, an English sentence, is isolated whole with its full stop.
        const QString summary = kb->entity(id)->summary;
        QVERIFY(summary.endsWith(u'.'));
        QVERIFY2(
            fa.contains(fsi + summary.toHtmlEscaped().replace(QStringLiteral("&quot;"), QStringLiteral("\"")) + pdi)
                || fa.contains(fsi + summary + pdi),
            qPrintable(fa));

        const QString en = HtmlRenderer(kb.get(), QLocale(QStringLiteral("en"))).entityPage(id);
        QVERIFY(!en.contains(fsi) && !en.contains(pdi));
        QVERIFY(en.contains(QStringLiteral("→ <a href=\"kb:")));
        QVERIFY(!en.contains(QStringLiteral("←")));
    }
};

QTEST_GUILESS_MAIN(TestBidiIsolation)
#include "test_bidiisolation.moc"
