// SPDX-License-Identifier: GPL-3.0-or-later
// The entity form and the whole-entity operations in the window, driven by keys and mouse on a real base: F2 and
// the page's Edit button open the form, a new spelling typed there is on the page and found by search, Ctrl+Z takes
// it back; Ctrl+N creates an entity (with a [[ link completed from any spelling) and refuses a taken id; an edit the
// base refuses keeps everything typed; Ctrl+Del shows what refers to an entity and deletes it; Ctrl+Shift+M merges
// two that are one. Also takes screenshots of the form in English and Persian (edit-form.png, edit-form-fa.png).
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/search/searchindex.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/citationtable.h>
#include <ui/editing/claimdialog.h>
#include <ui/editing/claimtable.h>
#include <ui/editing/conflictdialog.h>
#include <ui/editing/dateedit.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entityeditor.h>
#include <ui/editing/entitylineedit.h>
#include <ui/editing/linktextedit.h>
#include <ui/editing/mergedialog.h>
#include <ui/history/diffmodel.h>
#include <ui/language/languagemanager.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/shell/mainwindow.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using tkb::ClaimDialog;
using tkb::EntityEditor;
using tkb::MainWindow;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");
const QString tnm = QStringLiteral("organization/talysh-national-movement");

QUrl kb(const QString &path)
{
    return QUrl(QStringLiteral("kb:") + path);
}

template <typename T> T *openDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (T *d : parent->findChildren<T *>()) {
            if (d->isVisible())
                found = d;
        }
        return found != nullptr;
    });
    // Keys go where a user's would only once the dialog is the active window: a window manager makes a new
    // dialog active, the offscreen platform does not.
    if (found) {
        found->activateWindow();
        (void)QTest::qWaitFor([found] { return found->isActiveWindow(); });
    }
    return found;
}

QString pageText(MainWindow &w)
{
    auto *browser = w.currentPage() ? w.currentPage()->findChild<tkb::LinkBrowser *>() : nullptr;
    return browser ? browser->toPlainText() : QString();
}

/// Clicks the tab of the form that holds widget, as a user does before working in it.
void showTab(QWidget *widget)
{
    auto *tabs = widget->window()->findChild<QTabWidget *>();
    for (QWidget *page = widget; tabs && page; page = page->parentWidget()) {
        const int index = tabs->indexOf(page);
        if (index >= 0) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
            return;
        }
    }
}

/// Makes the window active again, as a window manager does when a dialog over it closes (the offscreen platform
/// leaves no window active), so that its shortcuts work.
void activate(QWidget *window)
{
    window->activateWindow();
    (void)QTest::qWaitFor([window] { return window->isActiveWindow(); });
}

/// Key presses for text in any script (QTest::keyClicks knows only ASCII keys).
void keys(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/// Types into widget, focused first, as a user does.
void type(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::OtherFocusReason);
    keys(widget, text);
}

/// Types text into the current cell of the focused table as a user does: the first key opens the cell's editor,
/// the rest go to it, Enter writes it.
void typeInCell(const QString &text)
{
    if (text.isEmpty())
        return;
    for (const QChar c : text)
        keys(QApplication::focusWidget(), QString(c));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the view writes the cell when the event loop turns
}

} // namespace

class TestEntityEditor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pristine;
    int m_n = 0;

    // A fresh copy of the bundled base for each test: edits of one never reach another.
    QString freshBase()
    {
        const QString path = m_dir.filePath(QStringLiteral("base%1.tkb").arg(++m_n));
        if (!QFile::copy(m_pristine, path))
            qFatal("cannot copy the base");
        return path;
    }

    // A window on a fresh base showing id, active, the page focused.
    std::unique_ptr<MainWindow> window(const QString &id)
    {
        auto w = std::make_unique<MainWindow>(freshBase());
        w->show();
        if (!QTest::qWaitForWindowActive(w.get()))
            qFatal("the window did not become active");
        // The window checks the base in the background first and allows no edit until it has.
        if (!QTest::qWaitFor([&w] { return w->knowledgeBase() && w->knowledgeBase()->isVerified(); }, 20000))
            qFatal("the window's check of its base did not end");
        if (!id.isEmpty()) {
            w->openLink(kb(id));
            w->currentPage()->setFocus(Qt::OtherFocusReason);
        }
        return w;
    }

    // Adds a claim through the table's Add button and the claim form, filling it with fill; returns the form's
    // error when it refused, empty when it took the claim.
    template <typename Fill> QString addClaim(tkb::ClaimTable *table, Fill fill)
    {
        showTab(table);
        QTest::mouseClick(table->addButton(), Qt::LeftButton);
        const QPointer<ClaimDialog> form = openDialog<ClaimDialog>(table);
        if (!form)
            return QStringLiteral("no claim form");
        fill(form);
        QTest::keyClick(
            form->mainField() ? static_cast<QWidget *>(form->mainField()) : form->dateField()->field(), Qt::Key_Return);
        QTest::qWait(20); // a form that took the claim is closed and deleted by now
        return form && form->isVisible() ? form->errorLabel()->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test-entityeditor"));
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.tkb"));
        tkb::StoreError error;
        QVERIFY2(tkb::BundledBase::build(m_pristine, &error), qPrintable(error.message));
    }

    void init()
    {
        QSettings().clear();
        tkb::LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QCoreApplication::processEvents();
    }

    void cleanup() { QSettings().clear(); }

    void f2EditsAndUndoTakesItBack()
    {
        auto w = window(hummatov);
        // The page offers the form too.
        auto *page = qobject_cast<tkb::EntityPage *>(w->currentPage());
        QVERIFY(page);
        QVERIFY(page->editButton()->isVisible());

        QTest::keyClick(w->currentPage(), Qt::Key_F2);
        EntityEditor *editor = openDialog<EntityEditor>(w.get());
        QVERIFY(editor);
        QCOMPARE(editor->nameField()->text(), QStringLiteral("Alikram Hummatov"));
        const int before = int(editor->aliases()->claims().size());
        QVERIFY(before >= 3);

        const QString spelling = QStringLiteral("Əlikram Hümmətov-Talışi");
        QCOMPARE(addClaim(editor->aliases(),
                     [&](ClaimDialog *form) {
                         type(form->mainField(), spelling);
                         type(form->languageField()->lineEdit(), QStringLiteral("tly"));
                     }),
            QString());
        QCOMPARE(editor->aliases()->claims().size(), before + 1);
        QCOMPARE(editor->aliases()->table()->item(before, 0)->text(), spelling);

        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(w->findChildren<EntityEditor *>().isEmpty());
        // The base, the page and the search all have it.
        const std::optional<tkb::Entity> e = w->knowledgeBase()->entity(hummatov);
        bool found = false;
        for (const tkb::Alias &a : e->aliases) {
            found |= a.text == spelling && a.language == QLatin1String("tly");
        }
        QVERIFY(found);
        QTRY_VERIFY(pageText(*w).contains(spelling));
        const QList<tkb::Suggestion> hits = w->knowledgeBase()->search().suggest(QStringLiteral("Hümmətov-Talı"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().id, hummatov);
        // One undo step named for the edit, fine-grained in the history: one alias added, nothing else.
        QCOMPARE(w->edits()->undoStack()->count(), 1);
        QCOMPARE(w->edits()->undoStack()->undoText(), QStringLiteral("Edit Alikram Hummatov"));
        const QList<tkb::ChangeSetInfo> recent = w->knowledgeBase()->recentChanges(1);
        QCOMPARE(recent.size(), 1);
        const QJsonArray changes = QJsonDocument::fromJson(recent.first().changes.toUtf8())
                                       .object()
                                       .value(QStringLiteral("changes"))
                                       .toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(QStringLiteral("op")).toString(), QStringLiteral("add"));

        // Ctrl+Z on the window takes the form's edit back.
        activate(w.get());
        w->currentPage()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(w->currentPage(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!pageText(*w).contains(spelling));
        QCOMPARE(w->knowledgeBase()->entity(hummatov)->aliases.size(), before);

        // The Edit button opens the form as F2 does.
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        EntityEditor *again = openDialog<EntityEditor>(w.get());
        QVERIFY(again);
        QTest::keyClick(again->nameField(), Qt::Key_Escape);
        QTRY_VERIFY(w->findChildren<EntityEditor *>().isEmpty());
    }

    // Two people edit one entity: the second save meets the first and shows both versions; Keep Editing writes
    // nothing, Save Mine on Top writes the edit over theirs (both stay in the history), Discard Mine keeps theirs.
    void twoEditorsMeetAConflict()
    {
        auto w = window(hummatov);
        const QString path = w->knowledgeBase()->path();
        tkb::StoreError error;
        auto other = tkb::KnowledgeBase::open(path, tkb::KnowledgeBase::OpenMode::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error.message));
        const auto otherEdits = [&](const QString &summary) {
            const QString json = QStringLiteral("{\"changes\": [{\"op\": \"edit\", \"id\": \"%1\", \"set\": "
                                                "{\"summary\": \"%2\"}}]}")
                                     .arg(hummatov, summary);
            QString why;
            const auto set = tkb::ChangeReader::read(json.toUtf8(), &why);
            tkb::ChangeSetInfo info;
            info.author = QStringLiteral("Bo");
            info.comment = QStringLiteral("tightened the summary");
            return set && tkb::ChangeApplier(*other).apply(*set, info, &why);
        };
        // Answers the conflict dialog (modal, inside the save) once it is up, after reading it.
        QString intro, left, right;
        const auto answer = [&](const char *button) {
            QTimer::singleShot(0, this, [&, button] {
                QTRY_VERIFY(!w->findChildren<tkb::ConflictDialog *>().isEmpty());
                tkb::ConflictDialog *d = w->findChildren<tkb::ConflictDialog *>().first();
                QTRY_VERIFY(d->isVisible());
                intro = d->findChild<QLabel *>(QStringLiteral("conflictIntro"))->text();
                // For a look (TALYSHKB_SCREENSHOT_DIR=docs/screenshots refreshes the documentation's picture).
                QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
                if (dir.isEmpty())
                    dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
                QDir().mkpath(dir);
                QTest::qWait(50); // the dialog lays its rows out once shown
                d->grab().save(dir + QStringLiteral("/conflict-dialog.png"));
                left.clear();
                right.clear();
                for (int row = 0; row < d->diff()->rowCount(); ++row) {
                    left += d->diff()->leftText(row) + u'\n';
                    right += d->diff()->rightText(row) + u'\n';
                }
                QTest::mouseClick(d->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
            });
        };
        const auto editSummary = [&](const QString &text) -> EntityEditor * {
            activate(w.get());
            w->currentPage()->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(w->currentPage(), Qt::Key_F2);
            EntityEditor *editor = openDialog<EntityEditor>(w.get());
            if (!editor)
                return nullptr;
            showTab(editor->summaryField());
            editor->summaryField()->selectAll();
            type(editor->summaryField(), text);
            return editor;
        };

        QPointer<EntityEditor> editor = editSummary(QStringLiteral("Mine."));
        QVERIFY(editor);
        QVERIFY(otherEdits(QStringLiteral("Changed by Bo.")));
        answer("keepEditingButton");
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QVERIFY2(intro.contains(QStringLiteral("Bo")) && intro.contains(QStringLiteral("tightened the summary")),
            qPrintable(intro));
        QVERIFY2(left.contains(QStringLiteral("Changed by Bo.")), qPrintable(left));
        QVERIFY2(right.contains(QStringLiteral("Mine.")), qPrintable(right));
        QVERIFY(editor && editor->isVisible()); // back to the form, everything typed still there
        QCOMPARE(w->knowledgeBase()->entity(hummatov)->summary, QStringLiteral("Changed by Bo."));

        answer("saveMineButton");
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(!editor);
        QCOMPARE(w->knowledgeBase()->entity(hummatov)->summary, QStringLiteral("Mine."));
        const QList<tkb::Revision> history = w->knowledgeBase()->history(hummatov);
        QVERIFY(history.size() >= 2);
        QCOMPARE(history.at(history.size() - 2).author, QStringLiteral("Bo"));

        editor = editSummary(QStringLiteral("Mine again."));
        QVERIFY(editor);
        QVERIFY(otherEdits(QStringLiteral("Bo again.")));
        answer("discardMineButton");
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(!editor);
        QCOMPARE(w->knowledgeBase()->entity(hummatov)->summary, QStringLiteral("Bo again."));
    }

    void renameAndCitedAttribute()
    {
        auto w = window(hummatov);
        // A passage the base has: the one an attribute of his already rests on.
        const tkb::Citation known
            = w->knowledgeBase()->document(hummatov)->entity.attributes.first().citations.value(0);
        QVERIFY(!known.sentence.isEmpty());
        QTest::keyClick(w->currentPage(), Qt::Key_F2);
        EntityEditor *editor = openDialog<EntityEditor>(w.get());
        QVERIFY(editor);
        QVERIFY(editor->nameField()->hasFocus());
        editor->nameField()->selectAll();
        QTest::keyClicks(editor->nameField(), QStringLiteral("Alikram Alakbar Hummatov"));

        // An attribute resting on a passage typed into its citation row; the first try misquotes it.
        QTest::keyClick(editor->tabs()->tabBar(), Qt::Key_Right);
        QTest::keyClick(editor->tabs()->tabBar(), Qt::Key_Right);
        QCOMPARE(editor->tabs()->currentWidget(), editor->attributes());
        const auto cite = [&](ClaimDialog *form, const QString &passage) {
            tkb::CitationTable *cites = form->citationTable();
            QTest::mouseClick(cites->addButton(), Qt::LeftButton);
            auto *source = qobject_cast<QComboBox *>(cites->table()->cellWidget(cites->table()->rowCount() - 1, 0));
            QVERIFY(source);
            source->setCurrentIndex(source->findData(known.source));
            QCOMPARE(source->currentData().toString(), known.source);
            cites->table()->setCurrentCell(cites->table()->rowCount() - 1, 1);
            typeInCell(known.section);
            cites->table()->setCurrentCell(cites->table()->rowCount() - 1, 2);
            typeInCell(passage);
        };
        const QString misquoted = QStringLiteral("Words nobody ever wrote down.");
        QCOMPARE(addClaim(editor->attributes(),
                     [&](ClaimDialog *form) {
                         type(form->mainField(), QStringLiteral("education"));
                         type(form->valueField(), QStringLiteral("Lankaran State University"));
                         cite(form, misquoted);
                     }),
            QString());
        const int row = int(editor->attributes()->claims().size()) - 1;
        QCOMPARE(editor->attributes()->claims().at(row).value(QStringLiteral("value")).toString(),
            QStringLiteral("Lankaran State University"));

        // The base refuses the misquotation: the form says why and keeps the name and the attribute typed.
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(editor->errorLabel()->isVisible());
        QVERIFY2(editor->errorLabel()->text().contains(misquoted), qPrintable(editor->errorLabel()->text()));
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->nameField()->text(), QStringLiteral("Alikram Alakbar Hummatov"));
        QCOMPARE(editor->attributes()->claims().size(), row + 1);
        QCOMPARE(w->knowledgeBase()->name(hummatov), QStringLiteral("Alikram Hummatov"));
        QCOMPARE(w->edits()->undoStack()->count(), 0);

        // Enter on the row opens it again; the passage is put right and the edit goes in.
        editor->attributes()->table()->setFocus(Qt::OtherFocusReason);
        editor->attributes()->table()->setCurrentCell(row, 0);
        QTest::keyClick(editor->attributes()->table(), Qt::Key_Return);
        ClaimDialog *form = openDialog<ClaimDialog>(editor->attributes());
        QVERIFY(form);
        QCOMPARE(form->citationTable()->citations().size(), 1);
        form->citationTable()->table()->removeRow(0);
        cite(form, known.sentence);
        QTest::keyClick(form->mainField(), Qt::Key_Return);
        QTRY_VERIFY(editor->findChildren<ClaimDialog *>().isEmpty());
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(w->findChildren<EntityEditor *>().isEmpty());

        const tkb::Entity e = *w->knowledgeBase()->entity(hummatov);
        QCOMPARE(e.name, QStringLiteral("Alikram Alakbar Hummatov"));
        bool cited = false;
        for (const tkb::Attribute &a : e.attributes)
            cited |= a.key == QLatin1String("education") && a.value == QLatin1String("Lankaran State University")
                && a.citations.value(0).sentence == known.sentence && a.citations.value(0).source == known.source;
        QVERIFY(cited);
        // The open page and its tab follow at once.
        QTRY_VERIFY(pageText(*w).contains(QStringLiteral("Lankaran State University")));
        QVERIFY(pageText(*w).contains(QStringLiteral("Alikram Alakbar Hummatov")));
        QTRY_COMPARE(w->currentPage()->title(), QStringLiteral("Alikram Alakbar Hummatov"));
        QCOMPARE(w->edits()->undoStack()->undoText(), QStringLiteral("Edit Alikram Alakbar Hummatov"));
    }

    void ctrlNCreatesWithLinkAndDate()
    {
        auto w = window(hummatov);
        const int tabs = w->tabCount();
        QTest::keyClick(w->currentPage(), Qt::Key_N, Qt::ControlModifier);
        EntityEditor *editor = openDialog<EntityEditor>(w.get());
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        QVERIFY(editor->nameField()->hasFocus());
        QTest::keyClicks(editor->nameField(), QStringLiteral("Test Activist"));
        QCOMPARE(editor->targetId(), QStringLiteral("person/test-activist"));

        // The summary: "[[" and a spelling in another script offers the movement; Enter writes the link.
        editor->tabs()->setCurrentIndex(1);
        tkb::LinkTextEdit *summary = editor->summaryField();
        type(summary, QStringLiteral("A member of the [[Талыш"));
        // A Cyrillic spelling is offered too (it names the people, not the movement); Escape closes the list and
        // leaves the form open with the text.
        QTRY_VERIFY(summary->completer()->popup()->isVisible());
        QVERIFY(summary->completer()->completionModel()->rowCount() > 0);
        QTest::keyClick(summary, Qt::Key_Escape);
        QVERIFY(!summary->completer()->popup()->isVisible());
        QVERIFY(editor->isVisible());
        QVERIFY(summary->toPlainText().endsWith(QStringLiteral("[[Талыш")));
        summary->clear();
        type(summary, QStringLiteral("A member of the [[TNM"));
        QTRY_VERIFY(summary->completer()->popup()->isVisible());
        QTest::keyClick(summary->completer()->popup(), Qt::Key_Return);
        QTRY_VERIFY(summary->toPlainText().startsWith(QStringLiteral("A member of the [[") + tnm + u'|'));
        QVERIFY(summary->toPlainText().endsWith(QStringLiteral("]]")));

        // A date claim: circa 1993 chosen with the form's choices.
        QCOMPARE(addClaim(editor->dates(),
                     [&](ClaimDialog *form) {
                         type(form->dateField()->field(), QStringLiteral("1993"));
                         form->dateField()->findChildren<QCheckBox *>().first()->click();
                     }),
            QString());
        QCOMPARE(
            editor->dates()->claims().first().value(QStringLiteral("date")).toObject().value(QStringLiteral("edtf")),
            QStringLiteral("1993~"));

        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(w->knowledgeBase()->contains(QStringLiteral("person/test-activist")));
        const tkb::Entity made = *w->knowledgeBase()->entity(QStringLiteral("person/test-activist"));
        QCOMPARE(made.name, QStringLiteral("Test Activist"));
        QCOMPARE(made.date().edtf(), QStringLiteral("1993~"));
        // It opens in a tab of its own, its link to the movement on the page.
        QTRY_COMPARE(w->tabCount(), tabs + 1);
        QCOMPARE(w->currentAddress(), kb(QStringLiteral("person/test-activist")));
        QVERIFY(pageText(*w).contains(QStringLiteral("A member of the TNM")));

        // A taken id is refused clearly, and the form keeps what was typed.
        activate(w.get());
        QTest::keyClick(w->currentPage(), Qt::Key_N, Qt::ControlModifier);
        EntityEditor *second = openDialog<EntityEditor>(w.get());
        QVERIFY(second);
        QTest::keyClicks(second->nameField(), QStringLiteral("Alikram Hummatov"));
        QTest::keyClick(second->nameField(), Qt::Key_Return);
        QTRY_VERIFY(second->errorLabel()->isVisible());
        QVERIFY(second->errorLabel()->text().contains(QStringLiteral("is taken")));
        QVERIFY(second->isVisible());
        QCOMPARE(second->nameField()->text(), QStringLiteral("Alikram Hummatov"));
        second->done(QDialog::Rejected);
    }

    void refusedEditKeepsInput()
    {
        auto w = window(hummatov);
        QTest::keyClick(w->currentPage(), Qt::Key_F2);
        EntityEditor *editor = openDialog<EntityEditor>(w.get());
        QVERIFY(editor);
        const int undo = w->edits()->undoStack()->count();

        // An empty name.
        editor->nameField()->selectAll();
        QTest::keyClick(editor->nameField(), Qt::Key_Delete);
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->errorLabel()->isVisible());
        QVERIFY(editor->errorLabel()->text().contains(QStringLiteral("needs a name")));
        QTest::keyClicks(editor->nameField(), QStringLiteral("Alikram Hummatov"));

        // A relation to nothing: the base refuses it, naming it, and the relation stays in the form.
        editor->tabs()->setCurrentIndex(3);
        const int relations = int(editor->relations()->claims().size());
        QCOMPARE(addClaim(editor->relations(),
                     [&](ClaimDialog *form) {
                         type(form->mainField(), QStringLiteral("member-of"));
                         type(form->objectField(), QStringLiteral("organization/no-such-thing"));
                     }),
            QString());
        QCOMPARE(editor->relations()->claims().size(), relations + 1);
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(editor->errorLabel()->text().contains(QStringLiteral("does not exist")));
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->relations()->claims().size(), relations + 1);
        QCOMPARE(editor->nameField()->text(), QStringLiteral("Alikram Hummatov"));
        QCOMPARE(w->edits()->undoStack()->count(), undo);

        // A date the program cannot read is refused in the claim form itself.
        const QString why = addClaim(editor->dates(),
            [&](ClaimDialog *form) { type(form->dateField()->field(), QStringLiteral("the nineties")); });
        QVERIFY(why.contains(QStringLiteral("the nineties")));
        openDialog<ClaimDialog>(editor->dates())->reject();

        // Delete on a row takes the claim out of the form (nothing is written before Save); Insert adds one.
        showTab(editor->relations());
        tkb::ClaimTable *table = editor->relations();
        table->table()->setFocus(Qt::OtherFocusReason);
        table->table()->setCurrentCell(relations, 0);
        QTest::keyClick(table->table(), Qt::Key_Delete);
        QCOMPARE(table->claims().size(), relations);
        QTest::keyClick(table->table(), Qt::Key_Insert);
        ClaimDialog *added = openDialog<ClaimDialog>(table);
        QVERIFY(added);
        QVERIFY(added->mainField()->text().isEmpty());
        QTest::keyClick(added->mainField(), Qt::Key_Escape);
        QTRY_VERIFY(table->findChildren<ClaimDialog *>().isEmpty());
        QCOMPARE(table->claims().size(), relations);

        // Escape on a form with changes asks first: Keep Editing keeps all of it, Discard closes the form.
        QVERIFY(!editor->isModified()); // the relation taken out again, the name as it was
        editor->nameField()->end(false);
        QTest::keyClicks(editor->nameField(), QStringLiteral(" Jr"));
        QVERIFY(editor->isModified());
        QTest::keyClick(editor->nameField(), Qt::Key_Escape);
        auto *ask = openDialog<QMessageBox>(editor);
        QVERIFY(ask);
        QVERIFY(editor->isVisible());
        QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(editor->findChildren<QMessageBox *>().isEmpty());
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->nameField()->text(), QStringLiteral("Alikram Hummatov Jr"));
        activate(editor);
        QTest::keyClick(editor->nameField(), Qt::Key_Escape);
        ask = openDialog<QMessageBox>(editor);
        QVERIFY(ask);
        QTest::mouseClick(ask->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(w->findChildren<EntityEditor *>().isEmpty());
        QCOMPARE(w->edits()->undoStack()->count(), undo);
    }

    void kindChangeMakesANewIdAndMerges()
    {
        auto w = window(QStringLiteral("place/talish-i-gushtasbi"));
        QTest::keyClick(w->currentPage(), Qt::Key_F2);
        EntityEditor *editor = openDialog<EntityEditor>(w.get());
        QVERIFY(editor);
        editor->kindField()->setFocus();
        editor->kindField()->setCurrentIndex(editor->kindField()->findData(int(tkb::EntityKind::Topic)));
        QCOMPARE(editor->targetId(), QStringLiteral("topic/talish-i-gushtasbi"));
        QTest::keyClick(editor->nameField(), Qt::Key_Return);
        QTRY_VERIFY(w->knowledgeBase()->contains(QStringLiteral("topic/talish-i-gushtasbi")));
        QVERIFY(!w->knowledgeBase()->contains(QStringLiteral("place/talish-i-gushtasbi")));
        QCOMPARE(w->knowledgeBase()->entity(QStringLiteral("topic/talish-i-gushtasbi"))->kind, tkb::EntityKind::Topic);
        // One step on the undo stack, and undoing it gives the place back.
        activate(w.get());
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(w->knowledgeBase()->contains(QStringLiteral("place/talish-i-gushtasbi")));
        QVERIFY(!w->knowledgeBase()->contains(QStringLiteral("topic/talish-i-gushtasbi")));
    }

    void deleteShowsReferrersFirst()
    {
        auto w = window(QStringLiteral("person/novruzali-mammadov"));
        QTest::keyClick(w->currentPage(), Qt::Key_Delete, Qt::ControlModifier);
        auto *box = openDialog<QMessageBox>(w.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Novruzali Mammadov")));
        // Whatever links to him or relates to him is listed before anything is deleted.
        const QStringList referrers = [&] {
            QStringList names;
            for (const tkb::Mention &m : w->knowledgeBase()->backlinks(QStringLiteral("person/novruzali-mammadov")))
                names << m.fromName;
            return names;
        }();
        QVERIFY(!referrers.isEmpty());
        for (const QString &name : referrers)
            QVERIFY2(box->informativeText().contains(name), qPrintable(name));
        QVERIFY(box->informativeText().contains(QStringLiteral("plain text")));
        QVERIFY(w->knowledgeBase()->contains(QStringLiteral("person/novruzali-mammadov")));
        QPushButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!w->knowledgeBase()->contains(QStringLiteral("person/novruzali-mammadov")));
        QCOMPARE(w->edits()->undoStack()->undoText(), QStringLiteral("Delete Novruzali Mammadov"));
        // His open page no longer offers to edit him, and does again once he is back.
        auto *page = qobject_cast<tkb::EntityPage *>(w->currentPage());
        QVERIFY(page);
        QTRY_VERIFY(page->editButton()->isHidden());
        activate(w.get());
        QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(w->knowledgeBase()->contains(QStringLiteral("person/novruzali-mammadov")));
        QTRY_VERIFY(!page->editButton()->isHidden());
    }

    void mergeByAnySpelling()
    {
        auto w = window(QStringLiteral("place/talish-i-gushtasbi"));
        QTest::keyClick(w->currentPage(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        auto *merge = openDialog<tkb::MergeDialog>(w.get());
        QVERIFY(merge);
        // Chosen by an alias in another spelling: "Talysh region".
        type(merge->otherField(), QStringLiteral("Talysh reg"));
        QCompleter *completer = merge->otherField()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(merge->otherField()->text(), QStringLiteral("place/talish-region"));
        QVERIFY(merge->previewLabel()->text().contains(QStringLiteral("goes into “Talish (region)”")));
        QVERIFY(merge->previewLabel()->text().contains(QStringLiteral("becomes a spelling")));
        QTest::keyClick(merge->otherField(), Qt::Key_Return);
        QTRY_VERIFY(!w->knowledgeBase()->contains(QStringLiteral("place/talish-i-gushtasbi")));
        // The tab that showed the entry that went now shows the one it went into.
        QTRY_COMPARE(w->currentAddress(), kb(QStringLiteral("place/talish-region")));
        bool kept = false;
        const std::optional<tkb::Entity> region = w->knowledgeBase()->entity(QStringLiteral("place/talish-region"));
        QVERIFY(region);
        for (const tkb::Alias &a : region->aliases)
            kept |= a.text == QLatin1String("Talish-i Gushtasbi");
        QVERIFY(kept);
    }

    void screenshots()
    {
        auto w = window(hummatov);
        for (const QString &lang : { QStringLiteral("en"), QStringLiteral("fa") }) {
            tkb::LanguageManager::instance()->setLanguage(lang, false);
            QCoreApplication::processEvents();
            EntityEditor *editor = EntityEditor::edit(w.get(), w->edits(), hummatov);
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible());
            QCOMPARE(editor->isRightToLeft(), lang == QLatin1String("fa"));
            // An attribute with its period, qualifiers and the passage it rests on shows the most of the forms.
            editor->tabs()->setCurrentWidget(editor->attributes());
            ClaimDialog *form = editor->attributes()->openDialog(0);
            form->move(editor->geometry().topLeft() + QPoint(80, 120));
            QTRY_VERIFY(form->isVisible());
            const QImage shot = editor->grab().toImage();
            const QImage claim = form->grab().toImage();
            QVERIFY(!shot.isNull() && !claim.isNull());
            // The form and, overlapping its far side a little, the claim form opened from it (on the left in a
            // right-to-left language, where the form's far side is), each framed as a window.
            constexpr int overlap = 160;
            constexpr int drop = 150;
            QImage both(shot.width() + claim.width() - overlap + 2, std::max(shot.height(), claim.height() + drop) + 2,
                QImage::Format_RGB32);
            both.fill(QColor(0xd8, 0xdc, 0xe0));
            const bool rtl = lang == QLatin1String("fa");
            const QPoint formAt(rtl ? both.width() - shot.width() - 1 : 1, 1);
            const QPoint claimAt(rtl ? 1 : both.width() - claim.width() - 1, drop);
            QPainter painter(&both);
            painter.setPen(QColor(0x70, 0x70, 0x70));
            painter.drawImage(formAt, shot);
            painter.drawRect(QRect(formAt, shot.size()).adjusted(-1, -1, 0, 0));
            painter.drawImage(claimAt, claim);
            painter.drawRect(QRect(claimAt, claim.size()).adjusted(-1, -1, 0, 0));
            painter.end();
            // TALYSHKB_SCREENSHOT_DIR=docs/screenshots refreshes the documentation's picture; by default they go
            // next to the test binary for a look.
            QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
            if (dir.isEmpty())
                dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
            QDir().mkpath(dir);
            const QString name
                = lang == QLatin1String("en") ? QStringLiteral("edit-form.png") : QStringLiteral("edit-form-fa.png");
            QVERIFY(both.save(QDir(dir).filePath(name)));
            form->reject();
            editor->reject(); // nothing changed: it closes without asking
            QTRY_VERIFY(w->findChildren<EntityEditor *>().isEmpty());
        }
    }
};

QTEST_MAIN(TestEntityEditor)
#include "test_entityeditor.moc"
