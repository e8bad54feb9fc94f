// SPDX-License-Identifier: GPL-3.0-or-later
// The history page and recent changes in the window, on a small base in a temporary folder: edits made through
// the session appear as revisions, two of them chosen by mouse and keys show their differences side by side,
// revert and undo bring the entity back (and can themselves be undone), recent changes list every changeset with
// its author and the one that did not apply with its problem, and Persian lays the diff out right to left.
// With TALYSHKB_SCREENSHOT_DIR set, also saves history-diff.png, history-diff-fa.png, recent-changes.png and
// recent-changes-fa.png there.
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/editactions.h>
#include <ui/editing/editsession.h>
#include <ui/history/diffmodel.h>
#include <ui/history/historypage.h>
#include <ui/history/recentchangespage.h>
#include <ui/language/languagemanager.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/shell/mainwindow.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "../core/testpack.h"
#include <algorithm>
#include <vector>

using tkb::DiffModel;
using tkb::HistoryPage;
using tkb::LineDiff;
using tkb::MainWindow;
using tkb::RecentChangesPage;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");
const QString oldSummary = QStringLiteral("Heads the [[organization/tnm|TNM]].");
const QString newSummary = QStringLiteral("Led the [[organization/tnm|TNM]] from The Hague.");

QJsonObject editSummary(const QString &summary)
{
    return QJsonObject { { QStringLiteral("op"), QStringLiteral("edit") }, { QStringLiteral("id"), hummatov },
        { QStringLiteral("set"), QJsonObject { { QStringLiteral("summary"), summary } } } };
}

QJsonObject addAlias(const QString &text)
{
    return QJsonObject { { QStringLiteral("op"), QStringLiteral("add") }, { QStringLiteral("id"), hummatov },
        { QStringLiteral("claim"), QStringLiteral("alias") },
        { QStringLiteral("with"),
            QJsonObject { { QStringLiteral("text"), text }, { QStringLiteral("lang"), QStringLiteral("en") },
                { QStringLiteral("status"), QStringLiteral("reported") },
                { QStringLiteral("accordingTo"), QStringLiteral("organization/tnm") } } } };
}

QJsonObject replaceRole(const QString &value)
{
    return QJsonObject { { QStringLiteral("op"), QStringLiteral("replace") }, { QStringLiteral("id"), hummatov },
        { QStringLiteral("claim"), QStringLiteral("attribute") },
        { QStringLiteral("match"), QJsonObject { { QStringLiteral("key"), QStringLiteral("role") } } },
        { QStringLiteral("with"), QJsonObject { { QStringLiteral("value"), value } } } };
}

/// A diff line without the bidi isolates around the values from the base.
QString plain(QString line)
{
    line.remove(QChar(0x2068));
    line.remove(QChar(0x2069));
    return line;
}

/// The row of the diff whose left or right text is line (or begins with it, when prefix); -1 when none.
int diffRow(const DiffModel *model, const QString &line, bool left, bool prefix = false)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = plain(left ? model->leftText(row) : model->rightText(row));
        if (prefix ? text.startsWith(line) : text == line)
            return row;
    }
    return -1;
}

const QString aliasLine = QStringLiteral("Alias: Gummatov (");

void click(QTreeWidget *list, QTreeWidgetItem *item, Qt::KeyboardModifiers mods = {})
{
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, mods, list->visualItemRect(item).center());
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lineDiffPairsChanges();
    void historyShowsRevisionsAndDiff();
    void entityPageHasAHistoryButton();
    void revertAndUndoRevision();
    void deletedEntityKeepsHistory();
    void readOnlyOffersNoRevert();
    void recentChangesListsChangeSets();
    void persianDiffRunsRightToLeft();

private:
    /// A new base with the small test pack; its path.
    QString makeBase();
    /// A window on a new base with two edits of Hummatov (summary, then an alias) made through its session.
    std::unique_ptr<MainWindow> windowWithEdits();
    static void save(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    int m_bases = 0;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test-history"));
    QVERIFY(m_dir.isValid());
}

void TestHistory::init()
{
    QSettings().clear();
    tkb::EditSession::setAuthor(QStringLiteral("Test Researcher"));
    tkb::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    QCoreApplication::processEvents();
}

void TestHistory::cleanup()
{
    tkb::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    QSettings().clear();
}

QString TestHistory::makeBase()
{
    const QString path = m_dir.filePath(QStringLiteral("base-%1.tkb").arg(++m_bases));
    tkb::StoreError error;
    auto kb = tkb::KnowledgeBase::open(path, tkb::KnowledgeBase::OpenMode::CreateOrOpen, &error);
    if (!kb || !kb->importPack(tkbtest::smallPack(), &error))
        qFatal("cannot make the test base: %s", qPrintable(error.message));
    return path;
}

std::unique_ptr<MainWindow> TestHistory::windowWithEdits()
{
    auto w = std::make_unique<MainWindow>(makeBase());
    w->resize(1200, 860);
    w->show();
    w->activateWindow();
    // Shortcuts and mnemonics reach only the active window.
    if (!QTest::qWaitForWindowActive(w.get()) || !w->edits()->canEdit())
        qFatal("the window cannot edit its base");
    // The window checks the base in the background first and allows no edit until it has.
    if (!QTest::qWaitFor([&w] { return w->knowledgeBase() && w->knowledgeBase()->isVerified(); }, 20000))
        qFatal("the window's check of its base did not end");
    QString error;
    if (!w->edits()->apply(QJsonArray { editSummary(newSummary) }, QStringLiteral("Summary from the article"),
            QStringLiteral("Edit Alikram Hummatov"), &error)
        || !w->edits()->apply(QJsonArray { addAlias(QStringLiteral("Gummatov")) }, QStringLiteral("Another spelling"),
            QStringLiteral("Add alias"), &error))
        qFatal("edit refused: %s", qPrintable(error));
    w->openLink(tkb::KbAddress::entity(hummatov));
    return w;
}

void TestHistory::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestHistory::lineDiffPairsChanges()
{
    const QStringList left { QStringLiteral("Name: A"), QStringLiteral("Summary: old"), QStringLiteral("Alias: X") };
    const QStringList right { QStringLiteral("Name: A"), QStringLiteral("Summary: new"), QStringLiteral("Date: 1993") };
    const QList<LineDiff::Row> rows = LineDiff::compare(left, right);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (LineDiff::Row { LineDiff::Kind::Same, 0, 0 }));
    // One field's old and new value share a row; different fields do not.
    QCOMPARE(rows[1], (LineDiff::Row { LineDiff::Kind::Changed, 1, 1 }));
    QCOMPARE(rows[2], (LineDiff::Row { LineDiff::Kind::Removed, 2, -1 }));
    QCOMPARE(rows[3], (LineDiff::Row { LineDiff::Kind::Added, -1, 2 }));
    QVERIFY(LineDiff::compare({}, {}).isEmpty());
    QCOMPARE(LineDiff::compare({}, right).size(), 3);

    // A long document with one line changed in its middle: every other line the same, the changed one in place.
    QStringList longLeft;
    for (int i = 0; i < 20000; ++i)
        longLeft << QStringLiteral("    paragraph %1").arg(i);
    QStringList longRight = longLeft;
    longRight[12345] = QStringLiteral("    paragraph twelve thousand");
    longRight.insert(500, QStringLiteral("Alias: new"));
    const QList<LineDiff::Row> longRows = LineDiff::compare(longLeft, longRight);
    QCOMPARE(longRows.size(), 20001);
    QCOMPARE(longRows[500], (LineDiff::Row { LineDiff::Kind::Added, -1, 500 }));
    QCOMPARE(longRows[12346], (LineDiff::Row { LineDiff::Kind::Changed, 12345, 12346 }));
    QCOMPARE(std::count_if(longRows.cbegin(), longRows.cend(),
                 [](const LineDiff::Row &r) { return r.kind == LineDiff::Kind::Same; }),
        19999);
    QCOMPARE(longRows.last(), (LineDiff::Row { LineDiff::Kind::Same, 19999, 20000 }));

    // Random small texts: every line once and in order on each side, as many the same as the longest common
    // subsequence has.
    QRandomGenerator random(18);
    for (int round = 0; round < 300; ++round) {
        QStringList x;
        QStringList y;
        for (int i = int(random.bounded(12)); i > 0; --i)
            x << QStringLiteral("Name: %1").arg(random.bounded(4));
        for (int i = int(random.bounded(12)); i > 0; --i)
            y << QStringLiteral("Name: %1").arg(random.bounded(4));
        std::vector<std::vector<int>> lcs(size_t(x.size() + 1), std::vector<int>(size_t(y.size() + 1), 0));
        for (qsizetype i = x.size() - 1; i >= 0; --i) {
            for (qsizetype j = y.size() - 1; j >= 0; --j)
                lcs[size_t(i)][size_t(j)] = x[i] == y[j]
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        }
        int same = 0;
        int nextLeft = 0;
        int nextRight = 0;
        for (const LineDiff::Row &r : LineDiff::compare(x, y)) {
            if (r.left >= 0)
                QCOMPARE(r.left, nextLeft++);
            if (r.right >= 0)
                QCOMPARE(r.right, nextRight++);
            if (r.kind == LineDiff::Kind::Same) {
                QCOMPARE(x[r.left], y[r.right]);
                ++same;
            }
        }
        QCOMPARE(nextLeft, int(x.size()));
        QCOMPARE(nextRight, int(y.size()));
        QCOMPARE(same, lcs[0][0]);
    }

    // Two long texts with nothing in common are too large for the table: still every line, removed and added.
    QStringList a;
    QStringList b;
    for (int i = 0; i < 3000; ++i) {
        a << QStringLiteral("Attribute “a%1”: x").arg(i);
        b << QStringLiteral("Date: %1").arg(i);
    }
    const QList<LineDiff::Row> apart = LineDiff::compare(a, b);
    QCOMPARE(apart.size(), 6000);
    QCOMPARE(apart.first(), (LineDiff::Row { LineDiff::Kind::Removed, 0, -1 }));
    QCOMPARE(apart.last(), (LineDiff::Row { LineDiff::Kind::Added, -1, 2999 }));
}

void TestHistory::historyShowsRevisionsAndDiff()
{
    auto w = windowWithEdits();
    // Ctrl+H opens the history of the entity on the current page.
    QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier);
    auto *page = qobject_cast<HistoryPage *>(w->currentPage());
    QVERIFY(page);
    QCOMPARE(w->currentAddress(), tkb::KbAddress::history(hummatov));
    QCOMPARE(page->title(), QStringLiteral("History: Alikram Hummatov"));
    QTreeWidget *list = page->revisionList();
    QCOMPARE(list->topLevelItemCount(), 2);
    // Newest first, with author, action and comment.
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Test Researcher"));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("edited"));
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Another spelling"));
    QCOMPARE(list->topLevelItem(1)->text(4), QStringLiteral("Summary from the article"));
    QVERIFY(page->notAppliedList()->isHidden());
    // The keyboard starts in the list; Tab goes on to the buttons and the comparison.
    QTRY_COMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->revertButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->undoButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->leftBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->rightBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->diffView());
    // Every control has a name a screen reader can say.
    for (QWidget *control :
        std::initializer_list<QWidget *> { list, page->leftBox(), page->rightBox(), page->diffView() })
        QVERIFY2(!control->accessibleName().isEmpty(), control->objectName().toUtf8().constData());

    // Keys: the older revision alone compares it with the state before it: the summary changed.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    const DiffModel *diff = page->diffModel();
    const QString oldLine = QStringLiteral("Summary: ") + oldSummary;
    const QString newLine = QStringLiteral("Summary: ") + newSummary;
    int row = diffRow(diff, oldLine, true);
    QVERIFY(row >= 0);
    QCOMPARE(plain(diff->rightText(row)), newLine);
    QCOMPARE(diff->kindAt(row), LineDiff::Kind::Changed);
    QCOMPARE(diff->index(row, DiffModel::LeftMarkColumn).data().toString(), QStringLiteral("~"));
    QCOMPARE(diff->index(row, DiffModel::RightColumn).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Changed to: ") + newLine);
    QVERIFY(diff->index(row, DiffModel::LeftColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(diffRow(diff, aliasLine, false, true), -1);
    QCOMPARE(diff->changedRows(), 1);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("historySummary"))->text().startsWith(u'1'));

    // Shift+Up adds the newer revision: the two revisions' states side by side, the alias added on the right.
    QTest::keyClick(list, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(list->selectedItems().size(), 2);
    QCOMPARE(page->leftBox()->currentData().toString(),
        HistoryPage::afterState(list->topLevelItem(1)->data(0, Qt::UserRole + 1).toLongLong()));
    QCOMPARE(page->rightBox()->currentData().toString(),
        HistoryPage::afterState(list->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong()));
    row = diffRow(diff, aliasLine, false, true);
    QVERIFY(row >= 0);
    // The alias with its language and qualifiers, the entity it is according to named.
    QVERIFY2(plain(diff->rightText(row)).contains(QStringLiteral("[en]"))
            && diff->rightText(row).contains(QStringLiteral("reported"))
            && diff->rightText(row).contains(QStringLiteral("according to Talysh National Movement")),
        qPrintable(diff->rightText(row)));
    QCOMPARE(diff->kindAt(row), LineDiff::Kind::Added);
    QVERIFY(diff->leftText(row).isEmpty());
    QCOMPARE(diff->index(row, DiffModel::RightMarkColumn).data().toString(), QStringLiteral("+"));
    QCOMPARE(diffRow(diff, newLine, true), diffRow(diff, newLine, false)); // unchanged between the two

    // Mouse: a click on the newer row alone, then a Ctrl+click on the older one.
    click(list, list->topLevelItem(0));
    QCOMPARE(list->selectedItems().size(), 1);
    click(list, list->topLevelItem(1), Qt::ControlModifier);
    QCOMPARE(list->selectedItems().size(), 2);
    QVERIFY(diffRow(diff, aliasLine, false, true) >= 0);

    // The boxes by keyboard: the pack's version against the current state shows both edits.
    page->leftBox()->setFocus();
    QTest::keyClick(page->leftBox(), Qt::Key_End);
    QCOMPARE(page->leftBox()->currentData().toString(), HistoryPage::baseState());
    page->rightBox()->setFocus();
    QTest::keyClick(page->rightBox(), Qt::Key_Home);
    QCOMPARE(page->rightBox()->currentData().toString(), HistoryPage::currentState());
    QCOMPARE(diff->changedRows(), 2);
    QCOMPARE(diff->headerData(DiffModel::RightColumn, Qt::Horizontal).toString(), QStringLiteral("Current state"));
    QCOMPARE(plain(diff->rightText(diffRow(diff, oldLine, true))), newLine);

    // A third edit shows at once on the open page; the first and the third revision compared show what the two
    // later ones did: the alias added, the role changed.
    QString error;
    QVERIFY2(w->edits()->apply(QJsonArray { replaceRole(QStringLiteral("Chairman")) },
                 QStringLiteral("His title as the movement gives it"), QStringLiteral("Edit"), &error),
        qPrintable(error));
    QCOMPARE(w->currentPage(), page);
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("His title as the movement gives it"));
    click(list, list->topLevelItem(2));
    click(list, list->topLevelItem(0), Qt::ControlModifier);
    QCOMPARE(page->leftBox()->currentData().toString(),
        HistoryPage::afterState(list->topLevelItem(2)->data(0, Qt::UserRole + 1).toLongLong()));
    QCOMPARE(page->rightBox()->currentData().toString(),
        HistoryPage::afterState(list->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong()));
    QCOMPARE(diff->changedRows(), 2);
    row = diffRow(diff, QStringLiteral("Attribute “role”: President"), true);
    QVERIFY(row >= 0);
    QCOMPARE(plain(diff->rightText(row)), QStringLiteral("Attribute “role”: Chairman"));
    QCOMPARE(diff->kindAt(row), LineDiff::Kind::Changed);
    QCOMPARE(diff->kindAt(diffRow(diff, aliasLine, false, true)), LineDiff::Kind::Added);
    QTest::qWait(50);
    save(w.get(), QStringLiteral("history-diff.png"));
}

void TestHistory::entityPageHasAHistoryButton()
{
    auto w = windowWithEdits();
    auto *entity = qobject_cast<tkb::EntityPage *>(w->currentPage());
    QVERIFY(entity);
    QVERIFY(entity->historyButton()->isVisible());
    QCOMPARE(entity->historyButton()->accessibleName(), QStringLiteral("History of Alikram Hummatov"));
    save(w.get(), QStringLiteral("entity-page-buttons.png"));
    QTest::mouseClick(entity->historyButton(), Qt::LeftButton);
    QTRY_COMPARE(w->currentAddress(), tkb::KbAddress::history(hummatov));
    auto *page = qobject_cast<HistoryPage *>(w->currentPage());
    QVERIFY(page);
    QCOMPARE(page->revisionList()->topLevelItemCount(), 2);
}

void TestHistory::revertAndUndoRevision()
{
    auto w = windowWithEdits();
    auto *entityPage = qobject_cast<tkb::EntityPage *>(w->currentPage());
    QVERIFY(entityPage);
    QVERIFY(entityPage->browser()->toPlainText().contains(QStringLiteral("Gummatov")));
    const int changesTab = w->openTab(tkb::KbAddress::changes(), false);
    auto *changes = qobject_cast<RecentChangesPage *>(w->pageAt(changesTab));
    QVERIFY(changes);
    QCOMPARE(changes->changeList()->topLevelItemCount(), 2);
    QVERIFY(w->openLink(tkb::KbAddress::history(hummatov), tkb::TabPage::OpenIn::NewTab));
    auto *page = qobject_cast<HistoryPage *>(w->currentPage());
    QVERIFY(page);
    QTreeWidget *list = page->revisionList();
    // Undo the newest revision (the alias): the entity as it was right before it.
    click(list, list->topLevelItem(0));
    QVERIFY(page->undoButton()->isEnabled());
    QTest::mouseClick(page->undoButton(), Qt::LeftButton);
    QVERIFY2(page->messageLabel()->isHidden(), qPrintable(page->messageLabel()->text()));
    auto entity = w->knowledgeBase()->entity(hummatov);
    QVERIFY(entity);
    QCOMPARE(entity->aliases.size(), 2);
    QCOMPARE(entity->summary, newSummary);
    // The page was reloaded by the window: the revert is the newest revision, the selection kept.
    QCOMPARE(list->topLevelItemCount(), 3);
    QVERIFY(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("reverted")));
    QCOMPARE(list->selectedItems().size(), 1);
    QCOMPARE(list->selectedItems().first(), list->topLevelItem(1));
    // The other tabs were refreshed too: the entity's page without the alias, the revert in recent changes.
    QVERIFY(!entityPage->browser()->toPlainText().contains(QStringLiteral("Gummatov")));
    QCOMPARE(changes->changeList()->topLevelItemCount(), 3);
    QCOMPARE(changes->changeList()->topLevelItem(0)->child(0)->text(0), QStringLiteral("Alikram Hummatov"));
    QVERIFY(changes->changeList()->topLevelItem(0)->child(0)->text(1).startsWith(QStringLiteral("reverted")));

    // The revert is an edit like any other: undo brings the alias back.
    QVERIFY(w->edits()->undoStack()->canUndo());
    w->edits()->undoStack()->undo();
    entity = w->knowledgeBase()->entity(hummatov);
    QCOMPARE(entity->aliases.size(), 3);
    QCOMPARE(list->topLevelItemCount(), 4);

    // Alt+R on the oldest revision: the entity as right after it (the new summary, no alias).
    click(list, list->topLevelItem(3));
    QTest::keyClick(page, Qt::Key_R, Qt::AltModifier);
    entity = w->knowledgeBase()->entity(hummatov);
    QCOMPARE(entity->aliases.size(), 2);
    QCOMPARE(entity->summary, newSummary);
    QCOMPARE(list->topLevelItemCount(), 5);
    // Alt+U on it: as before it, the pack's own version.
    click(list, list->topLevelItem(4));
    QTest::keyClick(page, Qt::Key_U, Qt::AltModifier);
    entity = w->knowledgeBase()->entity(hummatov);
    QCOMPARE(entity->summary, oldSummary);
    QCOMPARE(list->topLevelItemCount(), 6);
    // The current state and the pack's version are now the same.
    QVERIFY(page->compare(HistoryPage::baseState(), HistoryPage::currentState()));
    QCOMPARE(page->diffModel()->changedRows(), 0);
}

void TestHistory::deletedEntityKeepsHistory()
{
    auto w = windowWithEdits();
    QString error;
    QVERIFY2(w->edits()->apply(QJsonArray { QJsonObject { { QStringLiteral("op"), QStringLiteral("delete") },
                                   { QStringLiteral("id"), hummatov } } },
                 QStringLiteral("Not a separate person"), QStringLiteral("Delete"), &error),
        qPrintable(error));
    QVERIFY(!w->knowledgeBase()->contains(hummatov));
    // A deleted entity has no page, but its history opens and says so.
    QVERIFY(w->openLink(tkb::KbAddress::history(hummatov), tkb::TabPage::OpenIn::NewTab));
    auto *page = qobject_cast<HistoryPage *>(w->currentPage());
    QVERIFY(page);
    QCOMPARE(page->title(), QStringLiteral("History: Alikram Hummatov"));
    auto *heading = page->findChild<QLabel *>(QStringLiteral("historyHeading"));
    QVERIFY(heading->text().contains(QStringLiteral("(deleted)")));
    QVERIFY(!heading->text().contains(QStringLiteral("<a ")));
    QTreeWidget *list = page->revisionList();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("deleted"));
    // The deletion alone: everything on the left, "(deleted)" on the right.
    click(list, list->topLevelItem(0));
    const DiffModel *diff = page->diffModel();
    const int deleted = diffRow(diff, QStringLiteral("(deleted)"), false);
    QVERIFY(deleted >= 0);
    QCOMPARE(diff->kindAt(deleted), LineDiff::Kind::Added);
    QCOMPARE(diff->kindAt(diffRow(diff, aliasLine, true, true)), LineDiff::Kind::Removed);
    QCOMPARE(diff->changedRows(), diff->rowCount());
    // Undoing the deletion by keys brings the entity back with its alias, and its page link.
    list->setFocus();
    QTest::keyClick(page, Qt::Key_U, Qt::AltModifier);
    QVERIFY2(page->messageLabel()->isHidden(), qPrintable(page->messageLabel()->text()));
    auto entity = w->knowledgeBase()->entity(hummatov);
    QVERIFY(entity);
    QCOMPARE(entity->aliases.size(), 3);
    QVERIFY(heading->text().contains(QStringLiteral("<a ")));
    QCOMPARE(list->topLevelItemCount(), 4);
}

void TestHistory::readOnlyOffersNoRevert()
{
    const QString path = makeBase();
    tkb::StoreError error;
    auto kb = tkb::KnowledgeBase::open(path, tkb::KnowledgeBase::OpenMode::ReadWrite, &error);
    QVERIFY(kb);
    {
        tkb::EditSession edits;
        edits.setKnowledgeBase(kb.get());
        QString why;
        QVERIFY2(edits.apply(QJsonArray { editSummary(newSummary) }, QStringLiteral("c"), QStringLiteral("t"), &why),
            qPrintable(why));
    }
    kb.reset();
    auto ro = tkb::KnowledgeBase::open(path, tkb::KnowledgeBase::OpenMode::ReadOnly, &error);
    QVERIFY(ro && ro->isReadOnly());
    tkb::EditSession edits;
    edits.setKnowledgeBase(ro.get());
    HistoryPage page(ro.get(), &edits, hummatov);
    page.show();
    QCOMPARE(page.revisionList()->topLevelItemCount(), 1);
    click(page.revisionList(), page.revisionList()->topLevelItem(0));
    QVERIFY(!page.revertButton()->isEnabled());
    QVERIFY(!page.undoButton()->isEnabled());
    QVERIFY(page.revertButton()->toolTip().contains(QStringLiteral("read-only")));
    // Without a session the page only shows.
    HistoryPage bare(ro.get(), nullptr, hummatov);
    QVERIFY(!bare.undoButton()->isEnabled());
}

void TestHistory::recentChangesListsChangeSets()
{
    auto w = windowWithEdits();
    // A changeset kept from before an update of the pack, which no longer applied.
    tkb::ChangeSetInfo lost;
    lost.author = QStringLiteral("Earlier Session");
    lost.comment = QStringLiteral("Rename the place");
    lost.state = tkb::ChangeSetInfo::notApplied;
    lost.problem = QStringLiteral("change 1 (edit place/old-hague): place/old-hague does not exist");
    lost.changes = QStringLiteral(R"({"changes":[{"op":"edit","id":"place/the-hague","set":{"name":"Den Haag"}}]})");
    tkb::StoreError error;
    QVERIFY2(w->knowledgeBase()->recordNotApplied(lost, &error), qPrintable(error.message));
    w->refreshAll();

    QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto *page = qobject_cast<RecentChangesPage *>(w->currentPage());
    QVERIFY(page);
    QCOMPARE(w->currentAddress(), tkb::KbAddress::changes());
    QTreeWidget *list = page->changeList();
    QCOMPARE(list->topLevelItemCount(), 3);
    // Newest first: the one that did not apply, marked with its problem in words and an icon.
    QTreeWidgetItem *failed = list->topLevelItem(0);
    QCOMPARE(failed->text(1), QStringLiteral("Earlier Session"));
    QCOMPARE(failed->text(3), QStringLiteral("Did not apply: ") + lost.problem);
    QVERIFY(!failed->icon(0).isNull());
    QCOMPARE(failed->childCount(), 1);
    QCOMPARE(failed->child(0)->text(0), QStringLiteral("The Hague"));
    QTreeWidgetItem *alias = list->topLevelItem(1);
    QCOMPARE(alias->text(1), QStringLiteral("Test Researcher"));
    QCOMPARE(alias->text(2), QStringLiteral("Another spelling"));
    QVERIFY(alias->text(3).startsWith(u'1'));
    QCOMPARE(alias->child(0)->text(0), QStringLiteral("Alikram Hummatov"));
    QCOMPARE(alias->child(0)->text(1), QStringLiteral("edited"));
    QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("Summary from the article"));
    QVERIFY(page->moreButton()->isHidden());
    save(w.get(), QStringLiteral("recent-changes.png"));

    // Keys from where Ctrl+Shift+H left them, in the list on the newest changeset: down past its entity to the
    // next changeset and its entity; Enter opens it, Shift+Enter opens its history.
    QTRY_COMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentItem(), failed);
    QVERIFY(!page->openButton()->isEnabled());
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(page->currentEntityId(), QStringLiteral("place/the-hague"));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentItem(), alias);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(page->currentEntityId(), hummatov);
    QVERIFY(page->openButton()->isEnabled());
    // A reload (after any edit) keeps the reader where they were.
    page->reload();
    QCOMPARE(page->currentEntityId(), hummatov);
    QTest::keyClick(list, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(w->currentAddress(), tkb::KbAddress::history(hummatov));
    QVERIFY(w->goBack());
    page = qobject_cast<RecentChangesPage *>(w->currentPage());
    QVERIFY(page);
    page->changeList()->setCurrentItem(page->changeList()->topLevelItem(1)->child(0));
    QTest::keyClick(page->changeList(), Qt::Key_Return);
    QCOMPARE(w->currentAddress(), tkb::KbAddress::entity(hummatov));

    // A new edit shows at once in an open Recent Changes tab.
    QVERIFY(w->openLink(tkb::KbAddress::changes(), tkb::TabPage::OpenIn::NewTab));
    page = qobject_cast<RecentChangesPage *>(w->currentPage());
    QString why;
    QVERIFY(w->edits()->apply(QJsonArray { editSummary(oldSummary) }, QStringLiteral("Back to the pack's words"),
        QStringLiteral("Edit"), &why));
    QCOMPARE(page->changeList()->topLevelItemCount(), 4);
    QCOMPARE(page->changeList()->topLevelItem(0)->text(2), QStringLiteral("Back to the pack's words"));
}

void TestHistory::persianDiffRunsRightToLeft()
{
    auto w = windowWithEdits();
    QVERIFY(w->openLink(tkb::KbAddress::history(hummatov), tkb::TabPage::OpenIn::NewTab));
    tkb::LanguageManager::instance()->setLanguage(QStringLiteral("fa"), false);
    QCoreApplication::processEvents();
    auto *page = qobject_cast<HistoryPage *>(w->currentPage());
    QVERIFY(page);
    QCOMPARE(page->layoutDirection(), Qt::RightToLeft);
    QTreeWidget *list = page->revisionList();
    click(list, list->topLevelItem(1));
    QTest::qWait(50);
    // The older state reads first, so it stands on the right.
    QHeaderView *header = page->diffView()->horizontalHeader();
    QVERIFY(header->sectionViewportPosition(DiffModel::LeftColumn)
        > header->sectionViewportPosition(DiffModel::RightColumn));
    QVERIFY(page->revertButton()->text() != QStringLiteral("Revert to this revision"));
    // Values from the base are isolated, so a Latin summary keeps its full stop at its own end in a Persian line.
    bool found = false;
    for (int r = 0; r < page->diffModel()->rowCount(); ++r) {
        const QString text = page->diffModel()->leftText(r);
        if (plain(text).endsWith(oldSummary)) {
            found = true;
            QVERIFY(text.endsWith(QChar(0x2068) + oldSummary + QChar(0x2069)));
        }
    }
    QVERIFY(found);
    save(w.get(), QStringLiteral("history-diff-fa.png"));

    // Recent changes in Persian: the actions in words, the list right to left.
    QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto *changes = qobject_cast<RecentChangesPage *>(w->currentPage());
    QVERIFY(changes);
    QCOMPARE(changes->changeList()->layoutDirection(), Qt::RightToLeft);
    QTreeWidgetItem *newest = changes->changeList()->topLevelItem(0);
    QCOMPARE(newest->child(0)->text(1), tkb::HistoryPage::actionName(QStringLiteral("edit")));
    QVERIFY(newest->child(0)->text(1) != QStringLiteral("edited"));
    save(w.get(), QStringLiteral("recent-changes-fa.png"));
}

QTEST_MAIN(TestHistory)
#include "test_history.moc"
