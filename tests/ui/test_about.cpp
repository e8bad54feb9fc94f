// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About names the version the build worked out (ProgramVersion: the git tag, else the project version), the
// same --version prints and the package carries; the real program's --version is checked against it too.
#include <core/version/programversion.h>
#include <ui/shell/mainwindow.h>

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestAbout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test-about"));
    }

    void aboutShowsTheVersion()
    {
        // As app/gui/main.cpp does.
        QApplication::setApplicationVersion(tkb::ProgramVersion::text());
        tkb::MainWindow window;
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        QString shown;
        // The box is modal: read and close it from inside its own event loop.
        QTimer::singleShot(0, &window, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        about->trigger();
        QVERIFY2(shown.contains(QStringLiteral("Talysh KB ") + tkb::ProgramVersion::text()), qPrintable(shown));
    }

    void programVersionIsTheBuilds()
    {
        QVERIFY(!tkb::ProgramVersion::text().isEmpty());
        // A release is exactly a version number; anything else carries the commit after the tag or is the fallback.
        if (tkb::ProgramVersion::isRelease())
            QVERIFY(!tkb::ProgramVersion::text().contains(u'+'));
        QTemporaryDir home;
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb"), { QStringLiteral("--version") });
        QVERIFY(gui.waitForFinished(60000));
        QCOMPARE(gui.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()).trimmed(),
            QStringLiteral("talysh-kb ") + tkb::ProgramVersion::text());
    }

    void helpAndVersionNeedNoDisplay()
    {
        // A terminal without a display (ssh, a console): the program prints and quits instead of failing to start.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        for (const QString &arg : { QStringLiteral("--help"), QStringLiteral("--version") }) {
            QProcess gui;
            gui.setProcessEnvironment(env);
            gui.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb"), { arg });
            QVERIFY(gui.waitForFinished(60000));
            const QString err = QString::fromUtf8(gui.readAllStandardError());
            QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0, qPrintable(arg + u' ' + err));
            const QString out = QString::fromUtf8(gui.readAllStandardOutput());
            QVERIFY2(out.contains(arg == QLatin1String("--help") ? QStringLiteral("--screenshot")
                                                                 : QStringLiteral("talysh-kb ")),
                qPrintable(out));
        }
    }
};

QTEST_MAIN(TestAbout)
#include "test_about.moc"
