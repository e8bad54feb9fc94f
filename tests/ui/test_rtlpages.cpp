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
#include <QTextCursor>
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

QDir screenshotDir()
{
    QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return QDir(dir);
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

        // The summary: English sentences, read left to right, their final full stop at the right end of the last
        // line (not thrown to its left, as a right-to-left paragraph would without the isolate). Cursor positions
        // are taken inside the English, where the edge between two letters is unambiguous.
        const QString summary = m_kb->entity(id)->summary;
        int at = -1;
        const QTextBlock block = blockWith(doc, summary, &at);
        QVERIFY2(block.isValid(), qPrintable(summary));
        QCOMPARE(block.textDirection(), Qt::RightToLeft);
        const int second = at + int(summary.indexOf(u' ')) + 2; // inside the second word
        QVERIFY(xOf(block, second) > xOf(block, at + 1));
        const int stop = at + int(summary.size()) - 1;
        QCOMPARE(block.text().at(stop), u'.');
        const QTextLine last = block.layout()->lineForTextPosition(stop);
        QVERIFY(xOf(block, stop) > xOf(block, stop - 2));
        const qreal slack = last.naturalTextRect().right() - xOf(block, stop);
        QVERIFY2(slack >= 0 && slack < 3 * QFontMetricsF(block.charFormat().font()).averageCharWidth(),
            qPrintable(QStringLiteral("full stop %1 px from the line's right end").arg(slack)));

        // A relation: "← Name", the arrow on the right of the name it points to.
        int arrow = -1;
        const QTextBlock relation = blockWith(doc, QStringLiteral("← "), &arrow);
        QVERIFY(relation.isValid());
        QVERIFY(!relation.text().contains(QStringLiteral("→")));
        const qsizetype letter = relation.text().indexOf(QRegularExpression(QStringLiteral("[A-Za-z]")), arrow);
        QVERIFY(letter > arrow);
        const QTextLine line = relation.layout()->lineForTextPosition(arrow);
        const qreal arrowX = line.cursorToX(arrow + 1); // the arrow's far edge from the text start
        QVERIFY2(arrowX > xOf(relation, int(letter) + 1), qPrintable(relation.text()));

        // For a look: the relations, scrolled into view.
        const QTextCursor cursor(relation);
        entity->browser()->setTextCursor(cursor);
        entity->browser()->ensureCursorVisible();
        QTest::qWait(50);
        QVERIFY(page->grab().save(screenshotDir().filePath(QStringLiteral("page-entity-fa-relations.png"))));
    }

    void persianWindowScreenshot()
    {
        MainWindow w { QString() };
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isRightToLeft());
        QVERIFY(w.openLink(QUrl(QStringLiteral("kb:person/alikram-hummatov"))));
        settle();
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(screenshotDir().filePath(QStringLiteral("window-fa-entity.png"))));
    }
};

QTEST_MAIN(TestRtlPages)
#include "test_rtlpages.moc"
