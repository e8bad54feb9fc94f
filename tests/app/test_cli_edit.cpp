// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-cli's editing and history commands, run as the real binary: apply (all or nothing, errors naming the
// change, exit code 1), history, changes, revert and export-pack, in text and JSON.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_kb;

    Run cli(QStringList args, const QByteArray &author = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        if (!author.isEmpty())
            env.insert(QStringLiteral("TALYSHKB_AUTHOR"), QString::fromUtf8(author));
        p.setProcessEnvironment(env);
        if (!args.contains(QStringLiteral("import")))
            args << QStringLiteral("--kb") << m_kb;
        p.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb-cli"), args);
        if (!p.waitForFinished(120000))
            qFatal("talysh-kb-cli did not finish");
        return Run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_kb = m_dir.filePath(QStringLiteral("pack.tkb"));
        const Run r = cli({ QStringLiteral("import"),
            QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"), QStringLiteral("--kb"),
            m_kb });
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void applyHistoryRevert()
    {
        const QString create = file(QStringLiteral("create.json"),
            "{\"author\": \"File Author\", \"changes\": [\n"
            "            {\"op\": \"create\", \"entity\": {\"id\": \"topic/cli-test\", \"kind\": \"topic\", \"name\": "
            "\"CLI test topic\",\n"
            "              \"summary\": \"About [[person/alikram-hummatov|Hummatov]].\"}},\n"
            "            {\"op\": \"add\", \"id\": \"topic/cli-test\", \"claim\": \"alias\", \"with\": {\"text\": "
            "\"Zyxwvutsrq\"}}]}");
        Run r = cli({ QStringLiteral("apply"), create, QStringLiteral("--author"), QStringLiteral("Ada"),
            QStringLiteral("--comment"), QStringLiteral("first"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("changeset")).toInteger() > 0);
        QCOMPARE(o.value(QStringLiteral("author")).toString(), QStringLiteral("Ada"));
        QCOMPARE(o.value(QStringLiteral("revisions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toString(),
            QStringLiteral("create"));

        // Found by search at once.
        r = cli({ QStringLiteral("search"), QStringLiteral("Zyxwvutsrq"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("topic/cli-test"));

        const QString edit = file(QStringLiteral("edit.json"),
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"topic/cli-test\", \"set\": {\"summary\": \"Changed.\"}}]}");
        r = cli({ QStringLiteral("apply"), edit }, "Env Author");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("edit  topic/cli-test"));

        r = cli({ QStringLiteral("history"), QStringLiteral("topic/cli-test"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray revisions = r.json().value(QStringLiteral("revisions")).toArray();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions[0].toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Ada"));
        QCOMPARE(revisions[0].toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("first"));
        // Neither --author nor an author in the document: the environment names the author.
        QCOMPARE(revisions[1].toObject().value(QStringLiteral("author")).toString(), QStringLiteral("Env Author"));
        const QString first = QString::number(revisions[0].toObject().value(QStringLiteral("revision")).toInteger());

        r = cli({ QStringLiteral("history"), QStringLiteral("topic/cli-test") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Ada  create"));

        r = cli({ QStringLiteral("revert"), QStringLiteral("topic/cli-test"), first, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({ QStringLiteral("show"), QStringLiteral("topic/cli-test"), QStringLiteral("--json") });
        QVERIFY(r.out.contains("About [[person/alikram-hummatov|Hummatov]]."));

        // The same edit again, undone with --undo: back to the state right before that revision.
        r = cli({ QStringLiteral("apply"), edit });
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({ QStringLiteral("history"), QStringLiteral("topic/cli-test"), QStringLiteral("--json") });
        const QJsonArray again = r.json().value(QStringLiteral("revisions")).toArray();
        const QString last = QString::number(again.last().toObject().value(QStringLiteral("revision")).toInteger());
        r = cli({ QStringLiteral("show"), QStringLiteral("topic/cli-test"), QStringLiteral("--json") });
        QVERIFY(r.out.contains("Changed."));
        r = cli({ QStringLiteral("revert"), QStringLiteral("topic/cli-test"), last, QStringLiteral("--undo") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({ QStringLiteral("show"), QStringLiteral("topic/cli-test"), QStringLiteral("--json") });
        QVERIFY(r.out.contains("About [[person/alikram-hummatov|Hummatov]]."));
        QVERIFY(!r.out.contains("Changed."));
        r = cli({ QStringLiteral("revert"), QStringLiteral("topic/cli-test"), last, QStringLiteral("--undo") });
        QCOMPARE(r.code, 1); // nothing left to undo: refused, nothing written
        QVERIFY(r.err.contains("already as before revision"));

        r = cli(
            { QStringLiteral("changes"), QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray recent = r.json().value(QStringLiteral("recent")).toArray();
        QCOMPARE(recent.size(), 2);
        QVERIFY(recent[0].toObject().value(QStringLiteral("comment")).toString().startsWith(QStringLiteral("Revert")));
        QVERIFY(r.json().value(QStringLiteral("notApplied")).toArray().isEmpty());
        r = cli({ QStringLiteral("changes") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Recent changes"));
    }

    void refusedChangesWriteNothing()
    {
        const Run before = cli(
            { QStringLiteral("changes"), QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json") });
        const QString bad = file(QStringLiteral("bad.json"),
            "{\"changes\": [\n"
            "            {\"op\": \"create\", \"entity\": {\"id\": \"topic/never\", \"kind\": \"topic\", \"name\": "
            "\"Never\"}},\n"
            "            {\"op\": \"edit\", \"id\": \"topic/never\", \"set\": {\"summary\": \"x\"}},\n"
            "            {\"op\": \"add\", \"id\": \"topic/missing\", \"claim\": \"alias\", \"with\": {\"text\": "
            "\"x\"}}]}");
        Run r = cli({ QStringLiteral("apply"), bad });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("change 3 (add-alias topic/missing)"), r.err.constData());
        QVERIFY(r.err.contains("nothing was written"));
        r = cli({ QStringLiteral("show"), QStringLiteral("topic/never") });
        QCOMPARE(r.code, 2);
        const QString broken = file(QStringLiteral("broken.json"), "{\"changes\": [");
        r = cli({ QStringLiteral("apply"), broken });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not valid JSON"));
        r = cli({ QStringLiteral("apply"), m_dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(r.code, 2);
        r = cli({ QStringLiteral("revert"), QStringLiteral("topic/never"), QStringLiteral("abc") });
        QCOMPARE(r.code, 1);
        r = cli({ QStringLiteral("revert"), QStringLiteral("topic/never"), QStringLiteral("999999") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no revision 999999"));
        r = cli({ QStringLiteral("history"), QStringLiteral("topic/never") });
        QCOMPARE(r.code, 2);
        const Run after = cli(
            { QStringLiteral("changes"), QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json") });
        QCOMPARE(after.out, before.out);
    }

    void exportPackRoundTrip()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        Run r = cli({ QStringLiteral("export-pack"), out, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QVERIFY(QJsonDocument::fromJson(exported).object().contains(QStringLiteral("revisions")));
        const QString second = m_dir.filePath(QStringLiteral("second.tkb"));
        r = cli({ QStringLiteral("import"), out, QStringLiteral("--kb"), second });
        QVERIFY2(r.code == 0, r.err.constData());
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        const QString kb = m_kb;
        m_kb = second;
        r = cli({ QStringLiteral("export-pack"), again });
        m_kb = kb;
        QVERIFY2(r.code == 0, r.err.constData());
        QFile g(again);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), exported);
        r = cli({ QStringLiteral("export-pack"), m_dir.filePath(QStringLiteral("no/such/dir/x.json")) });
        QCOMPARE(r.code, 6);
    }

    void helpListsTheCommands()
    {
        const Run r = cli({ QStringLiteral("--help") });
        for (const char *c :
            { "apply CHANGES.json", "history ID", "changes [--limit N]", "revert ID REVISION", "export-pack OUT.json" })
            QVERIFY2(r.out.contains(c), c);
    }
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "test_cli_edit.moc"
