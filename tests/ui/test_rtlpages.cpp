// SPDX-License-Identifier: GPL-3.0-or-later
// A Persian window lays the knowledge base's English out as English inside its right-to-left pages: an English
// sentence reads left to right with its full stop at its right end, the page's lines sit on the right, and a
// relation's arrow points left from its label toward the name it leads to. Also saves window-fa-entity.png (to
// TALYSHKB_SCREENSHOT_DIR, else next to the test binary).
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/language/languagemanager.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/pagefactory.h>

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using namespace tkb;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QTest::qWait(100);
}

/// The block holding text, and where text starts in it.
QTextBlock blockWith(const QTextDocument *doc, const QString &text, int *at)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const qsizetype i = b.text().indexOf(text);
        if (i >= 0) {
            *at = int(i);
            return b;
        }
    }
    return {};
}

/// The x of the leading edge of the character at position in block (one-line blocks).
qreal xOf(const QTextBlock &block, int position)
{
    const QTextLine line = block.layout()->lineForTextPosition(position);
    return line.isValid() ? line.cursorToX(position) : -1;
}

} // namespace

class TestRtlPages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        StoreError err;
        const QString path = m_dir.filePath(QStringLiteral("pack.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
        LanguageManager::instance()->setLanguage(QStringLiteral("fa"), false);
        settle();
    }
    void cleanupTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void englishKeepsItsOrderInAPersianPage()
    {
        const QString id = QStringLiteral("person/alikram-hummatov");
        std::unique_ptr<TabPage> page(PageFactory::create(QUrl(QStringLiteral("kb:") + id), m_kb.get()));
        auto *entity = qobject_cast<EntityPage *>(page.get());
        QVERIFY(entity);
        page->resize(900, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(page->isRightToLeft());
        const QTextDocument *doc = entity->browser()->document();

        // The summary: one English sentence, its full stop at its right end, the line towards the right margin.
        const QString summary = m_kb->entity(id)->summary;
        int at = -1;
        const QTextBlock block = blockWith(doc, summary, &at);
        QVERIFY2(block.isValid(), qPrintable(summary));
        QCOMPARE(block.textDirection(), Qt::RightToLeft);
        QVERIFY(block.layout()->lineCount() >= 1);
        if (block.layout()->lineCount() == 1) {
            const qreal first = xOf(block, at);
            const qreal stop = xOf(block, at + int(summary.size()) - 1);
            QVERIFY2(
                stop > first, qPrintable(QStringLiteral("full stop at %1, first letter at %2").arg(stop).arg(first)));
        }
        // Within the sentence every word follows the one before it to the right (first line).
        const int second = at + int(summary.indexOf(u' ')) + 1;
        QVERIFY(xOf(block, second) > xOf(block, at));

        // A relation: "← Name", the arrow on the right of the name it points to.
        int arrow = -1;
        const QTextBlock relation = blockWith(doc, QStringLiteral("← "), &arrow);
        QVERIFY(relation.isValid());
        QVERIFY(!relation.text().contains(QStringLiteral("→")));
        const qsizetype letter = relation.text().indexOf(QRegularExpression(QStringLiteral("[A-Za-z]")), arrow);
        QVERIFY(letter > arrow);
        QVERIFY2(xOf(relation, arrow) > xOf(relation, int(letter)), qPrintable(relation.text()));
    }

    void persianWindowScreenshot()
    {
        QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        MainWindow w { QString() };
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isRightToLeft());
        QVERIFY(w.openLink(QUrl(QStringLiteral("kb:person/alikram-hummatov"))));
        settle();
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("window-fa-entity.png"))));
    }
};

QTEST_MAIN(TestRtlPages)
#include "test_rtlpages.moc"
