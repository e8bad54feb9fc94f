// SPDX-License-Identifier: GPL-3.0-or-later
// File > Connect to Server… and File > Open Recent, as a user drives them: the dialog builds the address from
// what is typed (never a password), refuses what cannot work, remembers the last address; bases opened go first
// in the recent list and open again from it; a server that cannot be reached says so and leaves the open base.
#include <core/server/serveraddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/server/connectdialog.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/recentbases.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tkb;

class TestConnectDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void typeInto(QWidget *dialog, const char *name, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test-connectdialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void buildsTheAddressFromWhatIsTyped()
    {
        ConnectDialog dialog;
        dialog.show();
        QPushButton *connectButton = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("connectProblem"));
        typeInto(&dialog, "databaseEdit", QString());
        QVERIFY(!connectButton->isEnabled()); // no database: nothing to connect to
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("database")));

        typeInto(&dialog, "hostEdit", QStringLiteral("db.example.org"));
        typeInto(&dialog, "databaseEdit", QStringLiteral("talysh"));
        typeInto(&dialog, "userEdit", QStringLiteral("ana"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("portSpin"));
        port->setFocus();
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("6543"));
        dialog.findChild<QComboBox *>(QStringLiteral("tlsCombo"))->setCurrentIndex(1);
        QVERIFY(connectButton->isEnabled());
        QVERIFY(!problem->isVisible());
        QCOMPARE(
            dialog.address().toString(), QStringLiteral("postgresql://ana@db.example.org:6543/talysh?sslmode=require"));
        // Every field has a label that names it for a screen reader and a mnemonic for the keyboard.
        for (const char *name : { "hostEdit", "databaseEdit", "userEdit", "serviceEdit" })
            QVERIFY(!dialog.findChild<QLineEdit *>(QLatin1String(name))->accessibleName().isEmpty());
    }

    void remembersTheLastAddress()
    {
        const ServerAddress a = ServerAddress::fromParts(
            QStringLiteral("/run/postgresql"), 5433, QStringLiteral("newsroom"), QStringLiteral("bo"));
        ConnectDialog::remember(a);
        ConnectDialog dialog;
        QCOMPARE(dialog.address().toString(), a.toString());
        QCOMPARE(dialog.address().toString(),
            QStringLiteral("postgresql://bo@/newsroom?host=%2Frun%2Fpostgresql&port=5433"));
        QVERIFY(!QSettings().value(QStringLiteral("server/lastAddress")).toString().contains(QStringLiteral(":@")));
    }

    void recentListKeepsTheNewestFirst()
    {
        RecentBases recent;
        recent.clear();
        for (int i = 0; i < RecentBases::maximum + 3; ++i)
            recent.add(m_dir.filePath(QStringLiteral("b%1.tkb").arg(i)));
        recent.add(QStringLiteral("postgresql://ana@db/talysh"));
        recent.add(m_dir.filePath(QStringLiteral("b12.tkb"))); // again: moves up, not twice
        const QStringList l = recent.list();
        QCOMPARE(l.size(), RecentBases::maximum);
        QCOMPARE(l.value(0), m_dir.filePath(QStringLiteral("b12.tkb")));
        QCOMPARE(l.value(1), QStringLiteral("postgresql://ana@db/talysh"));
        QCOMPARE(l.count(m_dir.filePath(QStringLiteral("b12.tkb"))), 1);

        QMenu menu;
        recent.attach(&menu);
        const QList<QAction *> actions = menu.actions();
        QVERIFY(actions.value(0)->text().contains(QStringLiteral("b12.tkb")));
        QVERIFY2(
            actions.value(1)->text().contains(QStringLiteral("talysh on db")), qPrintable(actions.value(1)->text()));
        QSignalSpy asked(&recent, &RecentBases::openRequested);
        actions.value(1)->trigger();
        QCOMPARE(asked.value(0).value(0).toString(), QStringLiteral("postgresql://ana@db/talysh"));
        menu.findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
        QVERIFY(recent.list().isEmpty());
    }

    void openedFilesGoIntoTheRecentMenu()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.tkb"));
        StoreError error;
        QVERIFY2(BundledBase::build(path, &error), qPrintable(error.message));
        RecentBases().clear();
        MainWindow window;
        window.show();
        QVERIFY(window.openKnowledgeBase(path));
        QVERIFY(window.openKnowledgeBase()); // the bundled base is not "recent": it is always there
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        QVERIFY(menu->menuAction()->isVisible());
        Q_EMIT menu->aboutToShow();
        QAction *first = menu->actions().value(0);
        QVERIFY2(first->text().contains(QStringLiteral("mine.tkb")), qPrintable(first->text()));
        first->trigger();
        QCOMPARE(window.knowledgeBase()->path(), path);
        auto *connect = window.findChild<QAction *>(QStringLiteral("actionConnectServer"));
        QVERIFY(connect);
        QCOMPARE(connect->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    }

    void anUnreachableServerLeavesTheOpenBase()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openKnowledgeBase());
        const QString before = window.knowledgeBase()->path();
        QString shown;
        // The error box is modal: read it and close it once it is up.
        QTimer::singleShot(0, this, [&shown] {
            const auto tryClose = [&shown](auto &&self) -> void {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                        shown = box->text() + u'\n' + box->informativeText();
                        box->reject();
                        return;
                    }
                }
                QTimer::singleShot(20, [self, &shown] { self(self); });
            };
            tryClose(tryClose);
        });
        // Port 1 on this machine: nothing listens there.
        QVERIFY(!window.openKnowledgeBase(QStringLiteral("postgresql://nobody@127.0.0.1:1/talysh")));
        QVERIFY2(shown.contains(QStringLiteral("talysh on 127.0.0.1")), qPrintable(shown));
        QCOMPARE(window.knowledgeBase()->path(), before);
        QVERIFY(!RecentBases().list().contains(QStringLiteral("postgresql://nobody@127.0.0.1:1/talysh")));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "test_connectdialog.moc"
