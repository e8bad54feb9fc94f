// The main window comes up offscreen with its title, menus and tab area.
#include <ui/mainwindow.h>

#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsMenusAndTabs()
    {
        tkb::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("Talysh KB"));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&File")) && menus.contains(QStringLiteral("&View")) && menus.contains(QStringLiteral("&Help")),
                 qPrintable(menus.join(u',')));
        QVERIFY(w.findChild<QTabWidget *>(QStringLiteral("tabs")) != nullptr);
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 100);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
