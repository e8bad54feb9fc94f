// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-startbench: how soon a window shows painted content, a bare Qt window against the program on the
// bundled base and on the given bases; the peak memory after a tour of the views; the command line's search from
// process start. Figures, not pass/fail: see docs/PERFORMANCE.md.
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
#include <ui/shell/mainwindow.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <vector>

namespace {

// Says "painted" on stdout once the first paint of a window has been flushed, then runs what comes next.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            // The paint of the whole window and its flush finish before a queued call runs.
            QTimer::singleShot(0, this, [this] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                m_then();
            });
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_seen = false;
};

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

int child(const QString &mode, const QString &base, const QString &query)
{
    int argc = 1;
    char name[] = "talysh-kb-startbench";
    char *argv[] = { name, nullptr };
    QApplication app(argc, argv);
    if (mode == QLatin1String("bare")) {
        QMainWindow window;
        window.resize(1200, 800);
        FirstPaint paint(&window, [] { std::_Exit(0); });
        window.show();
        return app.exec();
    }
    // As app/gui/main.cpp does.
    QApplication::setOrganizationName(QStringLiteral("talysh-kb"));
    QApplication::setApplicationName(QStringLiteral("talysh-kb"));
    tkb::LanguageManager::instance()->initialize(QString());
    tkb::MainWindow window;
    const bool touring = mode == QLatin1String("tour");
    FirstPaint paint(&window, [&] {
        if (!touring)
            std::_Exit(0);
        tour(window, query);
        std::printf("peak-rss-kb %lld\n", static_cast<long long>(peakRssKb()));
        std::fflush(stdout);
        std::_Exit(0);
    });
    window.show();
    if (!window.openKnowledgeBase(base)) {
        std::fputs("talysh-kb-startbench: the knowledge base did not open\n", stderr);
        return 1;
    }
    return app.exec();
}

struct Run
{
    QString label;
    QString program;
    QStringList arguments;
};

// Milliseconds from starting the process to its first line on stdout (or to its end), -1 on failure; the rest of
// its output in rest.
double timeRun(const Run &run, const QProcessEnvironment &env, QString *rest = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(run.program, run.arguments);
    if (!p.waitForStarted(30000))
        return -1;
    while (!p.canReadLine() && p.state() != QProcess::NotRunning)
        p.waitForReadyRead(60000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    p.waitForFinished(120000);
    if (rest)
        *rest = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? ms : -1;
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

    // Warm-up: the bundled base is made, files are in the page cache, as on the second start of a day.
    for (const Run &run : paints)
        timeRun(run, env);
    for (const Run &run : searches)
        timeRun(run, env);

    std::map<QString, std::vector<double>> times;
    for (int r = 0; r < reps; ++r) {
        for (const auto *set : { &paints, &searches }) {
            for (const Run &run : *set) {
                const double ms = timeRun(run, env);
                if (ms >= 0)
                    times[run.label].push_back(ms);
            }
        }
    }
    const double bare = median(times[paints.front().label]);
    std::printf("Time from process start to a painted window, median of %d (ratio to the bare window):\n", reps);
    for (const Run &run : paints) {
        const double m = median(times[run.label]);
        std::printf(
            "  %-44s %8.1f ms  x%.2f  (%zu runs)\n", qPrintable(run.label), m, m / bare, times[run.label].size());
    }
    std::printf("Command line search \"%s\" from process start to its end, median of %d:\n", qPrintable(query), reps);
    for (const Run &run : searches)
        std::printf(
            "  %-44s %8.1f ms  (%zu runs)\n", qPrintable(run.label), median(times[run.label]), times[run.label].size());

    std::printf("Peak memory (VmHWM) after a tour: overview, People, Events, timeline, a graph, a search:\n");
    for (std::size_t i = 1; i < paints.size(); ++i) {
        Run tourRun = paints[i];
        tourRun.arguments[1] = QStringLiteral("tour");
        if (tourRun.arguments.size() < 3)
            tourRun.arguments << QString();
        tourRun.arguments << query;
        QString rest;
        timeRun(tourRun, env, &rest);
        const qint64 kb = rest.section(QStringLiteral("peak-rss-kb "), 1).trimmed().toLongLong();
        std::printf("  %-44s %8.1f MB\n", qPrintable(paints[i].label), double(kb) / 1024.0);
    }
    return 0;
}
