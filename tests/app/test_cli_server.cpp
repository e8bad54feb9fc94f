// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-cli against a PostgreSQL server (a throwaway cluster this test starts): push the bundled base, read,
// search (finding what the file finds) and edit it there through --kb URL, pull an offline copy back and find the
// same entities, documents and history; a push into a database that holds a base already, or a pull onto an existing
// file, changes nothing; a push the server refuses midway leaves no row of it, and the same push goes in whole
// afterwards.
#include <core/store/knowledgebase.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testcluster.h"
#include <algorithm>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT
    tkbtest::TestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_file, m_url;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb-cli"), args);
        if (!p.waitForFinished(120000))
            qFatal("talysh-kb-cli did not finish");
        return Run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QByteArray exported(const QString &kb, const QString &name)
    {
        const QString out = m_dir.filePath(name);
        const Run r = cli({ QStringLiteral("export-pack"), out, QStringLiteral("--kb"), kb });
        if (r.code != 0)
            qFatal("export-pack %s: %s", qPrintable(kb), r.err.constData());
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("team"), &why), qPrintable(why));
        m_url = m_cluster.url(QStringLiteral("team"));
        m_file = m_dir.filePath(QStringLiteral("bundled.tkb"));
        const Run r = cli({ QStringLiteral("import"),
            QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"), QStringLiteral("--kb"),
            m_file });
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void pushReadEditPull()
    {
        Run r = cli({ QStringLiteral("push"), m_file, QStringLiteral("--to"), m_url, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("to")).toString(), m_url);
        // Everything arrived as it was: the same pack comes out of both, byte for byte.
        QCOMPARE(exported(m_url, QStringLiteral("server.json")), exported(m_file, QStringLiteral("file.json")));

        r = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--kb"), m_url });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray listed = r.json().array();
        QCOMPARE(listed,
            cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--kb"), m_file }).json().array());
        QVERIFY(listed.size() > 50);
        r = cli({ QStringLiteral("show"), QStringLiteral("person/alikram-hummatov"), QStringLiteral("--json"),
            QStringLiteral("--kb"), m_url });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out,
            cli({ QStringLiteral("show"), QStringLiteral("person/alikram-hummatov"), QStringLiteral("--json"),
                    QStringLiteral("--kb"), m_file })
                .out);

        // A name in another script finds the person on the server too.
        r = cli({ QStringLiteral("search"), QStringLiteral("Гумматов"), QStringLiteral("--json"),
            QStringLiteral("--kb"), m_url });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("person/alikram-hummatov"));

        // The texts in other word forms, with filters, and "did you mean": the server finds what the file finds, with
        // the same scores and snippets (all of them: fewer than the limit, so equal scores cannot straddle it).
        for (const QString &q : { QStringLiteral("arrests"), QStringLiteral("emigration"),
                 QStringLiteral("independence"), QStringLiteral("1990..2010 republic"),
                 QStringLiteral("arrests before:2004"), QStringLiteral("kind:person arrests"),
                 QStringLiteral("languages"), QStringLiteral("in:History talysh") }) {
            QList<QStringList> hits[2];
            for (int side = 0; side < 2; ++side) {
                r = cli({ QStringLiteral("search"), q, QStringLiteral("--limit"), QStringLiteral("100"),
                    QStringLiteral("--json"), QStringLiteral("--kb"), side ? m_url : m_file });
                QVERIFY2(r.code == 0, r.err.constData());
                for (const QJsonValue &v : r.json().array()) {
                    const QJsonObject o = v.toObject();
                    hits[side] << QStringList { QString::number(o.value(QStringLiteral("score")).toDouble(), 'f', 6),
                        o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("section")).toString(),
                        o.value(QStringLiteral("snippet")).toString() };
                }
                std::sort(hits[side].begin(), hits[side].end(), [](const QStringList &a, const QStringList &b) {
                    return a[0].toDouble() != b[0].toDouble() ? a[0].toDouble() > b[0].toDouble() : a < b;
                });
            }
            QVERIFY2(!hits[0].isEmpty() && hits[0].size() < 100, qPrintable(q));
            QCOMPARE(hits[1], hits[0]);
        }
        r = cli({ QStringLiteral("search"), QStringLiteral("indepandence"), QStringLiteral("--kb"), m_url });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Did you mean"), r.out.constData());
        QCOMPARE(r.out,
            cli({ QStringLiteral("search"), QStringLiteral("indepandence"), QStringLiteral("--kb"), m_file }).out);

        // An edit through the command line, recorded as made by the database user.
        const QString edit = m_dir.filePath(QStringLiteral("edit.json"));
        QFile f(edit);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "{\"changes\": [{\"op\": \"edit\", \"id\": \"person/alikram-hummatov\", \"set\": {\"summary\": \"Edited on "
            "the server.\"}}]}");
        f.close();
        r = cli({ QStringLiteral("apply"), edit, QStringLiteral("--author"), QStringLiteral("Ada"),
            QStringLiteral("--kb"), m_url });
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({ QStringLiteral("history"), QStringLiteral("person/alikram-hummatov"), QStringLiteral("--json"),
            QStringLiteral("--kb"), m_url });
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray revisions = r.json().object().value(QStringLiteral("revisions")).toArray();
        QVERIFY(!revisions.isEmpty());
        QCOMPARE(revisions.last().toObject().value(QStringLiteral("author")).toString(), m_cluster.superuser());
        r = cli({ QStringLiteral("check"), QStringLiteral("--kb"), m_url });
        QVERIFY2(r.code == 0, r.out + r.err);

        // The offline copy: the server's base, edit and history included.
        const QString copy = m_dir.filePath(QStringLiteral("copy.tkb"));
        r = cli({ QStringLiteral("pull"), m_url, QStringLiteral("--to"), copy });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(exported(copy, QStringLiteral("copy.json")), exported(m_url, QStringLiteral("server2.json")));
        r = cli({ QStringLiteral("changes"), QStringLiteral("--json"), QStringLiteral("--limit"),
            QStringLiteral("1000"), QStringLiteral("--kb"), copy });
        const Run original = cli({ QStringLiteral("changes"), QStringLiteral("--json"), QStringLiteral("--limit"),
            QStringLiteral("1000"), QStringLiteral("--kb"), m_file });
        QCOMPARE(r.json().object().value(QStringLiteral("recent")).toArray().size(),
            original.json().object().value(QStringLiteral("recent")).toArray().size() + 1);
    }

    void neverOverwrites()
    {
        // The server holds a base now (pushReadEditPull), and the file exists.
        const QByteArray before = exported(m_url, QStringLiteral("before.json"));
        Run r = cli({ QStringLiteral("push"), m_file, QStringLiteral("--to"), m_url });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("empty database"), r.err.constData());
        QCOMPARE(exported(m_url, QStringLiteral("after.json")), before);
        r = cli({ QStringLiteral("pull"), m_url, QStringLiteral("--to"), m_file });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("exists"), r.err.constData());
        r = cli({ QStringLiteral("push"), m_file, QStringLiteral("--to"), m_file });
        QCOMPARE(r.code, 1);
        r = cli({ QStringLiteral("list"), QStringLiteral("--kb"), m_cluster.url(QStringLiteral("nosuchdb")) });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("nosuchdb"), r.err.constData());
    }

    void aFailedPushLeavesNothing()
    {
        // An empty base (the schema alone), whose server refuses the push's last write (the pack's name, after the
        // sources, entities, relations and history): nothing of the push stays.
        QString why;
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("halfway"), &why), qPrintable(why));
        const QString url = m_cluster.url(QStringLiteral("halfway"));
        tkb::StoreError err;
        QVERIFY2(
            tkb::KnowledgeBase::open(url, tkb::KnowledgeBase::OpenMode::CreateOrOpen, &err), qPrintable(err.message));
        QVERIFY(m_cluster.psql(QStringLiteral("halfway"),
            QStringLiteral("ALTER TABLE meta ADD CONSTRAINT refused CHECK (key <> 'pack_id')")));
        Run r = cli({ QStringLiteral("push"), m_file, QStringLiteral("--to"), url });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("refused"), r.err.constData());
        QString rows;
        QVERIFY(m_cluster.psql(QStringLiteral("halfway"),
            QStringLiteral("SELECT (SELECT count(*) FROM entity) + (SELECT count(*) FROM source_document)"
                           " + (SELECT count(*) FROM relation) + (SELECT count(*) FROM changeset)"
                           " + (SELECT count(*) FROM revision) + (SELECT count(*) FROM search_name)"
                           " + (SELECT count(*) FROM meta WHERE key LIKE 'pack%')"),
            &rows));
        QCOMPARE(rows.trimmed(), QStringLiteral("0"));
        QVERIFY(m_cluster.psql(QStringLiteral("halfway"), QStringLiteral("ALTER TABLE meta DROP CONSTRAINT refused")));
        r = cli({ QStringLiteral("push"), m_file, QStringLiteral("--to"), url });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(exported(url, QStringLiteral("halfway.json")), exported(m_file, QStringLiteral("file2.json")));
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "test_cli_server.moc"
