// SPDX-License-Identifier: GPL-3.0-or-later
// Editing in the window, end to end with the real widgets: an edit is in the file at once and every open page
// shows it; Ctrl+Z and Ctrl+Shift+Z take it back and make it again, named in the Edit menu and listed in the undo
// history; an undo never overwrites what another program changed since; a second window on the same file is
// read-only, says when the first has changed the file, and shows the change when asked.
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/changebanner.h>
#include <ui/editing/editactions.h>
#include <ui/editing/editsession.h>
#include <ui/editing/undohistorydock.h>
#include <ui/language/languagemanager.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/tabwidget.h>

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace tkb;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");

QJsonArray rename(const QString &id, const QString &name)
{
    return { QJsonObject { { QStringLiteral("op"), QStringLiteral("edit") }, { QStringLiteral("id"), id },
        { QStringLiteral("set"), QJsonObject { { QStringLiteral("name"), name } } } } };
}

QString tabTitles(MainWindow &w)
{
    QStringList titles;
    for (int i = 0; i < w.tabCount(); ++i)
        titles << w.tabWidget()->tabText(i);
    return titles.join(u'|');
}

// Another program (the command line, another tool) changes the file through a connection of its own.
QString applyElsewhere(const QString &path, const QJsonArray &changes)
{
    StoreError err;
    auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!kb)
        return err.message;
    QString why;
    const auto set = ChangeReader::read(QJsonObject { { QStringLiteral("changes"), changes } }, &why);
    if (!set)
        return why;
    ChangeSetInfo info;
    info.author = QStringLiteral("Someone else");
    return ChangeApplier(*kb).apply(*set, info, &why) ? QString() : why;
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pristine;
    int m_n = 0;

    // A fresh copy of the bundled base for each test.
    QString freshBase()
    {
        const QString path = m_dir.filePath(QStringLiteral("base-%1.tkb").arg(++m_n));
        return QFile::copy(m_pristine, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test-editing"));
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.tkb"));
        StoreError error;
        QVERIFY2(BundledBase::build(m_pristine, &error), qPrintable(error.message));
    }

    void init()
    {
        QSettings().clear();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QCoreApplication::processEvents();
    }

    void editUndoRedoByKeys()
    {
        const QString path = freshBase();
        MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.knowledgeBase()->isVerified(), 20000); // no edit before the background check
        w.openTab(KbAddress::entity(hummatov));
        w.openTab(KbAddress::list(EntityKind::Person), false);
        QVERIFY(tabTitles(w).contains(QStringLiteral("Alikram Hummatov")));
        EditActions *a = w.editActions();
        QVERIFY(!a->undo->isEnabled());
        QVERIFY(a->editEntity->isEnabled());

        EditSession::setAuthor(QStringLiteral("Test Researcher"));
        QString error;
        const qint64 id = w.edits()->apply(rename(hummatov, QStringLiteral("Alikram Hummatov (renamed)")),
            QStringLiteral("a test"), QStringLiteral("Rename Alikram Hummatov"), &error);
        QVERIFY2(id > 0, qPrintable(error));
        // In the file at once (there is no Save: another connection reads it now), under the author's name; every
        // open tab shows it.
        {
            StoreError err;
            auto reader = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
            QVERIFY2(reader, qPrintable(err.message));
            QCOMPARE(reader->name(hummatov), QStringLiteral("Alikram Hummatov (renamed)"));
        }
        QCOMPARE(w.knowledgeBase()->changeSet(id)->author, QStringLiteral("Test Researcher"));
        QVERIFY2(tabTitles(w).contains(QStringLiteral("Alikram Hummatov (renamed)")), qPrintable(tabTitles(w)));
        QCOMPARE(a->undo->text(), QStringLiteral("&Undo Rename Alikram Hummatov"));
        QVERIFY(a->undo->isEnabled());
        QVERIFY(!a->redo->isEnabled());

        // Ctrl+Z on the window: back as it was, in the file and on every page.
        w.activateWindow();
        w.currentPage()->setFocus();
        QTest::keyClick(w.currentPage(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.knowledgeBase()->name(hummatov), QStringLiteral("Alikram Hummatov"));
        QVERIFY(!tabTitles(w).contains(QStringLiteral("(renamed)")));
        QCOMPARE(a->redo->text(), QStringLiteral("&Redo Rename Alikram Hummatov"));
        QVERIFY(a->redo->isEnabled());

        // Ctrl+Shift+Z: made again.
        QTest::keyClick(w.currentPage(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.knowledgeBase()->name(hummatov), QStringLiteral("Alikram Hummatov (renamed)"));
        QVERIFY(tabTitles(w).contains(QStringLiteral("(renamed)")));

        // Undo and redo are in the history too: nothing is lost or silently rewritten.
        const QList<Revision> history = w.knowledgeBase()->history(hummatov);
        QCOMPARE(history.size(), 3);
        QCOMPARE(w.knowledgeBase()->changeSet(history.at(1).changeset)->comment,
            QStringLiteral("Undo: Rename Alikram Hummatov"));

        // The undo history view lists the step; choosing the empty state undoes it.
        a->undoHistory->trigger();
        QVERIFY(w.undoHistory()->isVisible());
        QUndoView *view = w.undoHistory()->view();
        QCOMPARE(view->model()->rowCount(), 2); // the empty state and the edit
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(w.knowledgeBase()->name(hummatov), QStringLiteral("Alikram Hummatov"));
    }

    void undoNeverOverwritesAnotherProgramsChange()
    {
        const QString path = freshBase();
        MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.knowledgeBase()->isVerified(), 20000); // no edit before the background check
        w.openTab(KbAddress::entity(hummatov));
        QString error;
        QVERIFY2(w.edits()->apply(rename(hummatov, QStringLiteral("Mine")), {}, QStringLiteral("Rename"), &error),
            qPrintable(error));
        // The command line changes the same entity meanwhile.
        const QString other = applyElsewhere(path, rename(hummatov, QStringLiteral("Theirs")));
        QVERIFY2(other.isEmpty(), qPrintable(other));
        QTest::keyClick(w.currentPage(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.knowledgeBase()->name(hummatov), QStringLiteral("Theirs"));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("has changed since")),
            qPrintable(w.statusBar()->currentMessage()));
        auto *box = w.findChild<QMessageBox *>();
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Cannot undo")));
        box->close();
        // The step that cannot be taken is gone from the stack rather than left to fail again.
        QCOMPARE(w.edits()->undoStack()->count(), 0);
        QVERIFY(!w.editActions()->undo->isEnabled());
    }

    void fileIsCheckedAfterTheWindowShowsIt()
    {
        // A sound file: shown at once, editable once its full check on the worker has passed.
        const QString path = freshBase();
        MainWindow w(path);
        QVERIFY(w.knowledgeBase());
        QTRY_VERIFY(w.knowledgeBase()->isVerified());
        QTRY_VERIFY(w.editActions()->newEntity->isEnabled());

        // Damage the cheap look at open does not see (a page inside a table, not at either end) but the full
        // check does: the window opens it, then says it is damaged, and nothing is ever written to it.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.tkb"));
        QFile pristine(m_pristine);
        QVERIFY(pristine.open(QIODevice::ReadOnly));
        const QByteArray good = pristine.readAll();
        const int pageSize = 4096;
        const int pages = int(good.size() / pageSize);
        bool found = false;
        QByteArray bytes;
        for (int page = pages / 2; page < pages - 1 && !found; ++page) {
            bytes = good;
            bytes.replace(page * pageSize, pageSize, QByteArray(pageSize, '\x5a'));
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            StoreError err;
            auto kb = KnowledgeBase::open(
                damaged, KnowledgeBase::OpenMode::ReadOnly, &err, KnowledgeBase::Verification::Deferred);
            found = kb && !kb->checkFile().ok;
        }
        QVERIFY2(found, "no page whose damage only the full check finds");
        {
            MainWindow d(damaged);
            QVERIFY(d.knowledgeBase());
            QVERIFY(!d.knowledgeBase()->isVerified());
            QVERIFY(!d.editActions()->newEntity->isEnabled());
            QString error;
            QVERIFY(!d.edits()->apply(rename(hummatov, QStringLiteral("X")), {}, QStringLiteral("X"), &error));
            QTRY_VERIFY(d.findChild<QMessageBox *>(QStringLiteral("damagedBox")));
            auto *box = d.findChild<QMessageBox *>(QStringLiteral("damagedBox"));
            QVERIFY(box->text().contains(QStringLiteral("damaged")));
            box->close();
            QVERIFY(!d.editActions()->newEntity->isEnabled());
            QVERIFY(!d.edits()->apply(rename(hummatov, QStringLiteral("X")), {}, QStringLiteral("X"), &error));
            QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        }
        QFile after(damaged);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void readOnlySecondWindowSeesChangesOnRequest()
    {
        const QString path = freshBase();
        MainWindow first(path);
        MainWindow second(path);
        QVERIFY(!first.isReadOnly());
        QVERIFY(second.isReadOnly());
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        second.openTab(KbAddress::entity(hummatov));
        // The read-only window offers no editing at all.
        for (QAction *action : { second.editActions()->editEntity, second.editActions()->newEntity,
                 second.editActions()->addSource, second.editActions()->deleteEntity })
            QVERIFY(!action->isEnabled());
        QString error;
        QVERIFY(!second.edits()->apply(rename(hummatov, QStringLiteral("X")), {}, QStringLiteral("X"), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));

        ChangeBanner *banner = second.changeBanner();
        banner->poll();
        QVERIFY(!banner->isVisible());
        QVERIFY(first.edits()->apply(
            rename(hummatov, QStringLiteral("Renamed in the first")), {}, QStringLiteral("Rename"), &error));
        // The second window still shows what it showed, and says the file has changed.
        QVERIFY(!tabTitles(second).contains(QStringLiteral("Renamed in the first")));
        banner->setInterval(50);
        QTRY_VERIFY(banner->isVisible());
        auto *refresh = banner->findChild<QPushButton *>(QStringLiteral("changeBannerRefresh"));
        QVERIFY(refresh);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY2(tabTitles(second).contains(QStringLiteral("Renamed in the first")), qPrintable(tabTitles(second)));
        // It wrote nothing: the only changeset is the first window's.
        QCOMPARE(second.knowledgeBase()->recentChanges(10).size(), 1);
    }
};

QTEST_MAIN(TestEditing)
#include "test_editing.moc"
