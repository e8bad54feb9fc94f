// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb [--lang CODE] [--theme THEME] [--screenshot PNG] [FILE]: the desktop program. Wiring only; the window lives
// in ui/.
#include <core/version/programversion.h>
#include <ui/language/languagemanager.h>
#include <ui/shell/afterfirstpaint.h>
#include <ui/shell/mainwindow.h>
#include <ui/theme/thememanager.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <string_view>

namespace {

// --help and --version print and quit: they need no display, as over ssh or in a terminal without one.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationDisplayName(QStringLiteral("Talysh KB"));
    QApplication::setApplicationVersion(tkb::ProgramVersion::text());
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
    QStringList themes;
    for (const auto theme : tkb::ThemeManager::themes())
        themes << tkb::ThemeManager::code(theme);
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QApplication::translate("main", "Use these colours for this run (%1).").arg(themes.join(QStringLiteral(", "))),
        QStringLiteral("theme"));
    parser.addOption(themeOption);
    // For documentation and for the package test, which proves the installed program opens its base offscreen.
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Open the knowledge base, save a picture of the window to this PNG file "
            "and quit."),
        QStringLiteral("file"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "A knowledge base file to open instead of the bundled one."),
        QStringLiteral("[file]"));
    parser.process(app);
    if (!tkb::ThemeManager::instance()->initialize(parser.value(themeOption)))
        qWarning("talysh-kb: unknown theme \"%s\"; using the remembered or system colours.",
            qPrintable(parser.value(themeOption)));

    tkb::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? QString() : files.first();
    if (!parser.isSet(screenshotOption)) {
        // The window is on the screen, painted, before the knowledge base opens: a large one takes a moment.
        tkb::AfterFirstPaint::run(&window, [&window, file] { window.openKnowledgeBase(file); });
        return app.exec();
    }
    const bool opened = window.openKnowledgeBase(file);
    {
        const QString target = parser.value(screenshotOption);
        // A moment for the pages to lay out and the sidebar to fill before the picture is taken.
        QTimer::singleShot(1000, &window, [&window, &app, target, opened] {
            const bool saved = window.grab().save(target, "PNG");
            QTextStream out(stdout);
            QTextStream err(stderr);
            if (saved)
                out << QApplication::translate("main", "Saved a picture of \"%1\" to %2.")
                           .arg(window.windowTitle(), target)
                    << Qt::endl;
            else
                err << QApplication::translate("main", "talysh-kb: cannot write the picture %1.").arg(target)
                    << Qt::endl;
            // Quit without closing the window, so a picture taken offscreen leaves the user's session as it was.
            app.exit(saved && opened ? 0 : 1);
        });
    }
    return app.exec();
}
