// SPDX-License-Identifier: GPL-3.0-or-later
// Citing a selection, linking a name and adding a source, driven through the real window: a passage dragged
// over in the article, the page's context menu opened with the Menu key, the entity and claim chosen by keys;
// the citation is then in the base and on the entity's page, and undo takes it back. Selections that are not the
// stored text or cross sections are refused with a message and change nothing.
#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entityfield.h>
#include <ui/editing/passagelocator.h>
#include <ui/editing/selectionactions.h>
#include <ui/editing/selectiontargetdialog.h>
#include <ui/editing/sourcedialog.h>
#include <ui/editing/sourcetext.h>
#include <ui/language/languagemanager.h>
#include <ui/pages/articlepage.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/shell/mainwindow.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using tkb::MainWindow;

namespace {

const QString article = QStringLiteral("source/talysh-national-movement-article");
const QString hummatov = QStringLiteral("person/alikram-hummatov");

/// Drags the mouse over text in browser as a user selecting it would (press, move with the button held,
/// release); returns false when text is not on the page.
bool dragSelect(tkb::LinkBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text, 0, QTextDocument::FindCaseSensitively);
    if (found.isNull())
        return false;
    QTextCursor at(browser->document());
    at.setPosition(found.selectionEnd());
    browser->setTextCursor(at);
    browser->ensureCursorVisible();
    at.setPosition(found.selectionStart());
    browser->setTextCursor(at);
    browser->ensureCursorVisible();
    QWidget *viewport = browser->viewport();
    const auto pointAt = [browser](int position) {
        QTextCursor c(browser->document());
        c.setPosition(position);
        const QRect r = browser->cursorRect(c);
        return QPoint(r.left(), r.center().y());
    };
    const QPoint from = pointAt(found.selectionStart());
    const QPoint to = pointAt(found.selectionEnd());
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint p = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    return true;
}

/// Selects text in browser as the cursor would after a drag (for selections longer than one screen).
bool select(tkb::LinkBrowser *browser, const QString &from, const QString &to)
{
    const auto flags = QTextDocument::FindCaseSensitively;
    const QTextCursor a = browser->document()->find(from, 0, flags);
    const QTextCursor b = browser->document()->find(to, a.isNull() ? 0 : a.selectionStart(), flags);
    if (a.isNull() || b.isNull())
        return false;
    QTextCursor c(browser->document());
    c.setPosition(a.selectionStart());
    c.setPosition(b.selectionEnd(), QTextCursor::KeepAnchor);
    browser->setTextCursor(c);
    return true;
}

QAction *actionIn(QMenu *menu, const char *name)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String(name))
            return a;
    }
    return nullptr;
}

/// text without the direction isolates that keep user text in order inside a translated sentence.
QString plain(QString text)
{
    for (const char16_t c : { u'\u2066', u'\u2067', u'\u2068', u'\u2069' })
        text.remove(QChar(c));
    return text;
}

bool cites(const QList<tkb::Citation> &list, const tkb::Citation &c)
{
    return list.contains(c);
}

} // namespace

class TestCiteSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passageLocatorMapsRenderedText();
    void sourceTextReadsFiles();
    void citeForByKeysThenUndo();
    void linkToRewritesSectionText();
    void linkToOnEntityPageEditsSummary();
    void addSourceFromMarkdownThenCite();
    void addSourceByKeysFromPasteAndTxt();
    void badSelectionsChangeNothing();
    void readOnlyDisablesWithReason();
    void newEntityGoesToTheForm();
    void dialogsInPersianAreRightToLeft();

private:
    std::unique_ptr<MainWindow> window();
    tkb::LinkBrowser *openPage(MainWindow &w, const QUrl &url);

    QTemporaryDir m_dir;
    QString m_base;
};

void TestCiteSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test-citeselection"));
    QVERIFY(m_dir.isValid());
}

void TestCiteSelection::init()
{
    QSettings().clear();
    tkb::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    // Every test starts from the shipped base as built, whatever the one before changed.
    m_base = m_dir.filePath(QStringLiteral("%1.tkb").arg(QTest::currentTestFunction()));
    tkb::StoreError error;
    QVERIFY2(tkb::BundledBase::build(m_base, &error), qPrintable(error.message));
}

void TestCiteSelection::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestCiteSelection::window()
{
    auto w = std::make_unique<MainWindow>(m_base);
    w->resize(1200, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    // The window checks the base in the background first and allows no edit until it has.
    if (!QTest::qWaitFor([&w] { return w->knowledgeBase() && w->knowledgeBase()->isVerified(); }, 20000))
        return nullptr;
    return w;
}

tkb::LinkBrowser *TestCiteSelection::openPage(MainWindow &w, const QUrl &url)
{
    if (!w.openLink(url, tkb::TabPage::OpenIn::NewTab))
        return nullptr;
    QCoreApplication::processEvents();
    return w.currentPage() ? w.currentPage()->findChild<tkb::LinkBrowser *>() : nullptr;
}

void TestCiteSelection::passageLocatorMapsRenderedText()
{
    // Links read as their labels, emphasis markers are not drawn, and the passage is the source's own text.
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<h2>Findings</h2><p>The <a href=\"kb:place/x\">Talysh region</a> is <b>large</b> "
                               "and green.</p><p>Second line.</p>"));
    const QList<tkb::PassageLocator::Field> fields {
        { QStringLiteral("Findings"),
            QStringLiteral("The [[place/x|Talysh region]] is **large** and green.\n\nSecond line.") },
    };
    const tkb::PassageLocator locator(fields);
    QTextCursor c = doc.find(QStringLiteral("Talysh region is large and"));
    QVERIFY(!c.isNull());
    tkb::PassageLocator::Place p = locator.locate(c);
    QVERIFY2(p.isValid(), qPrintable(p.error));
    QCOMPARE(p.passage, QStringLiteral("Talysh region is **large** and"));
    QVERIFY(!p.plain); // a link and emphasis inside: not words a link can be made of
    c = doc.find(QStringLiteral("and green"));
    p = locator.locate(c);
    QVERIFY(p.plain);
    QCOMPARE(fields[0].text.mid(p.start, p.end - p.start), QStringLiteral("and green"));
    // The heading is the page's, not the text's.
    c = doc.find(QStringLiteral("Findings"));
    p = locator.locate(c);
    QVERIFY(!p.isValid());
    QVERIFY(p.error.contains(QStringLiteral("not in the stored text")));
    // Nothing selected.
    QVERIFY(!locator.locate(QTextCursor(&doc)).isValid());
}

void TestCiteSelection::sourceTextReadsFiles()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    };
    tkb::SourceText::File f = tkb::SourceText::read(
        write(QStringLiteral("r.md"), "# Report\n\nLead text.\n\n## One\n\nFirst.\n\n## One\n\nAgain.\n"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.title, QStringLiteral("Report"));
    QVERIFY(f.markdown);
    const QList<tkb::Section> sections = tkb::SourceText::sections(f.text, true);
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections[0].id, QStringLiteral("lead"));
    QCOMPARE(sections[0].text, QStringLiteral("Lead text."));
    QCOMPARE(sections[1].title, QStringLiteral("One"));
    QCOMPARE(sections[2].title, QStringLiteral("One (2)")); // a citation names its section by title: unique
    QCOMPARE(sections[2].text, QStringLiteral("Again."));
    QVERIFY(tkb::SourceText::read(write(QStringLiteral("e.md"), "  \n\n")).error.contains(QStringLiteral("empty")));
    QVERIFY(tkb::SourceText::read(write(QStringLiteral("b.txt"), QByteArray("ab\0cd", 5)))
            .error.contains(QStringLiteral("binary")));
    QVERIFY(tkb::SourceText::read(write(QStringLiteral("l.txt"), "caf\xe9")).error.contains(QStringLiteral("UTF-8")));
    QVERIFY(tkb::SourceText::read(dir.filePath(QStringLiteral("missing.md")))
            .error.contains(QStringLiteral("cannot be read")));
    QVERIFY(tkb::SourceText::read(write(QStringLiteral("x.pdf"), "%PDF")).error.contains(QStringLiteral(".md")));
    // Plain text is one lead.
    f = tkb::SourceText::read(write(QStringLiteral("p.txt"), "Just text.\n# not a heading\n"));
    QVERIFY(!f.markdown);
    QCOMPARE(tkb::SourceText::sections(f.text, false).size(), 1);
}

void TestCiteSelection::citeForByKeysThenUndo()
{
    const auto w = window();
    QVERIFY(w);
    const QString passage
        = QStringLiteral("his brothers and uncle were arrested and convicted of harboring a state criminal");
    // Hummatov's page, open in a tab of its own: it already quotes the passage inside a longer sentence, and must
    // show it once more after the citation without being opened again.
    tkb::LinkBrowser *page = openPage(*w, tkb::KbAddress::entity(hummatov));
    QVERIFY(page);
    const qsizetype quoted = page->toPlainText().count(passage);
    tkb::LinkBrowser *browser = openPage(*w, tkb::KbAddress::article());
    QVERIFY(browser);
    QVERIFY(dragSelect(browser, passage));
    QCOMPARE(tkb::PassageLocator::selectedText(browser->textCursor()), passage);

    // The Menu key opens the page's context menu at the selection.
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Menu);
    QPointer<QMenu> menu = browser->contextMenu();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QAction *cite = actionIn(menu, "actionCiteSelection");
    QVERIFY(cite);
    QVERIFY2(cite->isEnabled(), qPrintable(cite->statusTip()));
    QVERIFY(actionIn(menu, "actionLinkSelection")->isEnabled());
    QVERIFY(menu->actions().first()->text().contains(QStringLiteral("Copy"))); // the standard actions stay

    // The screenshot: the window with the menu open over the selected passage.
    QTest::qWait(50);
    QPixmap shot = w->grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(w->mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))), menu->grab());
    }
    QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOTS");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("cite-selection-menu.png"))));

    // "Cite for…" by its mnemonic.
    QTest::keyClick(menu, Qt::Key_I);
    QPointer<tkb::SelectionTargetDialog> dialog;
    QTRY_VERIFY((dialog = w->findChild<tkb::SelectionTargetDialog *>()));
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!menu || !menu->isVisible());
    // The entity by another spelling, picked from the suggestions with the keys.
    tkb::EntityField *entity = dialog->entityField();
    entity->setFocus();
    entity->selectAll();
    QTest::keyClicks(entity, QStringLiteral("Gummatov"));
    QTRY_VERIFY(entity->suggestions()->popup()->isVisible());
    QTest::keyClick(entity->suggestions()->popup(), Qt::Key_Down);
    QTest::keyClick(entity->suggestions()->popup(), Qt::Key_Return);
    QCOMPARE(entity->entityId(), hummatov);
    QCOMPARE(entity->text(), QStringLiteral("Alikram Hummatov"));
    QVERIFY(dialog->isVisible()); // Enter took the suggestion only
    // The claim: Hummatov's role as President of the TMAR, reached with the arrow keys.
    QListWidget *claims = dialog->claimList();
    claims->setFocus();
    int row = -1;
    for (int i = 0; i < claims->count(); ++i) {
        if (claims->item(i)->text().contains(QStringLiteral("President of the TMAR")))
            row = i;
    }
    QVERIFY(row > 0);
    QVERIFY(claims->item(0)->text().startsWith(QStringLiteral("The entry itself: Alikram Hummatov")));
    QTest::keyClick(claims, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(claims, Qt::Key_Down);
    QCOMPARE(claims->currentRow(), row);
    QTest::keyClick(claims, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Stored, with the source's section and the passage verbatim.
    const tkb::Citation expected { article, QStringLiteral("History"), passage };
    std::optional<tkb::EntityDocument> doc = w->knowledgeBase()->document(hummatov);
    QVERIFY(doc);
    bool found = false;
    for (const tkb::Attribute &a : doc->entity.attributes)
        found |= a.value.startsWith(QStringLiteral("President of the TMAR")) && cites(a.citations, expected);
    QVERIFY(found);
    // And shown on the entity's page, which refreshed.
    QCOMPARE(page->toPlainText().count(passage), quoted + 1);
    QCOMPARE(plain(w->edits()->undoStack()->undoText()),
        QStringLiteral("Cite “his brothers and uncle were arrested and convicted of…” for Alikram Hummatov"));

    // Undo takes it back, and the page follows.
    w->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    doc = w->knowledgeBase()->document(hummatov);
    for (const tkb::Attribute &a : doc->entity.attributes)
        QVERIFY(!cites(a.citations, expected));
    QCOMPARE(page->toPlainText().count(passage), quoted);
}

void TestCiteSelection::linkToRewritesSectionText()
{
    const auto w = window();
    QVERIFY(w);
    tkb::LinkBrowser *browser = openPage(*w, tkb::KbAddress::article(QStringLiteral("Movement goals")));
    QVERIFY(browser);
    QVERIFY(dragSelect(browser, QStringLiteral("decentralization of power")));
    QTest::keyClick(browser, Qt::Key_F10, Qt::ShiftModifier);
    QPointer<QMenu> menu = browser->contextMenu();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_K);
    QPointer<tkb::SelectionTargetDialog> dialog;
    QTRY_VERIFY((dialog = w->findChild<tkb::SelectionTargetDialog *>(QStringLiteral("linkDialog"))));
    QVERIFY(!dialog->claimList());
    tkb::EntityField *entity = dialog->entityField();
    QCOMPARE(entity->text(), QStringLiteral("decentralization of power")); // the words, to search from
    entity->setFocus();
    entity->selectAll();
    QTest::keyClicks(entity, QStringLiteral("Azerb"));
    QTRY_VERIFY(entity->suggestions()->popup()->isVisible());
    QTest::keyClick(entity->suggestions()->popup(), Qt::Key_Down);
    QTest::keyClick(entity->suggestions()->popup(), Qt::Key_Return);
    QCOMPARE(entity->entityId(), QStringLiteral("place/azerbaijan"));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const std::optional<tkb::SourceDocument> source = w->knowledgeBase()->source(article);
    QVERIFY(source);
    const QString text = source->section(u"Movement goals")->text;
    QVERIFY2(text.contains(QStringLiteral("[[place/azerbaijan|decentralization of power]]")), qPrintable(text));
    // The page shows the new link; the rest of the source is as it was.
    QTRY_VERIFY(browser->toHtml().contains(QStringLiteral("kb:place/azerbaijan")));
    QCOMPARE(source->sections.size(), 5);
    // Undo puts the text back.
    w->edits()->undoStack()->undo();
    QVERIFY(!w->knowledgeBase()
            ->source(article)
            ->section(u"Movement goals")
            ->text.contains(QStringLiteral("|decentralization of power]]")));
}

void TestCiteSelection::linkToOnEntityPageEditsSummary()
{
    const auto w = window();
    QVERIFY(w);
    tkb::LinkBrowser *browser = openPage(*w, tkb::KbAddress::entity(hummatov));
    QVERIFY(browser);
    QVERIFY(dragSelect(browser, QStringLiteral("Council of Europe")));
    auto *page = qobject_cast<tkb::EntityPage *>(w->currentPage());
    QVERIFY(page && page->selectionActions());
    // Only a source's text can be cited; an entity's own text can be linked.
    page->selectionActions()->update();
    QVERIFY(!page->selectionActions()->cite->isEnabled());
    QVERIFY(page->selectionActions()->cite->statusTip().contains(QStringLiteral("source")));
    QPointer<tkb::SelectionTargetDialog> dialog = page->selectionActions()->linkSelection();
    QVERIFY(dialog);
    dialog->entityField()->setEntityId(QStringLiteral("organization/talysh-national-movement"));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const QString summary = w->knowledgeBase()->entity(hummatov)->summary;
    QVERIFY2(summary.contains(QStringLiteral("[[organization/talysh-national-movement|Council of Europe]]")),
        qPrintable(summary));
}

void TestCiteSelection::addSourceFromMarkdownThenCite()
{
    const auto w = window();
    QVERIFY(w);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rights-report.md"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Talysh Rights Report\n\nA short report written for this test.\n\n## Findings\n\n"
                "The report found that Talysh schools teach no Talysh.\nIt also lists **three** cases.\n\n"
                "## Method\n\nInterviews in Lankaran.\n");
    }
    QAction *add = w->findChild<QAction *>(QStringLiteral("actionAddSource"));
    QVERIFY(add);
    QTRY_VERIFY(add->isEnabled()); // once the window has checked the base it opened
    QCOMPARE(add->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->trigger();
    QPointer<tkb::SourceDialog> dialog;
    QTRY_VERIFY((dialog = w->findChild<tkb::SourceDialog *>()));
    // A binary file is refused with its reason, and nothing typed is lost.
    QTest::keyClicks(dialog->authorEdit(), QStringLiteral("A. Researcher"));
    const QString binary = dir.filePath(QStringLiteral("image.txt"));
    {
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\0\0", 8));
    }
    QVERIFY(!dialog->readFile(binary));
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("binary")));
    QCOMPARE(dialog->authorEdit()->text(), QStringLiteral("A. Researcher"));
    QVERIFY(dialog->readFile(path));
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Talysh Rights Report"));
    QVERIFY(dialog->markdownBox()->isChecked());
    // A date the base cannot read is said so; then a good one.
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("May 2024"));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("May 2024")));
    dialog->dateEdit()->selectAll();
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("2024-05"));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const QString id = QStringLiteral("source/talysh-rights-report");
    const std::optional<tkb::SourceDocument> source = w->knowledgeBase()->source(id);
    QVERIFY(source);
    QCOMPARE(source->author, QStringLiteral("A. Researcher"));
    QCOMPARE(source->date.edtf(), QStringLiteral("2024-05"));
    QCOMPARE(source->sections.size(), 3);
    QCOMPARE(source->sections[1].title, QStringLiteral("Findings"));
    QCOMPARE(plain(w->edits()->undoStack()->undoText()), QStringLiteral("Add source Talysh Rights Report"));

    // It opened in a tab of its own, and a passage of it can be cited at once.
    auto *page = qobject_cast<tkb::ArticlePage *>(w->currentPage());
    QVERIFY(page);
    QCOMPARE(page->address(), tkb::KbAddress::article({}, {}, id));
    tkb::LinkBrowser *browser = page->browser();
    // Across a line break and a bold word: the passage keeps the source's own text.
    QVERIFY(select(browser, QStringLiteral("Talysh schools teach"), QStringLiteral("lists three cases")));
    QPointer<tkb::SelectionTargetDialog> cite = page->selectionActions()->citeSelection();
    QVERIFY(cite);
    cite->setEntityId(hummatov);
    QTest::keyClick(cite->claimList(), Qt::Key_Return); // the entry itself, the first claim
    QTRY_VERIFY(!cite || !cite->isVisible());
    const tkb::Citation expected { id, QStringLiteral("Findings"),
        QStringLiteral("Talysh schools teach no Talysh.\nIt also lists **three** cases") };
    QVERIFY(cites(w->knowledgeBase()->entity(hummatov)->citations, expected));
}

void TestCiteSelection::addSourceByKeysFromPasteAndTxt()
{
    const auto w = window();
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    const qsizetype changes = w->knowledgeBase()->recentChanges(1000).size();
    // A key goes where the focus is, as a real one would (the window itself while nothing in it has the focus).
    const auto press = [&w](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && focus->window() == w.get() ? focus : w.get(), key, modifiers);
    };
    QAction *add = w->findChild<QAction *>(QStringLiteral("actionAddSource"));
    QTRY_VERIFY(add->isEnabled());
    // Ctrl+Shift+N opens the dialog; the title field has the focus.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<tkb::SourceDialog> dialog;
    QTRY_VERIFY((dialog = w->findChild<tkb::SourceDialog *>()));
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->titleEdit());
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Interview notes"));
    // No text and no web address: said so, nothing written, the title kept, the text field to type in.
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->isVisible() && dialog->errorLabel()->text().contains(QStringLiteral("text")),
        qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(QApplication::focusWidget(), dialog->textEdit());
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Interview notes"));
    // Spaces only are no text either.
    QTest::keyClicks(dialog->textEdit(), QStringLiteral("   "));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(w->knowledgeBase()->recentChanges(1000).size(), changes);

    // A file that cannot be read (a folder, a missing file) is refused with its reason; what was typed stays.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.txt")));
    QVERIFY(!dialog->readFile(dir.filePath(QStringLiteral("folder.txt"))));
    QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("cannot be read")),
        qPrintable(dialog->errorLabel()->text()));
    QVERIFY(!dialog->readFile(dir.filePath(QStringLiteral("gone.txt"))));
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("gone.txt")));
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Interview notes"));
    QCOMPARE(dialog->textEdit()->toPlainText(), QStringLiteral("   "));

    // Pasted text (Ctrl+V) becomes the source's one section.
    const QString pasted = QStringLiteral("Interviewed in Lerik in 2019, the elders named the old Talysh schools.");
    QApplication::clipboard()->setText(pasted);
    dialog->textEdit()->setFocus();
    QTest::keyClick(dialog->textEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(dialog->textEdit(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(dialog->textEdit()->toPlainText(), pasted);
    QVERIFY(!dialog->markdownBox()->isChecked());
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const QString notes = QStringLiteral("source/interview-notes");
    std::optional<tkb::SourceDocument> source = w->knowledgeBase()->source(notes);
    QVERIFY(source);
    QCOMPARE(source->sections.size(), 1);
    QCOMPARE(source->sections[0].text, pasted);
    // Opened in a tab of its own, showing the text.
    auto *page = qobject_cast<tkb::ArticlePage *>(w->currentPage());
    QVERIFY(page);
    QCOMPARE(page->address(), tkb::KbAddress::article({}, {}, notes));
    QVERIFY(page->browser()->toPlainText().contains(pasted));

    // A .txt file, read by the dialog: plain text, its name the title; a second "Interview notes" gets its own id.
    const QString path = dir.filePath(QStringLiteral("Interview notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Second visit.\n# not a heading in plain text\nThe school in Lerik reopened.\n");
    }
    QTRY_VERIFY(!dialog); // the first one is gone
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((dialog = w->findChild<tkb::SourceDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->readFile(path));
    QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Interview notes"));
    QVERIFY(!dialog->markdownBox()->isChecked());
    QCOMPARE(dialog->newId(), notes + QStringLiteral("-2"));
    dialog->titleEdit()->setFocus();
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    source = w->knowledgeBase()->source(notes + QStringLiteral("-2"));
    QVERIFY(source);
    QCOMPARE(source->sections.size(), 1);
    QVERIFY(source->sections[0].text.contains(QStringLiteral("# not a heading in plain text")));
    QCOMPARE(w->knowledgeBase()->recentChanges(1000).size(), changes + 2);

    // The new tab's passage is cited by the keys: Shift+F10, the mnemonic, the entity, Enter.
    page = qobject_cast<tkb::ArticlePage *>(w->currentPage());
    QVERIFY(page);
    QVERIFY(dragSelect(page->browser(), QStringLiteral("The school in Lerik reopened")));
    page->browser()->setFocus();
    QTest::keyClick(page->browser(), Qt::Key_F10, Qt::ShiftModifier);
    QPointer<QMenu> menu = page->browser()->contextMenu();
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_I);
    QPointer<tkb::SelectionTargetDialog> cite;
    QTRY_VERIFY((cite = w->findChild<tkb::SelectionTargetDialog *>(QStringLiteral("citeDialog"))));
    cite->setEntityId(QStringLiteral("place/talish-region"));
    QCOMPARE(cite->entityField()->entityId(), QStringLiteral("place/talish-region"));
    cite->claimList()->setFocus();
    QTest::keyClick(cite->claimList(), Qt::Key_Home);
    QTest::keyClick(cite->claimList(), Qt::Key_Return);
    QTRY_VERIFY(!cite || !cite->isVisible());
    QVERIFY(cites(w->knowledgeBase()->entity(QStringLiteral("place/talish-region"))->citations,
        tkb::Citation { notes + QStringLiteral("-2"), QString(), QStringLiteral("The school in Lerik reopened") }));
}

void TestCiteSelection::badSelectionsChangeNothing()
{
    const auto w = window();
    QVERIFY(w);
    tkb::LinkBrowser *browser = openPage(*w, tkb::KbAddress::article());
    QVERIFY(browser);
    auto *page = qobject_cast<tkb::ArticlePage *>(w->currentPage());
    QVERIFY(page && page->selectionActions());
    const qsizetype changes = w->knowledgeBase()->recentChanges(1000).size();
    const std::optional<tkb::EntityDocument> before = w->knowledgeBase()->document(article);

    const auto refused = [&](const QString &contains) {
        QPointer<tkb::SelectionTargetDialog> d = page->selectionActions()->citeSelection();
        QMessageBox *box = page->selectionActions()->lastMessage();
        const bool ok = !d && box && box->isVisible() && box->text().contains(contains);
        if (!ok)
            qWarning() << "message:" << (box ? box->text() : QStringLiteral("(none)"));
        if (box)
            box->close();
        QCoreApplication::processEvents();
        return ok;
    };
    // From the end of the lead into the History section.
    QVERIFY(select(browser, QStringLiteral("This was terminated"), QStringLiteral("In the second half of August")));
    QVERIFY(refused(QStringLiteral("a passage must lie within one section")));
    QVERIFY(refused(QStringLiteral("“History”")));
    // Taking in the page's own heading.
    QVERIFY(select(browser, QStringLiteral("History"), QStringLiteral("In the second half")));
    QVERIFY(refused(QStringLiteral("not in the stored text")));
    // The infobox table is the page's drawing of it, not a section's text.
    QVERIFY(select(browser, QStringLiteral("The Hague, Netherlands"), QStringLiteral("The Hague, Netherlands")));
    QVERIFY(refused(QStringLiteral("not in the stored text")));
    // Nothing at all.
    browser->setTextCursor(QTextCursor(browser->document()));
    QVERIFY(refused(QStringLiteral("Select")));
    // Linking words that are a link already.
    QVERIFY(
        select(browser, QStringLiteral("Talysh-Mughan Autonomous Republic"), QStringLiteral("Autonomous Republic")));
    QVERIFY(!page->selectionActions()->linkSelection());
    QVERIFY(page->selectionActions()->lastMessage()->text().contains(QStringLiteral("link")));
    page->selectionActions()->lastMessage()->close();
    QCOMPARE(w->knowledgeBase()->recentChanges(1000).size(), changes);
    QCOMPARE(w->knowledgeBase()->document(article), before);

    // The same passage twice for one claim: the second time is refused in the dialog, which stays open.
    const QString passage = QStringLiteral("where part of the Talysh leadership lives in exile");
    for (int time = 1; time <= 2; ++time) {
        QVERIFY(select(browser, passage, passage));
        QPointer<tkb::SelectionTargetDialog> d = page->selectionActions()->citeSelection();
        QVERIFY(d);
        d->setEntityId(QStringLiteral("organization/talysh-national-movement"));
        d->claimList()->setCurrentRow(0);
        d->accept();
        if (time == 1) {
            QTRY_VERIFY(!d || !d->isVisible());
            continue;
        }
        QVERIFY(d->isVisible());
        QVERIFY2(d->errorLabel()->text().contains(QStringLiteral("already rests on this passage")),
            qPrintable(d->errorLabel()->text()));
        d->reject();
    }
    QCOMPARE(w->knowledgeBase()->recentChanges(1000).size(), changes + 1);
}

void TestCiteSelection::readOnlyDisablesWithReason()
{
    const auto first = window();
    QVERIFY(first);
    MainWindow second(m_base);
    QVERIFY(second.isReadOnly());
    // Nor can a source be added there.
    QVERIFY(!second.findChild<QAction *>(QStringLiteral("actionAddSource"))->isEnabled());
    QVERIFY(second.openLink(tkb::KbAddress::article(), tkb::TabPage::OpenIn::NewTab));
    auto *page = qobject_cast<tkb::ArticlePage *>(second.currentPage());
    QVERIFY(page && page->selectionActions());
    QVERIFY(select(page->browser(), QStringLiteral("This was terminated"), QStringLiteral("This was terminated")));
    page->selectionActions()->update();
    for (QAction *a : { page->selectionActions()->cite, page->selectionActions()->link }) {
        QVERIFY(!a->isEnabled());
        QVERIFY(a->statusTip().contains(QStringLiteral("read-only")));
    }
}

void TestCiteSelection::newEntityGoesToTheForm()
{
    const auto w = window();
    QVERIFY(w);
    tkb::LinkBrowser *browser = openPage(*w, tkb::KbAddress::article(QStringLiteral("History")));
    QVERIFY(browser);
    auto *page = qobject_cast<tkb::ArticlePage *>(w->currentPage());
    QVERIFY(dragSelect(browser, QStringLiteral("Council of Europe")));
    // Without the entity form the action says why it is not offered.
    tkb::SelectionActions::setNewEntityHandler({});
    page->selectionActions()->update();
    QVERIFY(!page->selectionActions()->newEntity->isEnabled());
    QString name;
    tkb::Citation cite;
    tkb::SelectionActions::setNewEntityHandler(
        [&](QWidget *, tkb::EditSession *edits, const QString &n, const tkb::Citation &c) {
            QCOMPARE(edits, w->edits());
            name = n;
            cite = c;
        });
    page->selectionActions()->update();
    QVERIFY(page->selectionActions()->newEntity->isEnabled());
    page->selectionActions()->newEntity->trigger();
    QCOMPARE(name, QStringLiteral("Council of Europe"));
    QCOMPARE(cite, (tkb::Citation { article, QStringLiteral("History"), QStringLiteral("Council of Europe") }));
    tkb::SelectionActions::setNewEntityHandler({});
}

void TestCiteSelection::dialogsInPersianAreRightToLeft()
{
    const auto w = window();
    QVERIFY(w);
    QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOTS_EXTRA_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("fa") }) {
        tkb::LanguageManager::instance()->setLanguage(language, false);
        QCoreApplication::processEvents();
        const bool rtl = language == QLatin1String("fa");
        tkb::LinkBrowser *browser = openPage(*w, tkb::KbAddress::article(QStringLiteral("History")));
        QVERIFY(browser);
        QVERIFY(dragSelect(browser, QStringLiteral("his brothers and uncle were arrested")));
        auto *page = qobject_cast<tkb::ArticlePage *>(w->currentPage());
        QPointer<tkb::SelectionTargetDialog> cite = page->selectionActions()->citeSelection();
        QVERIFY(cite);
        cite->setEntityId(hummatov);
        QTest::qWait(50);
        QCOMPARE(cite->layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        QCOMPARE(cite->windowTitle() == QLatin1String("Cite for a Claim"), !rtl);
        // The (English) passage sits at the start of the form, on the right in Persian.
        const QLabel *quote = cite->findChild<QLabel *>(QStringLiteral("passage"));
        QVERIFY(quote);
        QCOMPARE(quote->alignment() & (Qt::AlignLeft | Qt::AlignRight | Qt::AlignAbsolute),
            Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft));
        QVERIFY(cite->grab().save(QDir(dir).filePath(QStringLiteral("cite-dialog-%1.png").arg(language))));
        cite->reject();
        w->findChild<QAction *>(QStringLiteral("actionAddSource"))->trigger();
        QPointer<tkb::SourceDialog> source;
        QTRY_VERIFY((source = w->findChild<tkb::SourceDialog *>()));
        QCOMPARE(source->layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        // Dates and web addresses read left to right in every language.
        QCOMPARE(source->urlEdit()->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(source->dateEdit()->layoutDirection(), Qt::LeftToRight);
        QVERIFY(!source->dateEdit()->toolTip().isEmpty());
        // A date it cannot read is named in the message, kept apart from the Persian words around it.
        QTest::keyClicks(source->titleEdit(), QStringLiteral("T"));
        QTest::keyClicks(source->dateEdit(), QStringLiteral("2019-soon"));
        source->accept();
        QVERIFY(source->isVisible());
        QVERIFY(source->errorLabel()->text().contains(QChar(0x2066) + QStringLiteral("2019-soon") + QChar(0x2069)));
        QCOMPARE(source->errorLabel()->text().startsWith(QLatin1String("The date")), !rtl);
        QTest::qWait(50);
        QVERIFY(source->grab().save(QDir(dir).filePath(QStringLiteral("source-dialog-%1.png").arg(language))));
        source->reject();
        QCoreApplication::processEvents();
    }
    tkb::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
}

QTEST_MAIN(TestCiteSelection)
#include "test_citeselection.moc"
