// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-cli as a script would use it: output shapes, exit codes, error messages, and imports that either
// land whole or leave the target untouched.
#include <core/version/programversion.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_kb;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The default (bundled) base goes to the data folder: keep it inside the test's own folder.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb-cli"), args);
        if (!p.waitForFinished(120000))
            qFatal("talysh-kb-cli did not finish");
        return Run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
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

    void versionAndHelp()
    {
        Run r = cli({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        // The build's version (git describe or the project version), the same the package and About show.
        QCOMPARE(r.out, "talysh-kb-cli " + tkb::ProgramVersion::text().toUtf8() + '\n');
        r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("export-pdf"));
    }

    void usageErrors()
    {
        Run r = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("unknown command"));
        r = cli({});
        QCOMPARE(r.code, 1);
        r = cli({ QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("alien"), QStringLiteral("--kb"),
            m_kb });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("unknown kind"));
        r = cli({ QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0"),
            QStringLiteral("--kb"), m_kb });
        QCOMPARE(r.code, 1);
    }

    void listShape()
    {
        const Run r = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("list"), QStringLiteral("--kind"),
            QStringLiteral("person"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray a = r.json().array();
        QCOMPARE(a.size(), 6);
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("person"));
            QVERIFY(o.value(QLatin1String("id")).toString().startsWith(QLatin1String("person/")));
            QVERIFY(!o.value(QLatin1String("name")).toString().isEmpty());
            QVERIFY(o.value(QLatin1String("aliases")).isArray());
        }
        QCOMPARE(a.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Alikram Hummatov"));
    }

    void showShape()
    {
        const Run r = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("show"),
            QStringLiteral("person/alikram-hummatov"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Alikram Hummatov"));
        QStringList aliases;
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray())
            aliases << a.toObject().value(QLatin1String("text")).toString();
        QVERIFY(aliases.contains(QStringLiteral("Аликрам Гумматов")));
        QSet<QString> directions;
        for (const QJsonValue &v : o.value(QLatin1String("relations")).toArray()) {
            const QJsonObject rel = v.toObject();
            directions.insert(rel.value(QLatin1String("direction")).toString());
            // Claims in the pack's form: every citation, in a list.
            const QJsonArray cites = rel.value(QLatin1String("citations")).toArray();
            QVERIFY(!cites.isEmpty());
            QVERIFY(cites.first().toObject().contains(QLatin1String("sentence")));
        }
        QCOMPARE(directions, (QSet<QString> { QStringLiteral("in"), QStringLiteral("out") }));
        QVERIFY(!o.value(QLatin1String("citations")).toArray().isEmpty());
        QVERIFY(!o.value(QLatin1String("backlinks")).toArray().isEmpty());

        const Run missing
            = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("show"), QStringLiteral("person/nobody") });
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("person/nobody"));
    }

    void showPrintsQualifiersCitationsAndCompetingDates()
    {
        // The bundled pack plus an entity whose claims are qualified, in pack format 2.
        const QString kb = m_dir.filePath(QStringLiteral("claims.tkb"));
        const QString pack = QStringLiteral(TALYSHKB_SOURCE_DIR "/tests/app/claims-pack.json");
        for (const QString &file :
            { QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"), pack }) {
            const Run r = cli({ QStringLiteral("import"), file, QStringLiteral("--kb"), kb });
            QVERIFY2(r.code == 0, r.err.constData());
        }

        const Run text = cli(
            { QStringLiteral("--kb"), kb, QStringLiteral("show"), QStringLiteral("organization/example-council") });
        QVERIFY2(text.code == 0, text.err.constData());
        const QString out = QString::fromUtf8(text.out);
        for (const QString &expected :
            { // Both dates, in display form and EDTF, each with its own qualifiers and citations.
                QStringLiteral(
                    "  dates (2 claims):\n    26 June 2007 (EDTF 2007-06-26)\n"
                    "        cites: \"first sentence\" — Example report <source/example-report>, Findings\n"),
                QStringLiteral("    circa 2008 (EDTF 2008~)  [reported · according to Unrepresented Nations and "
                               "Peoples Organization <organization/unrepresented-nations-and-peoples-organization>]\n"
                               "        cites: \"second sentence\""),
                QStringLiteral("        cites: \"third sentence\""),
                QStringLiteral("  also: Old Council (en)  [former]\n"),
                QStringLiteral("  headquarters: The Hague  [reported · according to UNPO · note: is considered to be]\n"
                               "      cites: \"hq sentence\""),
                // A period is shown in words and in EDTF, never as a bare ISO date that loses "after".
                QStringLiteral("  seat: in exile (began after 2004, ended 2010; EDTF from [2004..] to 2010)\n"),
                QStringLiteral("  Alikram Hummatov —chairman-of→ Example Council  [former]\n"
                               "      cites: \"chair one\""),
                QStringLiteral("      cites: \"chair two\""),
                QStringLiteral(
                    "  Example Council —based-in→ The Hague (from 2007; EDTF from 2007)  [ambiguous · note: the "
                    "city or the country]\n") })
            QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral("\nnot in:\n") + out));

        const Run json = cli({ QStringLiteral("--kb"), kb, QStringLiteral("show"),
            QStringLiteral("organization/example-council"), QStringLiteral("--json") });
        QVERIFY2(json.code == 0, json.err.constData());
        const QJsonObject o = json.json().object();
        const QJsonArray dates = o.value(QLatin1String("dates")).toArray();
        QCOMPARE(dates.size(), 2);
        const QJsonObject second = dates.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("status")).toString(), QStringLiteral("reported"));
        QCOMPARE(second.value(QLatin1String("accordingTo")).toString(),
            QStringLiteral("organization/unrepresented-nations-and-peoples-organization"));
        QCOMPARE(second.value(QLatin1String("citations")).toArray().size(), 2);
        QCOMPARE(second.value(QLatin1String("date")).toObject().value(QLatin1String("edtf")).toString(),
            QStringLiteral("2008~"));
        QCOMPARE(second.value(QLatin1String("date")).toObject().value(QLatin1String("display")).toString(),
            QStringLiteral("circa 2008"));
        QCOMPARE(dates.at(0).toObject().value(QLatin1String("citations")).toArray().size(), 1);
        // The one date lists sort by: the earliest claim.
        QCOMPARE(o.value(QLatin1String("date")).toObject().value(QLatin1String("edtf")).toString(),
            QStringLiteral("2007-06-26"));
        const QJsonObject seat = o.value(QLatin1String("attributes")).toArray().at(1).toObject();
        QCOMPARE(seat.value(QLatin1String("from")).toObject().value(QLatin1String("edtf")).toString(),
            QStringLiteral("[2004..]"));
        QCOMPARE(seat.value(QLatin1String("from")).toObject().value(QLatin1String("display")).toString(),
            QStringLiteral("after 2004"));
        QCOMPARE(
            o.value(QLatin1String("aliases")).toArray().at(0).toObject().value(QLatin1String("former")).toBool(), true);
        bool sawChair = false;
        for (const QJsonValue &v : o.value(QLatin1String("relations")).toArray()) {
            const QJsonObject rel = v.toObject();
            if (rel.value(QLatin1String("predicate")).toString() == u"chairman-of") {
                sawChair = true;
                QCOMPARE(rel.value(QLatin1String("direction")).toString(), QStringLiteral("in"));
                QVERIFY(rel.value(QLatin1String("former")).toBool());
                QCOMPARE(rel.value(QLatin1String("citations")).toArray().size(), 2);
            } else {
                QCOMPARE(rel.value(QLatin1String("status")).toString(), QStringLiteral("ambiguous"));
                QCOMPARE(rel.value(QLatin1String("note")).toString(), QStringLiteral("the city or the country"));
                QCOMPARE(rel.value(QLatin1String("period")).toString(), QStringLiteral("from 2007"));
            }
        }
        QVERIFY(sawChair);

        // A source's details, in text and JSON.
        const Run source
            = cli({ QStringLiteral("--kb"), kb, QStringLiteral("show"), QStringLiteral("source/example-report") });
        QVERIFY2(source.code == 0, source.err.constData());
        QVERIFY2(source.out.contains("  author: A. Reporter\n  publisher: Example Press\n  published: March 2019 (EDTF "
                                     "2019-03)\n  url: https://example.org/report\n  language: nl\n"),
            source.out.constData());
        const QJsonObject details = cli({ QStringLiteral("--kb"), kb, QStringLiteral("show"),
                                            QStringLiteral("source/example-report"), QStringLiteral("--json") })
                                        .json()
                                        .object()
                                        .value(QLatin1String("source"))
                                        .toObject();
        QCOMPARE(details.value(QLatin1String("author")).toString(), QStringLiteral("A. Reporter"));
        QCOMPARE(details.value(QLatin1String("url")).toString(), QStringLiteral("https://example.org/report"));
        QCOMPARE(details.value(QLatin1String("date")).toObject().value(QLatin1String("edtf")).toString(),
            QStringLiteral("2019-03"));
        QVERIFY(!details.contains(QLatin1String("sections")));
    }

    void eventsAreChronological()
    {
        const Run r = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("events"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QString last;
        int dated = 0;
        for (const QJsonValue &v : r.json().array()) {
            const QJsonValue d = v.toObject().value(QLatin1String("date"));
            if (d.isNull())
                continue;
            const QString iso = d.toObject().value(QLatin1String("iso")).toString();
            QVERIFY(!d.toObject().value(QLatin1String("precision")).toString().isEmpty());
            QVERIFY2(iso.left(10) >= last.left(10), qPrintable(iso + QStringLiteral(" after ") + last));
            last = iso;
            ++dated;
        }
        QVERIFY(dated >= 14);
    }

    void searchShape()
    {
        const Run r = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("search"), QStringLiteral("Гумматов"),
            QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray a = r.json().array();
        QVERIFY(!a.isEmpty());
        const QJsonObject first = a.first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("person/alikram-hummatov"));
        for (const char *key : { "id", "kind", "name", "snippet", "score" })
            QVERIFY2(first.contains(QLatin1String(key)), key);
        // Hostile text is just text.
        for (const char *q : { "\"", "Talış-Tolış", "(", "AND", "kind:", "NEAR(" }) {
            const Run h = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("search"), QString::fromUtf8(q),
                QStringLiteral("--json") });
            QVERIFY2(h.code == 0, h.err.constData());
            QVERIFY(h.json().isArray());
        }
    }

    void badImportLeavesTargetUnchanged()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.txt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("= A movement =\n\nIntro.\n\n== History\nText.\n");
        f.close();
        const QByteArray before
            = cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("list"), QStringLiteral("--json") }).out;
        const Run r = cli({ QStringLiteral("import"), bad, QStringLiteral("--kb"), m_kb });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("line 5"), r.err.constData());
        QCOMPARE(cli({ QStringLiteral("--kb"), m_kb, QStringLiteral("list"), QStringLiteral("--json") }).out, before);

        const Run missing = cli(
            { QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.txt")), QStringLiteral("--kb"), m_kb });
        QCOMPARE(missing.code, 2);
    }

    void importsAnArticleIntoANewBase()
    {
        const QString out = m_dir.filePath(QStringLiteral("article.tkb"));
        const Run r = cli({ QStringLiteral("import"), QStringLiteral(TALYSHKB_SEED_DIR "/talysh-national-movement.txt"),
            QStringLiteral("--kb"), out, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QLatin1String("sources")).toInt(), 1);
        const Run c = cli({ QStringLiteral("--kb"), out, QStringLiteral("check"), QStringLiteral("--json") });
        QCOMPARE(c.code, 0);
        QVERIFY(c.json().object().value(QLatin1String("ok")).toBool());
    }

    // The CLI runs core's one import: the format told by content, and a base it made removed after a failure.
    void importsByContentAndLeavesNoHalfMadeBase()
    {
        const QString packAsText = m_dir.filePath(QStringLiteral("pack-as.txt"));
        QVERIFY(QFile::copy(
            QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"), packAsText));
        const QString out = m_dir.filePath(QStringLiteral("from-txt.tkb"));
        Run r = cli({ QStringLiteral("import"), packAsText, QStringLiteral("--kb"), out, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.json().object().value(QLatin1String("entities")).toInt() > 40);

        const QString refused = m_dir.filePath(QStringLiteral("refused.json"));
        QFile f(refused);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Well-formed, but the store refuses it: the relation names an entity nobody holds.
        f.write("{\"format\": \"talysh-kb-pack\", \"formatVersion\": 1,\n"
                "\"entities\": [{\"id\": \"person/bob\", \"kind\": \"person\", \"name\": \"Bob\"}],\n"
                "\"relations\": [{\"subject\": \"person/bob\", \"predicate\": \"member_of\", \"object\": "
                "\"organization/gone\"}]}\n");
        f.close();
        const QString never = m_dir.filePath(QStringLiteral("never-made.tkb"));
        r = cli({ QStringLiteral("import"), refused, QStringLiteral("--kb"), never });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("organization/gone"), r.err.constData());
        QVERIFY(!QFile::exists(never));
    }

    void checkReportsDamage()
    {
        const QString copy = m_dir.filePath(QStringLiteral("dangling.tkb"));
        QVERIFY(QFile::copy(m_kb, copy));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dangling"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QVERIFY(
                QSqlQuery(db).exec(QStringLiteral("INSERT INTO relation(subject, predicate, object) "
                                                  "VALUES('person/alikram-hummatov', 'heads', 'organization/gone')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dangling"));
        const Run r = cli({ QStringLiteral("--kb"), copy, QStringLiteral("check"), QStringLiteral("--json") });
        QCOMPARE(r.code, 5);
        QVERIFY(!r.json().object().value(QLatin1String("ok")).toBool());
        QVERIFY(r.out.contains("organization/gone"));
    }

    void unopenableBase()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.tkb"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'j'));
        f.close();
        Run r = cli({ QStringLiteral("--kb"), junk, QStringLiteral("list") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("not a knowledge base"));
        r = cli({ QStringLiteral("--kb"), m_dir.filePath(QStringLiteral("none.tkb")), QStringLiteral("list") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("no knowledge base"));
    }

    void defaultIsTheBundledBase()
    {
        const Run r = cli({ QStringLiteral("show"), QStringLiteral("organization/talysh-national-movement"),
            QStringLiteral("--json") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(
            QFile::exists(m_dir.filePath(QStringLiteral("xdg-data/talysh-kb/talysh-kb/talysh-national-movement.tkb"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
