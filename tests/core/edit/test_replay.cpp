// SPDX-License-Identifier: GPL-3.0-or-later
// The user's edits to the bundled knowledge base survive a newer program shipping a changed pack: they are
// replayed onto the rebuilt base in order, and one that no longer applies is kept and listed as not applied, with
// its reason, never dropped.
#include <core/store/bundledbase.h>

#include <QFile>
#include <QStandardPaths>

#include "editfixture.h"

using namespace tkb;
using tkbtest::EditFixture;

namespace {

QByteArray pack(const QString &version, bool withBob, const QString &extra)
{
    QString entities = QString::fromUtf8(
        "\n"
        "      {\"id\": \"person/ann\", \"kind\": \"person\", \"name\": \"Ann\", \"summary\": \"Lives in "
        "[[place/baku|Baku]].\",\n"
        "       \"citations\": [{\"source\": \"source/s\", \"section\": \"\", \"sentence\": \"Ann lives in "
        "Baku.\"}]},\n"
        "      {\"id\": \"place/baku\", \"kind\": \"place\", \"name\": \"Baku\",\n"
        "       \"citations\": [{\"source\": \"source/s\", \"section\": \"\", \"sentence\": \"Ann lives in "
        "Baku.\"}]},\n"
        "      {\"id\": \"place/lankaran\", \"kind\": \"place\", \"name\": \"Lankaran\",\n"
        "       \"citations\": [{\"source\": \"source/s\", \"section\": \"\", \"sentence\": \"Bob lives in "
        "Lankaran.\"}]},\n"
        "      {\"id\": \"source/s\", \"kind\": \"source\", \"name\": \"The source\",\n"
        "       \"citations\": [{\"source\": \"source/s\", \"section\": \"\", \"sentence\": \"Ann lives in Baku.\"}]}");
    if (withBob)
        entities += QString::fromUtf8(",\n"
                                      "      {\"id\": \"person/bob\", \"kind\": \"person\", \"name\": \"Bob\",\n"
                                      "       \"citations\": [{\"source\": \"source/s\", \"section\": \"\", "
                                      "\"sentence\": \"Bob lives in Lankaran.\"}]}");
    entities += extra;
    return QString::fromUtf8(
        "{\"format\": \"talysh-kb-pack\", \"formatVersion\": 1, \"id\": \"replay-test\", \"title\": \"Replay %1\",\n"
        "      \"language\": \"en\",\n"
        "      \"sources\": [{\"id\": \"source/s\", \"title\": \"The source\", \"origin\": \"test\", \"infobox\": [],\n"
        "        \"sections\": [{\"id\": \"lead\", \"title\": \"\", \"text\": \"Ann lives in Baku. Bob lives in "
        "Lankaran.\"}]}],\n"
        "      \"entities\": [%2],\n"
        "      \"relations\": [{\"subject\": \"person/ann\", \"predicate\": \"lives-in\", \"object\": \"place/baku\",\n"
        "        \"citation\": {\"source\": \"source/s\", \"section\": \"\", \"sentence\": \"Ann lives in Baku.\"}}]}")
        .arg(version, entities)
        .toUtf8();
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void ship(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("shipped.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        BundledBase::setPackFile(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("talysh-kb-test-replay"));
        for (const QString &s : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(BundledBase::defaultPath() + s);
    }
    void cleanupTestCase()
    {
        BundledBase::setPackFile({});
        for (const QString &s : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(BundledBase::defaultPath() + s);
    }

    void editsSurviveANewPack()
    {
        ship(pack(QStringLiteral("1"), true, {}));
        StoreError err;
        QDateTime firstTime;
        {
            auto kb = BundledBase::open(KnowledgeBase::OpenMode::ReadWrite, &err);
            QVERIFY2(kb, qPrintable(err.message));
            if (!EditFixture::applied(EditFixture::apply(*kb,
                    "{\"comment\": \"Ann's other name\", \"changes\": [{\"op\": \"add\", \"id\": \"person/ann\",\n"
                    "                \"claim\": \"alias\", \"with\": {\"text\": \"Anna\"}}]}",
                    nullptr, QStringLiteral("Researcher"))))
                return;
            if (!EditFixture::applied(EditFixture::apply(*kb,
                    "{\"comment\": \"about Bob\", \"changes\": [{\"op\": \"edit\", \"id\": \"person/bob\",\n"
                    "                \"set\": {\"summary\": \"Lives in [[place/lankaran|Lankaran]].\"}}]}")))
                return;
            if (!EditFixture::applied(EditFixture::apply(*kb,
                    "{\"changes\": [{\"op\": \"create\", \"entity\": {\"id\": \"person/carl\", \"kind\": \"person\",\n"
                    "                \"name\": \"Carl\", \"relations\": [{\"predicate\": \"lives-in\", \"object\": "
                    "\"place/lankaran\"}]}}]}")))
                return;
            firstTime = kb->allChanges().first().time;
        }
        // The next program ships a pack without Bob and with Dan.
        ship(pack(QStringLiteral("2"), false,
            QString::fromUtf8(", {\"id\": \"person/dan\", \"kind\": \"person\", \"name\": \"Dan\",\n"
                              "                \"citations\": [{\"source\": \"source/s\", \"section\": \"\", "
                              "\"sentence\": \"Ann lives in Baku.\"}]}")));
        auto kb = BundledBase::open(KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QCOMPARE(kb->meta(QStringLiteral("pack_sha256")), BundledBase::packDigest());
        QVERIFY(kb->contains(QStringLiteral("person/dan"))); // the new pack
        QVERIFY(!kb->contains(QStringLiteral("person/bob")));
        bool anna = false;
        const std::optional<Entity> ann = kb->entity(QStringLiteral("person/ann"));
        for (const Alias &a : ann->aliases)
            anna |= a.text == QLatin1String("Anna");
        QVERIFY(anna); // the user's edits
        QVERIFY(kb->contains(QStringLiteral("person/carl")));
        const QList<Revision> h = kb->history(QStringLiteral("person/ann"));
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().author, QStringLiteral("Researcher"));
        QCOMPARE(h.first().comment, QStringLiteral("Ann's other name"));
        QCOMPARE(h.first().time, firstTime);
        // The edit of Bob no longer applies: kept, with why.
        const QList<ChangeSetInfo> refused = kb->notAppliedChanges();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().comment, QStringLiteral("about Bob"));
        QVERIFY2(refused.first().problem.contains(QStringLiteral("person/bob does not exist")),
            qPrintable(refused.first().problem));
        QCOMPARE(kb->allChanges(QStringLiteral("user")).size(), 3);
        QVERIFY(kb->check().ok);
        kb.reset();

        // Yet another pack, with Bob back: the edit that did not apply is tried again, and now applies.
        ship(pack(QStringLiteral("3"), true, {}));
        kb = BundledBase::open(KnowledgeBase::OpenMode::ReadOnly, &err);
        QVERIFY2(kb, qPrintable(err.message));
        QVERIFY(kb->notAppliedChanges().isEmpty());
        QCOMPARE(
            kb->entity(QStringLiteral("person/bob"))->summary, QStringLiteral("Lives in [[place/lankaran|Lankaran]]."));
        QCOMPARE(kb->allChanges().size(), 3);
        QVERIFY(kb->contains(QStringLiteral("person/carl")));
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "test_replay.moc"
