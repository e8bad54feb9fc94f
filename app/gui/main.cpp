// talysh-kb: the desktop program. Wiring only; the window lives in ui/.
#include <ui/mainwindow.h>

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationDisplayName(QStringLiteral("Talysh KB"));
    QApplication::setApplicationVersion(QStringLiteral(TALYSHKB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.talyshkb.TalyshKB"));
    tkb::MainWindow window;
    window.show();
    return app.exec();
}
