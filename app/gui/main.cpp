// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb [--lang CODE] [FILE]: the desktop program. Wiring only; the window lives in ui/.
#include <ui/language/languagemanager.h>
#include <ui/shell/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationDisplayName(QStringLiteral("Talysh KB"));
    QApplication::setApplicationVersion(QStringLiteral(TALYSHKB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.talyshkb.TalyshKB"));

    // The language comes first so that --help is already in it.
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("code"));
    {
        QCommandLineParser early;
        early.addOption(langOption);
        early.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        early.parse(QApplication::arguments());
        if (!tkb::LanguageManager::instance()->initialize(early.value(langOption)))
            qWarning("talysh-kb: unknown language \"%s\"; using the remembered or system language.",
                qPrintable(early.value(langOption)));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A knowledge base of the Talysh National Movement."));
    parser.addHelpOption();
    parser.addVersionOption();
    QStringList codes;
    for (const auto &l : tkb::LanguageManager::languages())
        codes << l.code;
    const QString langHelp = QApplication::translate("main", "Use this language for this run (%1).");
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"), langHelp.arg(codes.join(QStringLiteral(", "))), QStringLiteral("code")));
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "A knowledge base file to open instead of the bundled one."),
        QStringLiteral("[file]"));
    parser.process(app);

    tkb::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openKnowledgeBase(files.isEmpty() ? QString() : files.first());
    return app.exec();
}
