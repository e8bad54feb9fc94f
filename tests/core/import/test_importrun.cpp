// SPDX-License-Identifier: GPL-3.0-or-later
// The one import every caller runs (the command line, the window, the bundled base): the format is told by
// the content, bad input names its line and creates nothing, a base the run created is removed again when
// the import fails, and an existing base loses nothing.
#include <core/import/importrun.h>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

namespace {

const QByteArray packHead
    = "{\"format\": \"talysh-kb-pack\", \"formatVersion\": 1, \"id\": \"tiny\", \"title\": \"Tiny\",\n";
const QByteArray tinyPack = packHead
    + "\"entities\": [{\"id\": \"person/ann\", \"kind\": \"person\", \"name\": \"Ann\"},\n"
      "{\"id\": \"place/lankaran\", \"kind\": \"place\", \"name\": \"Lankaran\"}],\n"
      "\"relations\": [{\"subject\": \"person/ann\", \"predicate\": \"born_in\", \"object\": \"place/lankaran\"}]}\n";
// A well-formed pack the store refuses: its relation names an entity neither the pack nor any base holds.
const QByteArray danglingPack = packHead
    + "\"entities\": [{\"id\": \"person/bob\", \"kind\": \"person\", \"name\": \"Bob\"}],\n"
      "\"relations\": [{\"subject\": \"person/bob\", \"predicate\": \"member_of\", \"object\": "
      "\"organization/gone\"}]}\n";
const QByteArray article = "= A movement =\n\nThe movement began in a town.\n\n== History ==\nIt grew.\n";

// What a base holds, through the public API: every entity with its relations.
QStringList contents(const QString &path)
{
    StoreError e;
    const auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &e);
    if (!kb)
        return { QStringLiteral("cannot open: ") + e.message };
    QStringList out;
    for (const EntityRef &r : kb->entities(std::nullopt, {}, 0, -1, true)) {
        out << r.id + u'|' + r.name;
        for (const Relation &rel : kb->relations(r.id))
            out << rel.subject + u' ' + rel.predicate + u' ' + rel.object;
    }
    return out;
}

bool anyBaseFile(const QString &path)
{
    return QFile::exists(path) || QFile::exists(path + QStringLiteral("-wal"))
        || QFile::exists(path + QStringLiteral("-shm"));
}

} // namespace

class TestImportRun : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString existingBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const ImportRun::Result r
            = ImportRun::importData(tinyPack, QStringLiteral("tiny.json"), path, KnowledgeBase::OpenMode::CreateOrOpen);
        if (!r.ok())
            qFatal("cannot make %s: %s", qPrintable(path), qPrintable(r.error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void detectsTheFormatByContent_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::addColumn<ImportRun::Format>("format");
        QTest::newRow("pack in .txt") << tinyPack << "pack.txt" << ImportRun::Format::Pack;
        QTest::newRow("article in .json") << article << "article.json" << ImportRun::Format::Article;
        QTest::newRow("pack after blank lines and a BOM")
            << "\xEF\xBB\xBF\n  \n" + tinyPack << "pack" << ImportRun::Format::Pack;
        QTest::newRow("garbage in .txt") << QByteArray("hello\nworld\n") << "garbage.txt" << ImportRun::Format::Article;
        QTest::newRow("garbage in .json") << QByteArray("hello\nworld\n") << "garbage.JSON" << ImportRun::Format::Pack;
    }
    void detectsTheFormatByContent()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QFETCH(ImportRun::Format, format);
        QCOMPARE(ImportRun::detect(data, name), format);
    }

    void importsAPackWhateverItsName()
    {
        const QString base = m_dir.filePath(QStringLiteral("from-txt.tkb"));
        const ImportRun::Result r = ImportRun::importFile(
            write(QStringLiteral("pack.txt"), tinyPack), base, KnowledgeBase::OpenMode::CreateOrOpen);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.entities, 2);
        QCOMPARE(r.relations, 1);
        QCOMPARE(r.sources, 0);
        QCOMPARE(r.title, QStringLiteral("Tiny"));
        QVERIFY(r.base);
        QVERIFY(r.base->contains(QStringLiteral("person/ann")));
    }

    void importsAnArticleWhateverItsName()
    {
        const QString base = m_dir.filePath(QStringLiteral("from-json.tkb"));
        const ImportRun::Result r = ImportRun::importFile(
            write(QStringLiteral("article.json"), article), base, KnowledgeBase::OpenMode::CreateOrOpen);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sources, 1);
        QCOMPARE(r.title, QStringLiteral("A movement"));
    }

    void badInputNamesTheLineAndCreatesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("line");
        QTest::newRow("garbage") << QByteArray("hello\nworld\n") << "garbage.txt" << 1;
        QTest::newRow("article heading") << QByteArray("= A movement =\n\nIntro.\n\n== History\nText.\n") << "bad.txt"
                                         << 5;
        QTest::newRow("pack syntax") << QByteArray("{\n\"format\": \"talysh-kb-pack\",\n\"entities\": [ , ]\n}")
                                     << "bad.txt" << 3;
        QTest::newRow("garbage named .json") << QByteArray("\n\nnot json\n") << "bad.json" << 3;
    }
    void badInputNamesTheLineAndCreatesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QFETCH(int, line);
        const QString base = m_dir.filePath(QStringLiteral("never-made.tkb"));
        const ImportRun::Result r
            = ImportRun::importFile(write(name, data), base, KnowledgeBase::OpenMode::CreateOrOpen);
        QCOMPARE(r.status, ImportRun::Status::BadInput);
        QCOMPARE(r.inputError.line, line);
        QVERIFY2(r.error.startsWith(name + QStringLiteral(":line %1: ").arg(line)), qPrintable(r.error));
        QVERIFY(!r.base);
        QVERIFY(!anyBaseFile(base));
    }

    void missingInput()
    {
        const QString base = m_dir.filePath(QStringLiteral("never-made.tkb"));
        const ImportRun::Result r = ImportRun::importFile(
            m_dir.filePath(QStringLiteral("none.txt")), base, KnowledgeBase::OpenMode::CreateOrOpen);
        QCOMPARE(r.status, ImportRun::Status::InputMissing);
        QVERIFY2(r.error.contains(QStringLiteral("none.txt")), qPrintable(r.error));
        QVERIFY(!anyBaseFile(base));
    }

    void aNewBaseIsRemovedAfterAFailedImport()
    {
        const QString base = m_dir.filePath(QStringLiteral("half-made.tkb"));
        const ImportRun::Result r = ImportRun::importFile(
            write(QStringLiteral("dangling.json"), danglingPack), base, KnowledgeBase::OpenMode::CreateOrOpen);
        QCOMPARE(r.status, ImportRun::Status::ImportFailed);
        QCOMPARE(r.storeError.code, StoreError::Code::Invalid);
        QVERIFY2(r.error.contains(QStringLiteral("organization/gone")), qPrintable(r.error));
        QVERIFY(!r.base);
        QVERIFY(!anyBaseFile(base));
    }

    void anExistingBaseLosesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<KnowledgeBase::OpenMode>("mode");
        QTest::addColumn<ImportRun::Status>("status");
        QTest::newRow("bad input") << QByteArray("= A movement =\n\nIntro.\n\n== History\nText.\n")
                                   << KnowledgeBase::OpenMode::CreateOrOpen << ImportRun::Status::BadInput;
        QTest::newRow("refused by the store")
            << danglingPack << KnowledgeBase::OpenMode::ReadWrite << ImportRun::Status::ImportFailed;
        QTest::newRow("refused, created if missing")
            << danglingPack << KnowledgeBase::OpenMode::CreateOrOpen << ImportRun::Status::ImportFailed;
        QTest::newRow("read-only") << article << KnowledgeBase::OpenMode::ReadOnly << ImportRun::Status::ImportFailed;
    }
    void anExistingBaseLosesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(KnowledgeBase::OpenMode, mode);
        QFETCH(ImportRun::Status, status);
        const QString base = existingBase(QStringLiteral("existing-%1.tkb").arg(QTest::currentDataTag()));
        const QStringList before = contents(base);
        QVERIFY(before.contains(QStringLiteral("person/ann|Ann")));
        const ImportRun::Result r = ImportRun::importData(data, QStringLiteral("input.txt"), base, mode);
        QCOMPARE(r.status, status);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(QFile::exists(base));
        QCOMPARE(contents(base), before);
    }

    void addsToAnExistingBase()
    {
        const QString base = existingBase(QStringLiteral("grows.tkb"));
        const ImportRun::Result r
            = ImportRun::importData(article, QStringLiteral("article.txt"), base, KnowledgeBase::OpenMode::ReadWrite);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.base->contains(QStringLiteral("person/ann")));
        QVERIFY(r.base->count(std::nullopt) > 2); // what was there, and what the article added
    }
};

QTEST_GUILESS_MAIN(TestImportRun)
#include "test_importrun.moc"
