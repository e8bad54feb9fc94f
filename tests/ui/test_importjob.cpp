// SPDX-License-Identifier: GPL-3.0-or-later
// The window's import job is a thread around core's ImportRun: it tells the format by content as every other
// caller does, and a base it creates is removed again when the import fails.
#include <ui/shell/importjob.h>

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tkb;

class TestImportJob : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importsAnArticleNamedJsonOnItsThread()
    {
        const QString input
            = write(QStringLiteral("article.json"), "= A movement =\n\nThe movement began in a town.\n");
        const QString target = m_dir.filePath(QStringLiteral("new.tkb"));
        ImportJob job(input, target, true, false);
        QSignalSpy done(&job, &ImportJob::finished);
        job.start();
        QVERIFY(done.wait(20000));
        QVERIFY2(job.result().ok, qPrintable(job.result().error));
        QCOMPARE(job.result().title, QStringLiteral("A movement"));
        QCOMPARE(job.result().sources, 1);
        QVERIFY(QFile::exists(target));
    }

    void removesTheBaseItCreatedWhenTheImportFails()
    {
        // A well-formed pack (in a .txt) that the store refuses: its relation names an entity nobody holds.
        const QString input = write(QStringLiteral("pack.txt"),
            "{\"format\": \"talysh-kb-pack\", \"formatVersion\": 1,\n"
            "\"entities\": [{\"id\": \"person/bob\", \"kind\": \"person\", \"name\": \"Bob\"}],\n"
            "\"relations\": [{\"subject\": \"person/bob\", \"predicate\": \"member_of\", \"object\": "
            "\"organization/gone\"}]}\n");
        const QString target = m_dir.filePath(QStringLiteral("half-made.tkb"));
        const ImportJob::Result r = ImportJob::run(input, target, true, false);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("organization/gone")), qPrintable(r.error));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(TestImportJob)
#include "test_importjob.moc"
