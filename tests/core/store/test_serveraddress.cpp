// SPDX-License-Identifier: GPL-3.0-or-later
// ServerAddress: what a postgresql:// address says, what it refuses, and that it reads back what it writes.
#include <core/store/serveraddress.h>

#include <QTest>

using namespace tkb;

class TestServerAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisesAddresses()
    {
        QVERIFY(ServerAddress::looksLikeAddress(QStringLiteral("postgresql://kb@db.example.org/talysh")));
        QVERIFY(ServerAddress::looksLikeAddress(QStringLiteral("POSTGRES://kb@db/talysh")));
        QVERIFY(!ServerAddress::looksLikeAddress(QStringLiteral("/home/me/postgresql/base.tkb")));
        QVERIFY(!ServerAddress::looksLikeAddress(QStringLiteral("base.tkb")));
    }

    void parsesTheFields()
    {
        const auto a
            = ServerAddress::parse(QStringLiteral("postgresql://ana@db.example.org:6543/talysh?sslmode=require"));
        QVERIFY(a);
        QCOMPARE(a->host, QStringLiteral("db.example.org"));
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->user, QStringLiteral("ana"));
        QCOMPARE(a->database, QStringLiteral("talysh"));
        QCOMPARE(a->sslMode, QStringLiteral("require"));
        QCOMPARE(a->displayName(), QStringLiteral("talysh on db.example.org"));
    }

    void socketDirectoryAndDefaults()
    {
        const auto a = ServerAddress::parse(QStringLiteral("postgresql://ana@/talysh?host=/tmp/pg%20sock&port=5499"));
        QVERIFY(a);
        QCOMPARE(a->host, QStringLiteral("/tmp/pg sock"));
        QCOMPARE(a->port, 5499);
        const auto b = ServerAddress::parse(QStringLiteral("postgresql:///talysh"));
        QVERIFY(b);
        QCOMPARE(b->host, QStringLiteral("localhost"));
        QCOMPARE(b->port, 5432);
        QVERIFY(b->user.isEmpty());
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("plain") << QStringLiteral("postgresql://ana@db.example.org/talysh");
        QTest::newRow("port") << QStringLiteral("postgresql://ana@127.0.0.1:6543/talysh");
        QTest::newRow("socket") << QStringLiteral("postgresql://ana@/talysh?host=/run/postgresql");
        QTest::newRow("service") << QStringLiteral("postgresql:///talysh?service=team&sslmode=verify-full");
        QTest::newRow("non-ASCII user") << QStringLiteral("postgresql://%C3%BCmid@db/talysh");
    }
    void roundTrips()
    {
        QFETCH(QString, url);
        const auto a = ServerAddress::parse(url);
        QVERIFY(a);
        const auto b = ServerAddress::parse(a->toUrl());
        QVERIFY2(b, qPrintable(a->toUrl()));
        QCOMPARE(*b, *a);
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << QStringLiteral("postgresql://ana:secret@db/talysh") << QStringLiteral("pgpass");
        QTest::newRow("password option") << QStringLiteral("postgresql://ana@db/talysh?password=x")
                                         << QStringLiteral("pgpass");
        QTest::newRow("no database") << QStringLiteral("postgresql://ana@db") << QStringLiteral("no database");
        QTest::newRow("bad port") << QStringLiteral("postgresql://ana@db/talysh?port=99999") << QStringLiteral("port");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://ana@db/talysh?fast=yes")
                                        << QStringLiteral("fast");
        QTest::newRow("bad TLS mode") << QStringLiteral("postgresql://ana@db/talysh?sslmode=maybe")
                                      << QStringLiteral("maybe");
        QTest::newRow("a file") << QStringLiteral("/tmp/base.tkb") << QStringLiteral("postgresql://");
    }
    void refusesWhatItCannotUse()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ServerAddress::parse(url, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "test_serveraddress.moc"
