// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-viewbench: frame times of the timeline and the graph on a synthetic base with a timeline's worth of
// dated events and a hub with thousands of relations. Figures, not pass/fail: see docs/PERFORMANCE.md.
//
//   talysh-kb-viewbench [--dir DIR] [--events N] [--others N] [--members N] [--reuse] [--screenshots DIR]
//
// Builds (or with --reuse, reopens) DIR/view-<events>.tkb: N dated events from SyntheticBase::nextEvent(), a
// sample base of other entities (people to be members), and one hub organization. Then, offscreen, it opens the
// timeline, runs a scripted series of zooms and pans, and prints the median and p95 time of a frame (the step
// and the repaint it causes, synchronously), then opens the hub's graph and prints the time to a painted page.
#include <core/store/knowledgebase.h>
#include <ui/graph/graphnodeitem.h>
#include <ui/graph/graphpage.h>
#include <ui/timeline/timelinepage.h>
#include <ui/timeline/timelineview.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextStream>
#include <QWindow>

#include "samples.h"
#include "syntheticbase.h"
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace tkb;
using namespace tkb::bench;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Shows a top-level widget and lets it be laid out and exposed, as a window on screen is before it paints.
void showExposed(QWidget *w)
{
    w->show();
    QElapsedTimer t;
    t.start();
    while (!(w->windowHandle() && w->windowHandle()->isExposed()) && t.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
}

double percentile(const std::vector<double> &v, double p)
{
    return Samples { v }.percentile(p);
}

QString figure(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

bool build(const QString &path, int events, int others, int members, QString *hubId)
{
    for (const QString &f : { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") })
        QFile::remove(f);
    StoreError err;
    auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
    if (!kb) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message));
        return false;
    }
    QElapsedTimer t;
    t.start();
    SyntheticBase gen;
    // The other entities first: the hub's members are drawn from the people among them.
    KnowledgePack pack;
    for (int i = 0; i < others; ++i) {
        pack.entities.append(gen.next());
        pack.relations.append(gen.relationsOfLast());
    }
    pack.entities.append(gen.hub(members, &pack.relations));
    *hubId = pack.entities.last().id;
    if (!kb->importPack(pack, &err)) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message));
        return false;
    }
    constexpr int chunk = 20000;
    for (int done = 0; done < events; done += chunk) {
        KnowledgePack evs;
        for (int i = 0; i < std::min(chunk, events - done); ++i)
            evs.entities.append(gen.nextEvent());
        if (!kb->importPack(evs, &err)) {
            std::fprintf(stderr, "%s\n", qPrintable(err.message));
            return false;
        }
    }
    out << "- built " << path << " in " << QString::number(msSince(t) / 1000, 'f', 1) << " s\n";
    out.flush();
    return true;
}

QString findHub(const KnowledgeBase &kb)
{
    const QList<EntityRef> hubs = kb.entities(EntityKind::Organization, QStringLiteral("Talysh National Congress"));
    return hubs.isEmpty() ? QString() : hubs.first().id;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the GUI thread per frame as well as wall time: the machine may be shared, and wall time then
// measures the neighbours too.
std::vector<double> cpuFrames;

/// Runs step, then repaints the scroll area's viewport synchronously: one frame.
template <typename Step> double frame(QWidget *viewport, Step step)
{
    QElapsedTimer t;
    const double c0 = threadCpuMs();
    t.start();
    step();
    viewport->repaint();
    cpuFrames.push_back(threadCpuMs() - c0);
    return msSince(t);
}

void printFrames(const QString &what, const std::vector<double> &ms, const std::vector<double> &cpu)
{
    out << "| " << what << " | " << ms.size() << " | " << figure(percentile(ms, 0.5)) << " | "
        << figure(percentile(ms, 0.95)) << " | " << figure(*std::max_element(ms.begin(), ms.end())) << " | "
        << figure(percentile(cpu, 0.5)) << " | " << figure(percentile(cpu, 0.95)) << " |\n";
}

// The members' group opened, as Enter on it does: the first page of them and "show more". A template, so that
// the same program builds against the graph from before it grouped (for the figures before and after).
template <typename Graph> void openMembers(Graph &graph)
{
    if constexpr (requires(Graph g) { g.isGrouped(); }) {
        for (auto *node : graph.nodes()) {
            if (node->look() == std::remove_pointer_t<decltype(node)>::Look::Group
                && node->id().contains(QLatin1String("member-of"))) {
                graph.activate(node, TabPage::OpenIn::CurrentTab);
                break;
            }
        }
        graph.view()->viewport()->repaint();
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Where the base is kept."),
        QStringLiteral("dir"), QStringLiteral("build/bench"));
    const QCommandLineOption eventsOpt(
        QStringLiteral("events"), QStringLiteral("Dated events."), QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption othersOpt(QStringLiteral("others"), QStringLiteral("Other entities (people, ...)."),
        QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption membersOpt(QStringLiteral("members"), QStringLiteral("Relations of the hub."),
        QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"), QStringLiteral("Reuse the base if it is there."));
    const QCommandLineOption shotsOpt(QStringLiteral("screenshots"),
        QStringLiteral("Save the coarse timeline and the hub's graph as PNG files here."), QStringLiteral("dir"));
    p.addOptions({ dirOpt, eventsOpt, othersOpt, membersOpt, reuseOpt, shotsOpt });
    p.process(app);
    const int events = p.value(eventsOpt).toInt();
    const int others = p.value(othersOpt).toInt();
    const int members = p.value(membersOpt).toInt();
    QDir().mkpath(p.value(dirOpt));
    const QString path = QDir(p.value(dirOpt)).absoluteFilePath(QStringLiteral("view-%1.tkb").arg(events));

    QString hubId;
    if (!(p.isSet(reuseOpt) && QFileInfo::exists(path)) && !build(path, events, others, members, &hubId))
        return 1;
    StoreError err;
    auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
    if (!kb) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message));
        return 1;
    }
    if (hubId.isEmpty())
        hubId = findHub(*kb);
    out << "\n## Timeline and graph: " << events << " dated events, a hub with " << kb->relations(hubId).size()
        << " relations\n\n";
    out.flush();

    // The timeline: open, then zoom in step by step at several points, pan across, and zoom back out.
    QElapsedTimer open;
    open.start();
    TimelinePage timeline(kb.get());
    timeline.resize(1280, 800);
    showExposed(&timeline);
    auto *scroll = timeline.findChild<QScrollArea *>(QStringLiteral("timelineScroll"));
    QWidget *viewport = scroll->viewport();
    viewport->repaint();
    const double openMs = msSince(open);
    out << "- timeline open (query, layout, first paint): " << figure(openMs) << " ms\n\n";
    if (p.isSet(shotsOpt)) {
        // The list follows the view once it rests: let it.
        QElapsedTimer rest;
        rest.start();
        while (rest.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        timeline.grab().save(QDir(p.value(shotsOpt)).filePath(QStringLiteral("timeline-clusters.png")));
    }

    std::vector<double> zooms, pans, all, zoomsCpu, pansCpu, allCpu;
    const int w = viewport->width();
    for (const int anchor : { w / 2, w / 4, 3 * w / 4 }) {
        for (int i = 0; i < 12; ++i)
            zooms.push_back(frame(viewport, [&] { timeline.zoomAxis(1, anchor); })),
                zoomsCpu.push_back(cpuFrames.back());
        QScrollBar *h = scroll->horizontalScrollBar();
        for (int i = 0; i < 16; ++i)
            pans.push_back(frame(viewport, [&] { h->setValue(h->value() + (i < 8 ? w / 3 : -w / 3)); })),
                pansCpu.push_back(cpuFrames.back());
        for (int i = 0; i < 12; ++i)
            zooms.push_back(frame(viewport, [&] { timeline.zoomAxis(-1, anchor); })),
                zoomsCpu.push_back(cpuFrames.back());
    }
    // Zoomed in as far as it goes (down to single events, where the view allows it), a long pan: the events in
    // view change all the time; and zooming a few steps out and in again there.
    for (int i = 0; i < 40; ++i)
        timeline.zoomAxis(1, w / 2);
    QScrollBar *h = scroll->horizontalScrollBar();
    for (int i = 0; i < 40; ++i)
        pans.push_back(frame(viewport, [&] { h->setValue(h->value() + w / 2); })), pansCpu.push_back(cpuFrames.back());
    for (int i = 0; i < 12; ++i)
        zooms.push_back(frame(viewport, [&] { timeline.zoomAxis(i < 6 ? -1 : 1, w / 2); })),
            zoomsCpu.push_back(cpuFrames.back());
    out << "\n(zoomed in far: " << timeline.timeline()->ids().size() << " events laid out, "
        << QString::number(timeline.timeline()->pixelsPerYear(), 'f', 0) << " px a year; viewport " << w << " px)\n\n";
    out << "| steps | frames | median ms | p95 ms | max ms | CPU median ms | CPU p95 ms |\n"
           "|---|---|---|---|---|---|---|\n";
    printFrames(QStringLiteral("zoom in/out (Ctrl+wheel)"), zooms, zoomsCpu);
    printFrames(QStringLiteral("pan (scroll bar)"), pans, pansCpu);
    all = zooms;
    all.insert(all.end(), pans.begin(), pans.end());
    printFrames(QStringLiteral("all"), all, cpuFrames);
    timeline.hide();

    // The hub's graph: construction (its queries and layout) to a painted page.
    out << "\n";
    std::vector<double> opens;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer g;
        g.start();
        GraphPage graph(kb.get(), hubId);
        graph.resize(1280, 800);
        showExposed(&graph);
        graph.view()->viewport()->repaint();
        opens.push_back(msSince(g));
        if (i == 0 && p.isSet(shotsOpt)) {
            openMembers(graph);
            graph.grab().save(QDir(p.value(shotsOpt)).filePath(QStringLiteral("graph-hub.png")));
        }
        if (i == 2) {
            std::vector<double> frames;
            for (int k = 0; k < 20; ++k)
                frames.push_back(frame(graph.view()->viewport(), [&] { graph.setZoom(k % 10 - 3); }));
            out << "- hub graph: " << graph.nodes().size() << " nodes drawn; open to painted page median "
                << figure(percentile(opens, 0.5)) << " ms (runs: " << figure(opens[0]) << ", " << figure(opens[1])
                << ", " << figure(opens[2]) << "); zoom frame median " << figure(percentile(frames, 0.5)) << " ms, p95 "
                << figure(percentile(frames, 0.95)) << " ms\n";
        }
    }
    out.flush();
    return 0;
}
