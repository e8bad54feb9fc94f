// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-serverbench: the same synthetic base in an SQLite file and on a PostgreSQL server, and type-ahead and
// search timed on both, query by query side by side. Figures, not pass/fail: see docs/PERFORMANCE.md.
//
//   talysh-kb-serverbench [--sizes 100000,1000000] [--reps N] [--queries N] [--dir DIR] [--url postgresql://...]
//                         [--reuse]
//
// Without --url it starts a throwaway cluster (tests/support) and reaches it over its Unix socket, as a team's
// server on the same machine would be; --url times an existing, empty database instead (one size only), and with
// --reuse the database and the file a run before wrote, without writing them again.
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include "samples.h"
#include "syntheticbase.h"
#include "testcluster.h"
#include <cstdio>

using namespace tkb;
using namespace tkb::bench;

namespace {

QTextStream out(stdout);

constexpr int chunkSize = 20000; // entities per importPack
constexpr int sourceEvery = 10000; // one source document per so many entities

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString figure(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

struct QueryClass
{
    QString name;
    QStringList queries;
    bool typeAhead; ///< timed as suggest() (a keystroke); otherwise as search()
};

struct Base
{
    QString name;
    std::unique_ptr<KnowledgeBase> kb;
    double buildSeconds = 0;
};

// Both bases get the same chunks, one after the other, so the generator runs once. Without write the generator runs
// alone, to ask the queries of bases an earlier run wrote.
bool build(qint64 size, std::vector<Base> &bases, SyntheticBase &gen, bool write)
{
    for (qint64 done = 0; done < size;) {
        KnowledgePack pack;
        const qint64 n = std::min<qint64>(chunkSize, size - done);
        for (qint64 i = 0; i < n; ++i) {
            pack.entities.append(gen.next());
            pack.relations.append(gen.relationsOfLast());
            if ((done + i + 1) % sourceEvery == 0)
                pack.sources.append(gen.nextSource());
        }
        for (Base &b : bases) {
            if (!write)
                break;
            QElapsedTimer t;
            t.start();
            StoreError err;
            if (!b.kb->importPack(pack, &err)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(b.name), qPrintable(err.message));
                return false;
            }
            b.buildSeconds += msSince(t) / 1000;
        }
        done += n;
        std::fprintf(stderr, "\r%lld of %lld entities", static_cast<long long>(done), static_cast<long long>(size));
    }
    std::fprintf(stderr, "\n");
    return true;
}

void timeClass(const QueryClass &qc, int reps, const std::vector<Base> &bases)
{
    std::vector<Samples> times(bases.size());
    std::vector<double> hits(bases.size());
    auto run = [&qc](const SearchIndex &search, const QString &q) {
        if (qc.typeAhead)
            return search.suggest(q, 10).size();
        SearchQuery sq;
        sq.text = q;
        return search.search(sq).size();
    };
    for (const Base &b : bases) { // warm each side once, as a reader's first keystroke would
        for (const QString &q : qc.queries)
            run(b.kb->search(), q);
    }
    for (int r = 0; r < reps; ++r) {
        for (const QString &q : qc.queries) {
            for (std::size_t i = 0; i < bases.size(); ++i) { // query by query, each side right after the other
                QElapsedTimer t;
                t.start();
                const qsizetype n = run(bases[i].kb->search(), q);
                times[i].ms.push_back(msSince(t));
                hits[i] += double(n);
            }
        }
    }
    out << "| " << qc.name << " | " << times[0].ms.size();
    for (std::size_t i = 0; i < bases.size(); ++i)
        out << " | " << figure(times[i].percentile(0.5)) << " | " << figure(times[i].percentile(0.99));
    for (std::size_t i = 0; i < bases.size(); ++i)
        out << (i ? " / " : " | ") << QString::number(hits[i] / double(times[i].ms.size()), 'f', 1);
    out << " |\n";
    out.flush();
}

int runSize(qint64 size, const QString &dir, int reps, int perClass, const QString &url, bool reuse,
    tkbtest::TestCluster *cluster)
{
    out << "\n## " << size << " entities\n\n";
    const QString file = QDir(dir).filePath(QStringLiteral("serverbench-%1.tkb").arg(size));
    for (const QString &f : { file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm") }) {
        if (!reuse)
            QFile::remove(f);
    }
    QString address = url;
    if (cluster) {
        const QString db = QStringLiteral("bench_%1").arg(size);
        QString why;
        if (!cluster->createDatabase(db, &why)) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
        address = cluster->socketUrl(db);
    }
    std::vector<Base> bases(2);
    bases[0].name = QStringLiteral("SQLite file");
    bases[1].name = QStringLiteral("PostgreSQL");
    for (auto [b, where] : { std::pair { &bases[0], file }, std::pair { &bases[1], address } }) {
        StoreError err;
        b->kb = KnowledgeBase::open(where, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!b->kb) {
            std::fprintf(stderr, "%s\n", qPrintable(err.message));
            return 1;
        }
    }
    const bool written = reuse && bases[0].kb->count(std::nullopt) >= size && bases[1].kb->count(std::nullopt) >= size;
    if (!written && bases[1].kb->count(std::nullopt) > 0) {
        std::fprintf(stderr, "%s is not empty\n", qPrintable(address));
        return 1;
    }
    SyntheticBase gen;
    if (!build(size, bases, gen, !written))
        return 1;
    const char *over = address.contains(QLatin1String("host=")) ? "a Unix socket" : "TCP";
    if (written)
        out << "Written by an earlier run (--reuse); asked over " << over << ".\n\n";
    else
        out << "Built with importPack in chunks of " << chunkSize << ": file "
            << QString::number(bases[0].buildSeconds, 'f', 1) << " s, server "
            << QString::number(bases[1].buildSeconds, 'f', 1) << " s (over " << over << ").\n\n";
    const std::vector<QueryClass> classes {
        { QStringLiteral("type-ahead, 2 letters"), gen.prefixes(2, perClass), true },
        { QStringLiteral("type-ahead, 3 letters"), gen.prefixes(3, perClass), true },
        { QStringLiteral("type-ahead, 5 letters"), gen.prefixes(5, perClass), true },
        { QStringLiteral("type-ahead, full name"), gen.fullNames(perClass), true },
        { QStringLiteral("search, rare name"), gen.rareNames(perClass), false },
        { QStringLiteral("search, full name"), gen.fullNames(perClass), false },
        { QStringLiteral("search, misspelled"), gen.misspellings(perClass), false },
        { QStringLiteral("search, common word"), gen.commonWords(), false },
    };
    out << "| class | calls | file p50 | file p99 | server p50 | server p99 | hits file / server |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (const QueryClass &qc : classes)
        timeClass(qc, reps, bases);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Times type-ahead and search on the same synthetic base in a file and on a server."));
    p.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("Comma-separated entity counts."),
        QStringLiteral("list"), QStringLiteral("100000"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Where the SQLite files go."),
        QStringLiteral("dir"), QDir::currentPath());
    const QCommandLineOption repsOpt(QStringLiteral("reps"), QStringLiteral("Times each query is repeated."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption urlOpt(QStringLiteral("url"),
        QStringLiteral("An empty database on a running server (default: a throwaway cluster)."), QStringLiteral("url"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"),
        QStringLiteral("Queries per class (common words: all)."), QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption reuseOpt(QStringLiteral("reuse"),
        QStringLiteral(
            "With --url: time the file and the database an earlier run wrote (same size) instead of writing."));
    p.addOptions({ sizesOpt, dirOpt, repsOpt, queriesOpt, urlOpt, reuseOpt });
    p.process(app);
    QStringList sizes = p.value(sizesOpt).split(u',', Qt::SkipEmptyParts);
    std::unique_ptr<tkbtest::TestCluster> cluster;
    if (p.isSet(urlOpt)) {
        if (sizes.size() != 1) {
            std::fprintf(stderr, "--url takes one size (one empty database)\n");
            return 2;
        }
    } else {
        cluster = std::make_unique<tkbtest::TestCluster>();
        QString why;
        if (!cluster->start(&why)) {
            std::fprintf(stderr, "cannot start a cluster: %s\n", qPrintable(why));
            return 1;
        }
    }
    out << "# talysh-kb-serverbench\n\nLatencies in ms per call: suggest() with a limit of 10 (type-ahead), search()"
           " with its default limit; each query on the file and then on the server.\n";
    for (const QString &s : sizes) {
        bool ok = false;
        const qint64 size = s.trimmed().toLongLong(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "bad size %s\n", qPrintable(s));
            return 2;
        }
        if (const int rc = runSize(size, p.value(dirOpt), std::max(1, p.value(repsOpt).toInt()),
                std::max(1, p.value(queriesOpt).toInt()), p.value(urlOpt), p.isSet(urlOpt) && p.isSet(reuseOpt),
                cluster.get()))
            return rc;
    }
    return 0;
}
