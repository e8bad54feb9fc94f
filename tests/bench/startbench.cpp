// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-startbench: how soon a window shows painted content, bare Qt windows (empty, with a line of text, made
// of the kinds of parts the program's window has) against the program on the bundled base and on the given bases; the
// peak memory after a tour of the views; the command line's search from process start. Figures, not pass/fail: see
// docs/PERFORMANCE.md.
//
//   talysh-kb-startbench [--reps N] [--query TEXT] [BASE...]
//
// Each figure is measured from the moment a fresh process is started to the moment it reports on a pipe, so it
// counts loading the program and its libraries as a user waits for them. The kinds of runs alternate (bare, app,
// app on each base, bare, ...) so that a noisy machine disturbs them alike; medians are printed with their ratio
// to the bare window's median of the same run. Uses the platform it is given (Xvfb via DISPLAY, or offscreen).
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/language/languagemanager.h>
#include <ui/shell/afterfirstpaint.h>
#include <ui/shell/mainwindow.h>
#include <ui/theme/thememanager.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <vector>

namespace {

// A line on stdout, at once: the parent times its arrival.
void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Lets the window work for a while (pages fill, workers answer) as a user who looks at it would.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Overview, People, Events, the timeline, a graph and a search, each in its own tab, as a user's tour.
void tour(tkb::MainWindow &window, const QString &query)
{
    settle(500);
    window.openTab(tkb::KbAddress::list(tkb::EntityKind::Person));
    settle(500);
    window.openTab(tkb::KbAddress::list(tkb::EntityKind::Event));
    settle(500);
    window.openTab(tkb::KbAddress::timeline());
    settle(1000);
    const QList<tkb::EntityRef> events = window.knowledgeBase()->events();
    const QString someone = events.isEmpty() ? QString() : events.first().id;
    if (!someone.isEmpty()) {
        window.openTab(tkb::KbAddress::graph(someone));
        settle(1000);
    }
    QUrl search(QStringLiteral("kb:search"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), query);
    search.setQuery(q);
    window.openLink(search);
    settle(1000);
}

// The kinds of parts the program's window has, in plain Qt and none of the program's code: menus, a toolbar with
// the style's icons, tabs over a rich-text page, a dock with a rich-text card, a status bar. What Qt itself costs
// a window made of them, the floor under the program's first paint.
void addChrome(QMainWindow &window)
{
    for (const char *title : { "&File", "&Edit", "&View", "&Go", "&Settings", "&Help" })
        window.menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("Item"));
    QToolBar *bar = window.addToolBar(QStringLiteral("Navigation"));
    QStyle *style = window.style();
    for (const auto icon : { QStyle::SP_ArrowBack, QStyle::SP_ArrowForward, QStyle::SP_DirHomeIcon,
             QStyle::SP_BrowserReload, QStyle::SP_DialogOpenButton })
        bar->addAction(style->standardIcon(icon), QStringLiteral("Action"));
    auto *search = new QLineEdit(bar);
    search->setClearButtonEnabled(true);
    search->setPlaceholderText(QStringLiteral("Search"));
    bar->addWidget(search);
    auto *tabs = new QTabWidget(&window);
    tabs->setTabsClosable(true);
    auto *page = new QTextBrowser(tabs);
    page->setHtml(QStringLiteral("<h1>Talysh National Movement</h1><p>An overview of the knowledge base.</p>"));
    tabs->addTab(page, QStringLiteral("Overview"));
    window.setCentralWidget(tabs);
    auto *dock = new QDockWidget(QStringLiteral("Linked entities"), &window);
    auto *card = new QTextBrowser(dock);
    card->setHtml(QStringLiteral("<p>Open an entity to see what it is linked to.</p>"));
    dock->setWidget(card);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
}

int child(const QString &mode, const QString &base, const QString &query)
{
    int argc = 1;
    char name[] = "talysh-kb-startbench";
    char *argv[] = { name, nullptr };
    QApplication app(argc, argv);
    // The baselines are plain Qt: none of the program's start-up.
    if (mode == QLatin1String("bare") || mode == QLatin1String("text") || mode == QLatin1String("chrome")) {
        QMainWindow window;
        window.resize(1200, 800);
        // "text": one line of text, so the fonts are loaded as in any window that shows words.
        if (mode == QLatin1String("text"))
            window.setCentralWidget(new QLabel(QStringLiteral("Talysh KB"), &window));
        if (mode == QLatin1String("chrome"))
            addChrome(window);
        window.show();
        tkb::AfterFirstPaint::run(&window, [] {
            say("painted");
            std::_Exit(0);
        });
        return app.exec();
    }
    // As app/gui/main.cpp does: the language and the theme are set, the window paints itself, then opens the base;
    // its pages are then painted.
    QApplication::setOrganizationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationName(QStringLiteral("talysh-kb"));
    tkb::LanguageManager::instance()->initialize(QString());
    tkb::ThemeManager::instance()->initialize(QString());
    tkb::MainWindow window;
    const bool touring = mode == QLatin1String("tour");
    window.show();
    tkb::AfterFirstPaint::run(&window, [&] {
        say("painted");
        if (!window.openKnowledgeBase(base)) {
            std::fputs("talysh-kb-startbench: the knowledge base did not open\n", stderr);
            std::_Exit(1);
        }
        tkb::AfterFirstPaint::run(&window, [&] {
            say("content");
            if (!touring)
                std::_Exit(0);
            tour(window, query);
            std::printf("peak-rss-kb %lld\n", static_cast<long long>(peakRssKb()));
            std::fflush(stdout);
            std::_Exit(0);
        });
    });
    return app.exec();
}

struct Run
{
    QString label;
    QString program;
    QStringList arguments;
};

// Milliseconds from starting the process to each of its first `lines` lines on stdout (with none, to its end),
// empty on failure; the rest of its output in rest.
std::vector<double> timeRun(const Run &run, const QProcessEnvironment &env, int lines, QString *rest = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(run.program, run.arguments);
    if (!p.waitForStarted(30000))
        return {};
    std::vector<double> at;
    while (int(at.size()) < lines) {
        // A run that says nothing for two minutes is stuck (a dialog waiting for an answer): it counts as failed.
        while (!p.canReadLine() && p.state() != QProcess::NotRunning && clock.elapsed() < 120000)
            p.waitForReadyRead(1000);
        if (!p.canReadLine())
            break;
        at.push_back(double(clock.nsecsElapsed()) / 1e6);
        p.readLine();
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    if (lines == 0) // no line asked for: the time to its end
        at.push_back(double(clock.nsecsElapsed()) / 1e6);
    if (rest)
        *rest = QString::fromUtf8(p.readAll());
    const bool ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && int(at.size()) == std::max(lines, 1);
    return ok ? at : std::vector<double> {};
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--child") == 0)
            return child(QString::fromUtf8(argv[i + 1]), i + 2 < argc ? QString::fromUtf8(argv[i + 2]) : QString(),
                i + 3 < argc ? QString::fromUtf8(argv[i + 3]) : QString());
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time to a painted window, peak memory and CLI search."));
    parser.addHelpOption();
    const QCommandLineOption repsOption(
        QStringLiteral("reps"), QStringLiteral("Runs of each kind (7)."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("The search (Hummatov)."),
        QStringLiteral("text"), QStringLiteral("Hummatov"));
    parser.addOption(repsOption);
    parser.addOption(queryOption);
    parser.addPositionalArgument(
        QStringLiteral("base"), QStringLiteral("Knowledge base files besides the bundled one."));
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());
    const QString query = parser.value(queryOption);
    const QStringList bases = parser.positionalArguments();
    for (const QString &base : bases) {
        // The program would show its error dialog and wait for an answer nobody gives.
        if (!QFileInfo(base).isFile()) {
            std::fprintf(stderr, "talysh-kb-startbench: there is no knowledge base at %s\n", qPrintable(base));
            return 2;
        }
    }
    const QString self = QCoreApplication::applicationFilePath();
    const QString cli = QFileInfo(self).absolutePath() + QStringLiteral("/talysh-kb-cli");

    // A private home: no remembered tabs or language, the bundled base made once by the warm-up.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));

    std::vector<Run> paints { { QStringLiteral("bare QMainWindow"), self,
                                  { QStringLiteral("--child"), QStringLiteral("bare") } },
        { QStringLiteral("bare QMainWindow, a line of text"), self,
            { QStringLiteral("--child"), QStringLiteral("text") } },
        { QStringLiteral("QMainWindow, the program's parts"), self,
            { QStringLiteral("--child"), QStringLiteral("chrome") } },
        { QStringLiteral("talysh-kb, bundled base"), self, { QStringLiteral("--child"), QStringLiteral("app") } } };
    std::vector<Run> searches { { QStringLiteral("talysh-kb-cli search, bundled base"), cli,
        { QStringLiteral("search"), query } } };
    for (const QString &base : bases) {
        const QString name = QFileInfo(base).fileName();
        paints.push_back(
            { QStringLiteral("talysh-kb, ") + name, self, { QStringLiteral("--child"), QStringLiteral("app"), base } });
        searches.push_back({ QStringLiteral("talysh-kb-cli search, ") + name, cli,
            { QStringLiteral("--kb"), base, QStringLiteral("search"), query } });
    }

    // How many lines each run says: the bare window "painted"; the program "painted", then "content" once the
    // base is open and its pages are painted; the command line its output (only its end counts).
    const auto isProgram = [](const Run &run) { return run.arguments.value(1) == QLatin1String("app"); };
    const auto linesOf = [&isProgram](const Run &run) { return isProgram(run) ? 2 : 1; };
    // Warm-up: the bundled base is made, files are in the page cache, as on the second start of a day.
    for (const Run &run : paints)
        timeRun(run, env, linesOf(run));
    for (const Run &run : searches)
        timeRun(run, env, 0);

    std::map<QString, std::vector<double>> first;
    std::map<QString, std::vector<double>> content;
    std::map<QString, std::vector<double>> whole;
    for (int r = 0; r < reps; ++r) {
        for (const Run &run : paints) {
            const std::vector<double> at = timeRun(run, env, linesOf(run));
            if (at.empty())
                continue;
            first[run.label].push_back(at.front());
            content[run.label].push_back(at.back());
        }
        for (const Run &run : searches) {
            const std::vector<double> at = timeRun(run, env, 0);
            if (!at.empty())
                whole[run.label].push_back(at.front());
        }
    }
    const double bare = median(first[paints.front().label]);
    std::printf("Time from process start to the window's first paint, and to its pages painted with the base open;\n"
                "median of %d (ratio to the bare window's first paint):\n",
        reps);
    for (const Run &run : paints) {
        const double f = median(first[run.label]);
        const double c = median(content[run.label]);
        if (!isProgram(run))
            std::printf("  %-36s first paint %7.1f ms  x%.2f  (%zu runs)\n", qPrintable(run.label), f, f / bare,
                first[run.label].size());
        else
            std::printf("  %-36s first paint %7.1f ms  x%.2f   pages painted %7.1f ms  x%.2f  (%zu runs)\n",
                qPrintable(run.label), f, f / bare, c, c / bare, first[run.label].size());
    }
    std::printf("Command line search \"%s\" from process start to its end, median of %d:\n", qPrintable(query), reps);
    for (const Run &run : searches)
        std::printf(
            "  %-44s %8.1f ms  (%zu runs)\n", qPrintable(run.label), median(whole[run.label]), whole[run.label].size());

    std::printf("Peak memory (VmHWM) after a tour: overview, People, Events, timeline, a graph, a search:\n");
    for (const Run &run : paints) {
        if (!isProgram(run))
            continue;
        Run tourRun = run;
        tourRun.arguments[1] = QStringLiteral("tour");
        if (tourRun.arguments.size() < 3)
            tourRun.arguments << QString();
        tourRun.arguments << query;
        QString rest;
        timeRun(tourRun, env, 2, &rest);
        const qint64 kb = rest.section(QStringLiteral("peak-rss-kb "), 1).trimmed().toLongLong();
        std::printf("  %-44s %8.1f MB\n", qPrintable(run.label), double(kb) / 1024.0);
    }
    return 0;
}
