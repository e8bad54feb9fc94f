// SPDX-License-Identifier: GPL-3.0-or-later
// tkb-reliability-worker: a second process for the reliability tests. It writes to a knowledge base the way the
// program does (through KnowledgeBase), reports each commit on stdout the moment it returns, and is then killed,
// starved of disk space or made to hold the write lock by the test that started it. Reporting after the commit
// is the point: a line "committed ..." is a promise the test holds the file to after any crash.
//
//   crash PATH SEED ROUND ARTICLE   imports, edits and removes forever; "begin ..." before and
//                                   "committed ..." after each write; the test SIGKILLs it
//   edit PATH PREFIX COUNT          COUNT upserts of new entities PREFIX-i, for two writers at once
//   lock PATH HOLD_MS MODE [VALUE]  holds the write lock (MODE immediate) or an exclusive lock (exclusive)
//                                   for HOLD_MS, then commits meta "worker"=VALUE if given, else rolls back
//   apply PATH START                applies change documents (a new topic and an alias on an existing one) one after
//                                   another from number START on; "begin N" before, "committed N ID" after
//   fill PATH disk|rlimit [BYTES]   builds a base, then writes 64 KB entities until the disk (disk: PATH is
//                                   on a small file system) or the file size limit BYTES (rlimit, set with
//                                   setrlimit) is reached; reports what happened and what a reopen finds;
//                                   with disk it then fills the file system to the last byte and opens again
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/import/articleimporter.h>
#include <core/store/bulkload_p.h>
#include <core/store/connection_p.h>
#include <core/store/knowledgebase.h>

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include "../testpack.h"
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace tkb;

namespace {

// One write(2) per line, so a kill never leaves half a line in the pipe and nothing waits in a stdio buffer.
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

int fail(const QString &what, const StoreError &err)
{
    say(QStringLiteral("error %1 %2: %3").arg(int(err.code)).arg(what, err.message));
    return 2;
}

QString words(QRandomGenerator &rng, int approxChars)
{
    static const QStringList vocabulary = { QStringLiteral("Talysh"), QStringLiteral("Tolysh"),
        QStringLiteral("Hümmətov"), QStringLiteral("Гумматов"), QStringLiteral("Lankaran"), QStringLiteral("movement"),
        QStringLiteral("autonomy"), QStringLiteral("1993"), QStringLiteral("UNPO"), QStringLiteral("The Hague"),
        QStringLiteral("тальш"), QStringLiteral("تالش"), QStringLiteral("exile"), QStringLiteral("rights"),
        QStringLiteral("Talış-Tolış"), QStringLiteral("language") };
    QString out;
    out.reserve(approxChars + 32);
    while (out.size() < approxChars) {
        out += vocabulary[rng.bounded(int(vocabulary.size()))];
        out += rng.bounded(12) == 0 ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return out;
}

// A pack of n topics that link to and relate to one another, so links and relations resolve inside it.
KnowledgePack makePack(const QString &tag, int n, QRandomGenerator &rng)
{
    KnowledgePack p;
    for (int j = 0; j < n; ++j) {
        Entity e;
        e.id = QStringLiteral("topic/%1-e%2").arg(tag).arg(j);
        e.kind = EntityKind::Topic;
        e.name = QStringLiteral("Topic %1 %2").arg(tag).arg(j);
        e.aliases
            = { Alias { QStringLiteral("Тема %1 %2").arg(tag).arg(j), QStringLiteral("ru"), QStringLiteral("Cyrl") } };
        e.summary = tag;
        e.body = words(rng, 200 + rng.bounded(3000));
        if (j > 0)
            e.body += QStringLiteral(" See [[topic/%1-e%2|the previous one]].").arg(tag).arg(j - 1);
        p.entities << e;
        if (j > 0)
            p.relations << Relation { e.id, QStringLiteral("follows"), p.entities[j - 1].id, {}, {}, {} };
    }
    return p;
}

// Entities this worker (in any round) made with upsert, so an edit or removal never touches a pack's topics,
// whose links a removal would leave dangling.
QStringList upserted(const KnowledgeBase &kb)
{
    QStringList ids;
    for (const EntityRef &r : kb.entities(EntityKind::Person)) {
        if (r.id.startsWith(QLatin1String("person/r")))
            ids << r.id;
    }
    return ids;
}

int crash(const QStringList &args)
{
    if (args.size() < 4)
        return 64;
    const QString path = args[0];
    QRandomGenerator rng(args[1].toUInt());
    const QString round = args[2];
    ImportError ie;
    const auto article = ArticleImporter::parseFile(args[3], &ie);
    if (!article) {
        say(QStringLiteral("error article %1").arg(ie.toString(args[3])));
        return 2;
    }
    StoreError err;
    auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!kb)
        return fail(QStringLiteral("open"), err);
    if (kb->isReadOnly()) {
        say(QStringLiteral("error opened read-only"));
        return 2;
    }
    say(QStringLiteral("ready"));
    for (int k = 0;; ++k) {
        const QString tag = QStringLiteral("r%1-%2").arg(round).arg(k);
        const int dice = rng.bounded(100);
        if (dice < 25) {
            const int n = 2 + rng.bounded(10);
            const KnowledgePack p = makePack(tag, n, rng);
            say(QStringLiteral("begin import %1 %2").arg(tag).arg(n));
            if (!kb->importPack(p, &err))
                return fail(QStringLiteral("import"), err);
            say(QStringLiteral("committed import %1 %2").arg(tag).arg(n));
        } else if (dice < 32) {
            say(QStringLiteral("begin article"));
            if (!kb->importPack(*article, &err))
                return fail(QStringLiteral("article"), err);
            say(QStringLiteral("committed article"));
        } else if (dice < 75) {
            const QStringList ids = upserted(*kb);
            Entity e;
            if (ids.isEmpty() || rng.bounded(2) == 0) {
                e.id = QStringLiteral("person/%1").arg(tag);
                e.kind = EntityKind::Person;
                e.name = QStringLiteral("Person %1").arg(tag);
                e.aliases
                    = { Alias { QStringLiteral("Şəxs %1").arg(tag), QStringLiteral("az"), QStringLiteral("Latn") } };
            } else {
                e = *kb->entity(ids[rng.bounded(int(ids.size()))]);
            }
            e.summary = tag; // the version the test expects to find
            e.body = words(rng, 100 + rng.bounded(8000));
            say(QStringLiteral("begin upsert %1 %2").arg(e.id, tag));
            if (!kb->upsertEntity(e, &err))
                return fail(QStringLiteral("upsert"), err);
            say(QStringLiteral("committed upsert %1 %2").arg(e.id, tag));
        } else if (dice < 95) {
            const QStringList ids = upserted(*kb);
            if (ids.isEmpty())
                continue;
            const QString id = ids[rng.bounded(int(ids.size()))];
            say(QStringLiteral("begin remove %1").arg(id));
            if (!kb->removeEntity(id, &err))
                return fail(QStringLiteral("remove"), err);
            say(QStringLiteral("committed remove %1").arg(id));
        } else {
            // SQLite checkpoints on its own every 1000 pages; forcing one now and then puts kills inside it too.
            QSqlQuery q(connection(*kb));
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            say(QStringLiteral("checkpoint"));
        }
    }
}

int edit(const QStringList &args)
{
    if (args.size() < 3)
        return 64;
    StoreError err;
    auto kb = KnowledgeBase::open(args[0], KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!kb)
        return fail(QStringLiteral("open"), err);
    say(QStringLiteral("ready"));
    QRandomGenerator rng(qHash(args[1]));
    const int count = args[2].toInt();
    for (int i = 0; i < count; ++i) {
        Entity e;
        e.id = QStringLiteral("person/%1-%2").arg(args[1]).arg(i);
        e.kind = EntityKind::Person;
        e.name = QStringLiteral("Writer %1 number %2").arg(args[1]).arg(i);
        e.summary = args[1];
        e.body = words(rng, 2000);
        if (!kb->upsertEntity(e, &err))
            return fail(QStringLiteral("upsert %1").arg(e.id), err);
        say(QStringLiteral("committed %1").arg(e.id));
    }
    say(QStringLiteral("done"));
    return 0;
}

int lock(const QStringList &args)
{
    if (args.size() < 3)
        return 64;
    StoreError err;
    auto kb = KnowledgeBase::open(args[0], KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!kb)
        return fail(QStringLiteral("open"), err);
    QSqlQuery q(connection(*kb));
    const bool exclusive = args[2] == QLatin1String("exclusive");
    // Exclusive locking mode is what another tool (a backup, the sqlite3 shell) may hold: not even readers pass.
    if (exclusive && !q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"))) {
        say(QStringLiteral("error locking_mode"));
        return 2;
    }
    if (!q.exec(exclusive ? QStringLiteral("BEGIN EXCLUSIVE") : QStringLiteral("BEGIN IMMEDIATE"))) {
        say(QStringLiteral("error begin"));
        return 2;
    }
    const bool commit = args.size() > 3;
    if (commit) {
        q.prepare(QStringLiteral(
            "INSERT INTO meta(key, value) VALUES('worker', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
        q.addBindValue(args[3]);
        if (!q.exec()) {
            say(QStringLiteral("error insert"));
            return 2;
        }
    } else if (exclusive) {
        // In WAL mode the exclusive lock is taken by the first write.
        q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('worker-lock', 'x') ON CONFLICT(key) DO NOTHING"));
    }
    say(QStringLiteral("locked"));
    QThread::msleep(args[1].toULong());
    if (!q.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"))) {
        say(QStringLiteral("error end"));
        return 2;
    }
    say(commit ? QStringLiteral("committed") : QStringLiteral("released"));
    return 0;
}

// A bulk load begun outside a transaction on a file no one else has open: it runs with a rollback journal
// (BulkLoad) and commits packs of 50 entities, each pack one transaction, until it is killed; finish() never
// runs. Most of its time is spent inside a transaction, so most kills come in the middle of one.
int bulk(const QStringList &args)
{
    if (args.size() < 2)
        return 64;
    StoreError err;
    auto kb = KnowledgeBase::open(args[0], KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!kb)
        return fail(QStringLiteral("open"), err);
    BulkLoad load(connection(*kb));
    QString why;
    if (!load.begin(true, &why)) {
        say(QStringLiteral("error begin %1").arg(why));
        return 2;
    }
    QSqlQuery q(connection(*kb));
    say(QStringLiteral("journal %1")
            .arg(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString()));
    q.finish();
    QRandomGenerator rng(args[1].toUInt());
    for (int k = 0;; ++k) {
        KnowledgePack pack;
        for (int j = 0; j < 50; ++j) {
            Entity e;
            e.id = QStringLiteral("person/bulk-r%1-%2-%3").arg(args[1]).arg(k).arg(j);
            e.kind = EntityKind::Person;
            e.name = QStringLiteral("Bulkload Hummatov %1 %2").arg(k).arg(j);
            e.aliases = { Alias { QStringLiteral("Балклоад Гумматов %1 %2").arg(k).arg(j), QStringLiteral("ru"),
                QStringLiteral("Cyrl") } };
            e.body = words(rng, 500 + rng.bounded(4000));
            pack.entities << e;
        }
        if (!kb->importPack(pack, &err))
            return fail(QStringLiteral("import"), err);
        say(QStringLiteral("committed %1").arg(k));
    }
}

int fill(const QStringList &args)
{
    if (args.isEmpty())
        return 64;
    const QString path = args[0];
    StoreError err;
    {
        auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::CreateOrOpen, &err);
        if (!kb)
            return fail(QStringLiteral("create"), err);
        if (!kb->importPack(tkbtest::smallPack(), &err))
            return fail(QStringLiteral("import"), err);
    }
    auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!kb)
        return fail(QStringLiteral("open"), err);
    rlimit old {};
    getrlimit(RLIMIT_FSIZE, &old);
    const bool limited = args.value(1) == QLatin1String("rlimit");
    if (limited) {
        // Past the limit write(2) fails with EFBIG; without this the kernel would kill us with SIGXFSZ.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit lim = old;
        lim.rlim_cur = rlim_t(args.value(2).toLongLong());
        if (setrlimit(RLIMIT_FSIZE, &lim) != 0) {
            say(QStringLiteral("error setrlimit"));
            return 2;
        }
    }
    say(QStringLiteral("ready"));
    QRandomGenerator rng(7);
    bool full = false;
    for (int i = 0; i < 2000 && !full; ++i) {
        Entity e;
        e.id = QStringLiteral("topic/fill-%1").arg(i);
        e.kind = EntityKind::Topic;
        e.name = QStringLiteral("Filler %1").arg(i);
        e.body = words(rng, 64 * 1024);
        if (kb->upsertEntity(e, &err)) {
            say(QStringLiteral("committed %1").arg(e.id));
        } else {
            say(QStringLiteral("full %1 %2").arg(int(err.code)).arg(err.message.simplified()));
            full = true;
        }
    }
    if (!full) {
        say(QStringLiteral("error never full"));
        return 2;
    }
    // Still usable for reading while the disk is full.
    say(QStringLiteral("read %1 %2")
            .arg(kb->count(std::nullopt))
            .arg(kb->name(QStringLiteral("person/alikram-hummatov"))));
    Entity small = *kb->entity(QStringLiteral("place/the-hague"));
    small.summary = QStringLiteral("a small edit on a full disk");
    if (kb->upsertEntity(small, &err))
        say(QStringLiteral("small committed"));
    else
        say(QStringLiteral("small refused %1").arg(int(err.code)));
    kb.reset();
    if (limited)
        setrlimit(RLIMIT_FSIZE, &old);
    // Whatever happened, the file must reopen whole, with everything that was reported committed.
    auto again = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &err);
    if (!again)
        return fail(QStringLiteral("reopen"), err);
    const IntegrityReport r = again->check();
    say(QStringLiteral("reopened %1 %2 %3")
            .arg(r.ok ? QStringLiteral("ok") : QStringLiteral("damaged"))
            .arg(again->count(std::nullopt))
            .arg(again->entity(QStringLiteral("place/the-hague"))->summary.simplified()));
    for (const QString &p : r.problems)
        say(QStringLiteral("problem %1").arg(p));
    again.reset();
    if (args.value(1) != QLatin1String("disk"))
        return 0;
    // Not one byte left: the base must still open (read-only if it has to) or say clearly why not.
    {
        QFile filler(path + QStringLiteral(".filler"));
        if (!filler.open(QIODevice::WriteOnly))
            return 2;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        while (filler.write("x", 1) == 1 && filler.flush()) { }
    }
    auto last = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!last) {
        say(QStringLiteral("exhausted error %1 %2").arg(int(err.code)).arg(err.message.simplified()));
        return 0;
    }
    say(QStringLiteral("exhausted opened %1 %2 %3")
            .arg(last->isReadOnly() ? QStringLiteral("read-only") : QStringLiteral("read-write"))
            .arg(last->count(std::nullopt))
            .arg(last->name(QStringLiteral("person/alikram-hummatov"))));
    small.summary = QStringLiteral("an edit on an exhausted disk");
    if (last->upsertEntity(small, &err))
        say(QStringLiteral("exhausted write committed"));
    else
        say(QStringLiteral("exhausted write refused %1 %2").arg(int(err.code)).arg(err.message.simplified()));
    return 0;
}

int apply(const QStringList &args)
{
    if (args.size() < 2)
        return 64;
    StoreError err;
    auto kb = KnowledgeBase::open(args[0], KnowledgeBase::OpenMode::ReadWrite, &err);
    if (!kb)
        return fail(QStringLiteral("open"), err);
    say(QStringLiteral("ready"));
    ChangeApplier applier(*kb);
    for (int i = args[1].toInt();; ++i) {
        const QByteArray json = QStringLiteral(
            "{\"changes\": [{\"op\": \"create\", \"entity\": {\"id\": \"topic/applied-%1\", \"kind\": \"topic\","
            " \"name\": \"Applied %1\", \"body\": \"About [[person/alikram-hummatov|him]].\"}},"
            " {\"op\": \"add\", \"id\": \"person/alikram-hummatov\", \"claim\": \"alias\","
            " \"with\": {\"text\": \"Crashalias%1\"}}]}")
                                    .arg(i)
                                    .toUtf8();
        QString why;
        const std::optional<ChangeSet> set = ChangeReader::read(json, &why);
        if (!set) {
            say(QStringLiteral("error read %1: %2").arg(i).arg(why));
            return 2;
        }
        ChangeSetInfo info;
        info.author = QStringLiteral("worker");
        qint64 id = 0;
        say(QStringLiteral("begin %1").arg(i));
        if (!applier.apply(*set, info, &why, &id)) {
            say(QStringLiteral("error apply %1: %2").arg(i).arg(why));
            return 2;
        }
        say(QStringLiteral("committed %1 %2").arg(i).arg(id));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 64;
    const QString mode = args.takeFirst();
    if (mode == QLatin1String("crash"))
        return crash(args);
    if (mode == QLatin1String("edit"))
        return edit(args);
    if (mode == QLatin1String("lock"))
        return lock(args);
    if (mode == QLatin1String("fill"))
        return fill(args);
    if (mode == QLatin1String("bulk"))
        return bulk(args);
    if (mode == QLatin1String("apply"))
        return apply(args);
    return 64;
}
