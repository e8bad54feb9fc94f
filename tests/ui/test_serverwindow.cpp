// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a knowledge base on a PostgreSQL server (a throwaway cluster this test starts), as a team member
// uses it: File > Connect to Server… filled in by keys opens it, the status bar names it, its pages show the base,
// it goes first in File > Open Recent; an edit made there is recorded under the database user; a reader's window is
// read-only and says so; a change another client commits appears in the open page by itself (LISTEN/NOTIFY), and while
// the reader has an editor open the banner says so and the page follows once the editor is closed.
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/changebanner.h>
#include <ui/editing/editactions.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entityeditor.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/server/connectdialog.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/recentbases.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <testcluster.h>

using namespace tkb;

class TestServerWindow : public QObject
{
    Q_OBJECT
    tkbtest::TestCluster m_cluster;
    QTemporaryDir m_dir;

    bool cli(const QStringList &args, QByteArray *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb-cli"), args);
        if (!p.waitForFinished(120000))
            return false;
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    // Fills the connect dialog by keys once it is up and presses Connect (the dialog is modal: it runs inside the
    // action's slot).
    void answerConnect(const QString &user)
    {
        QTimer::singleShot(0, this, [this, user] {
            ConnectDialog *d = nullptr;
            QTRY_VERIFY((d = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget())) != nullptr);
            const auto typeInto = [d](const char *name, const QString &text) {
                auto *edit = d->findChild<QLineEdit *>(QLatin1String(name));
                edit->setFocus();
                edit->selectAll();
                QTest::keyClick(edit, Qt::Key_Delete);
                QTest::keyClicks(edit, text);
            };
            typeInto("hostEdit", QStringLiteral("127.0.0.1"));
            typeInto("databaseEdit", QStringLiteral("team"));
            typeInto("userEdit", user);
            auto *port = d->findChild<QSpinBox *>(QStringLiteral("portSpin"));
            port->setFocus();
            port->selectAll();
            QTest::keyClicks(port, QString::number(m_cluster.port()));
            QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("databaseEdit")), Qt::Key_Return);
        });
    }

    QString statusText(MainWindow &w)
    {
        QStringList texts;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
            texts << l->text();
        return texts.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test-serverwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("team"), &why), qPrintable(why));
        const QString file = m_dir.filePath(QStringLiteral("bundled.tkb"));
        QByteArray err;
        QVERIFY2(cli({ QStringLiteral("import"),
                         QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"),
                         QStringLiteral("--kb"), file },
                     &err),
            err.constData());
        QVERIFY2(
            cli({ QStringLiteral("push"), file, QStringLiteral("--to"), m_cluster.url(QStringLiteral("team")) }, &err),
            err.constData());
        QVERIFY(m_cluster.psql(QStringLiteral("team"), QStringLiteral("CREATE ROLE ana LOGIN IN ROLE team_editor")));
        QVERIFY(m_cluster.psql(QStringLiteral("team"), QStringLiteral("CREATE ROLE bob LOGIN IN ROLE team_reader")));
    }

    void connectByKeysEditAndSeeOthers()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openKnowledgeBase());
        answerConnect(QStringLiteral("ana"));
        w.findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
        const QString url = m_cluster.url(QStringLiteral("team"), QStringLiteral("ana"));
        QVERIFY(w.knowledgeBase());
        QCOMPARE(w.knowledgeBase()->path(), url);
        QVERIFY(!w.isReadOnly());
        QVERIFY2(statusText(w).contains(QStringLiteral("team on 127.0.0.1 (server)")), qPrintable(statusText(w)));
        QCOMPARE(RecentBases().list().value(0), url);
        QVERIFY(w.knowledgeBase()->contains(QStringLiteral("person/alikram-hummatov")));

        // An edit in the window goes to the server under the database user, whatever name the window would give.
        QString error;
        QVERIFY2(w.edits()->apply(
                     QJsonArray { QJsonObject { { QStringLiteral("op"), QStringLiteral("edit") },
                         { QStringLiteral("id"), QStringLiteral("person/alikram-hummatov") },
                         { QStringLiteral("set"),
                             QJsonObject { { QStringLiteral("summary"), QStringLiteral("Edited by Ana.") } } } } },
                     QStringLiteral("a test edit"), QStringLiteral("Edit"), &error),
            qPrintable(error));
        QCOMPARE(
            w.knowledgeBase()->history(QStringLiteral("person/alikram-hummatov")).last().author, QStringLiteral("ana"));

        // Another member commits: the open page shows it by itself, keeping its place, with no banner and no click.
        QVERIFY(w.openLink(KbAddress::entity(QStringLiteral("person/alikram-hummatov"))));
        auto *page = qobject_cast<EntityPage *>(w.currentPage());
        QVERIFY(page);
        QTRY_VERIFY(page->browser()->toPlainText().contains(QStringLiteral("Edited by Ana.")));
        auto *banner = w.findChild<ChangeBanner *>();
        QVERIFY(banner);
        QVERIFY(banner->isLive());
        QVERIFY(!banner->isVisible());
        StoreError se;
        auto other = KnowledgeBase::open(
            m_cluster.url(QStringLiteral("team"), QStringLiteral("tkb")), KnowledgeBase::OpenMode::ReadWrite, &se);
        QVERIFY2(other, qPrintable(se.message));
        const auto editElsewhere = [&](const QString &summary) {
            const auto set = ChangeReader::read(QStringLiteral("{\"changes\": [{\"op\": \"edit\", \"id\": "
                                                               "\"person/alikram-hummatov\", \"set\": {\"summary\": "
                                                               "\"%1\"}}]}")
                                                    .arg(summary)
                                                    .toUtf8(),
                &error);
            return set && ChangeApplier(*other).apply(*set, ChangeSetInfo {}, &error);
        };
        QElapsedTimer shown;
        shown.start();
        QVERIFY2(editElsewhere(QStringLiteral("Edited elsewhere.")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(page->browser()->toPlainText().contains(QStringLiteral("Edited elsewhere.")), 5000);
        qInfo("another client's edit shown in the open page after %lld ms", shown.elapsed());
        QVERIFY(!banner->isVisible());
        QCOMPARE(w.currentPage(), page);

        // With the editor open, the page under it stays as it was and the banner says why; closing the editor
        // brings the page up to date.
        QPointer<EntityEditor> editor = EntityEditor::edit(&w, w.edits(), QStringLiteral("person/alikram-hummatov"));
        QVERIFY(editor);
        QTRY_VERIFY(QApplication::activeModalWidget() == editor);
        QVERIFY2(editElsewhere(QStringLiteral("Edited while Ana edits.")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY(!page->browser()->toPlainText().contains(QStringLiteral("Edited while Ana edits.")));
        editor->reject();
        QTRY_VERIFY(!editor);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->browser()->toPlainText().contains(QStringLiteral("Edited while Ana edits.")), 5000);
        QVERIFY(!banner->isVisible());
    }

    void aReaderIsReadOnlyAndToldSo()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openKnowledgeBase());
        answerConnect(QStringLiteral("bob"));
        w.findChild<QAction *>(QStringLiteral("actionConnectServer"))->trigger();
        QCOMPARE(w.knowledgeBase()->path(), m_cluster.url(QStringLiteral("team"), QStringLiteral("bob")));
        QVERIFY(w.isReadOnly());
        QVERIFY2(statusText(w).contains(QStringLiteral("read-only")), qPrintable(statusText(w)));
        QVERIFY(!w.editActions()->editEntity->isEnabled());
        QVERIFY(!w.editActions()->newEntity->isEnabled());
        // A screenshot of the window on the server, for a look.
        QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        w.resize(1280, 800);
        QTest::qWait(200);
        w.grab().save(dir + QStringLiteral("/window-server-reader.png"));
    }
};

QTEST_MAIN(TestServerWindow)
#include "test_serverwindow.moc"
