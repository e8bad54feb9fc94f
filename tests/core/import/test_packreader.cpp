// SPDX-License-Identifier: GPL-3.0-or-later
// The pack reader accepts the shipped pack and refuses broken packs with a message that names the place.
#include <core/import/packreader.h>

#include <QFile>
#include <QTest>

using namespace tkb;

class TestPackReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheShippedPack()
    {
        ImportError err;
        const auto pack = PackReader::readFile(
            QStringLiteral(TALYSHKB_SOURCE_DIR "/resources/pack/talysh-national-movement.json"), &err);
        QVERIFY2(pack, qPrintable(err.toString()));
        QVERIFY(pack->entities.size() > 40);
        QVERIFY(pack->relations.size() > 40);
        QCOMPARE(pack->sources.size(), 1);
    }

    void refusesBrokenPacks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("line");
        const QByteArray head = "{\"format\": \"talysh-kb-pack\", \"formatVersion\": 1,\n";
        QTest::newRow("syntax") << QByteArray("{\n\"format\": \"talysh-kb-pack\",\n\"entities\": [ , ]\n}")
                                << "not valid JSON" << 3;
        QTest::newRow("not a pack") << QByteArray("{\"a\": 1}") << "not a knowledge pack" << 0;
        QTest::newRow("version") << QByteArray("{\"format\": \"talysh-kb-pack\", \"formatVersion\": 9}")
                                 << "formatVersion" << 0;
        QTest::newRow("kind") << head + "\"entities\": [\n{\"id\": \"alien/x\", \"kind\": \"alien\", \"name\": \"X\"}]}"
                              << "unknown kind" << 3;
        QTest::newRow("id form") << head + "\"entities\": [\n{\"id\": \"x\", \"kind\": \"person\", \"name\": \"X\"}]}"
                                 << "person/slug" << 3;
        QTest::newRow("duplicate") << head
                + "\"entities\": [\n{\"id\": \"person/x\", \"kind\": \"person\", \"name\": \"X\"},\n"
                  "{\"id\": \"person/x\", \"kind\": \"person\", \"name\": \"Y\"}]}"
                                   << "twice" << 3;
        QTest::newRow("no name") << head
                + "\"entities\": [{\"id\": \"person/x\", \"kind\": \"person\", \"name\": \" \"}]}"
                                 << "no name" << 2;
        QTest::newRow("date") << head
                + "\"entities\": [{\"id\": \"event/x\", \"kind\": \"event\", \"name\": \"X\",\n"
                  "\"date\": {\"start\": \"2007-13\", \"precision\": \"month\"}}]}"
                              << "event/x" << 2;
        QTest::newRow("relation") << head
                + "\"relations\": [{\"subject\": \"person/x\", \"predicate\": \"\", \"object\": \"y\"}]}"
                                  << "predicate" << 2;
        QTest::newRow("citation") << head
                + "\"entities\": [{\"id\": \"person/x\", \"kind\": \"person\", \"name\": \"X\",\n"
                  "\"citations\": [{\"source\": \"source/a\"}]}]}"
                                  << "citation" << 2;
    }
    void refusesBrokenPacks()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        QFETCH(int, line);
        ImportError err;
        QVERIFY(!PackReader::read(json, &err));
        QVERIFY2(err.message.contains(says), qPrintable(err.message));
        QCOMPARE(err.line, line);
    }
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "test_packreader.moc"
