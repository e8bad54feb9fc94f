// SPDX-License-Identifier: GPL-3.0-or-later
// export-pack then import gives the same base, entity for entity and claim for claim, with the same history; and
// exporting that base again gives the same bytes.
#include <core/export/packwriter.h>
#include <core/import/importrun.h>

#include "editfixture.h"

using namespace tkb;
using tkbtest::EditFixture;

class TestPackWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void exportImportExport()
    {
        QVERIFY(m_dir.isValid());
        auto a = EditFixture::makeBase(m_dir, QStringLiteral("a.tkb"));
        if (!EditFixture::applied(EditFixture::apply(*a,
                "{\"comment\": \"claims with qualifiers\", \"changes\": [\n"
                "            {\"op\": \"add-source\", \"source\": {\"id\": \"source/unpo\", \"title\": \"UNPO\", "
                "\"author\": \"UNPO\", \"date\": \"2008\",\n"
                "              \"url\": \"https://unpo.org/\", \"language\": \"en\", \"text\": \"The Talysh joined on "
                "26 June 2007.\"}},\n"
                "            {\"op\": \"add\", \"id\": \"person/alikram-hummatov\", \"claim\": \"alias\", \"with\": "
                "{\"text\": \"Gummatov\", \"status\": \"ambiguous\",\n"
                "              \"note\": \"the article's garbled form\", \"citations\": [{\"source\": \"source/unpo\", "
                "\"section\": \"\", \"sentence\": \"The Talysh joined\"}]}},\n"
                "            {\"op\": \"add\", \"id\": \"event/undated\", \"claim\": \"date\", \"with\": {\"date\": "
                "{\"edtf\": \"2014-06-29/..\"}, \"status\": \"reported\",\n"
                "              \"accordingTo\": \"organization/tnm\"}},\n"
                "            {\"op\": \"replace\", \"id\": \"person/alikram-hummatov\", \"claim\": \"relation\", "
                "\"match\": {\"predicate\": \"heads\"},\n"
                "              \"with\": {\"former\": true}}]}")))
            return;
        if (!EditFixture::applied(
                EditFixture::apply(*a, "{\"changes\": [{\"op\": \"delete\", \"id\": \"event/repression\"}]}")))
            return;
        if (!EditFixture::applied(EditFixture::apply(*a,
                "{\"changes\": [{\"op\": \"merge\", \"id\": \"person/fahraddin-abbaszadeh\",\n"
                "            \"into\": \"person/alikram-hummatov\"}]}")))
            return;

        const QByteArray first = PackWriter::write(*a);
        const QJsonObject json = QJsonDocument::fromJson(first).object();
        QCOMPARE(json.value(QStringLiteral("formatVersion")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("revisions")).toArray().size(), 3);

        const QString bPath = m_dir.filePath(QStringLiteral("b.tkb"));
        ImportRun::Result r
            = ImportRun::importData(first, QStringLiteral("a.json"), bPath, KnowledgeBase::OpenMode::CreateOrOpen);
        QVERIFY2(r.ok(), qPrintable(r.error));
        KnowledgeBase &b = *r.base;
        QCOMPARE(PackWriter::write(b), first);

        const QList<EntityRef> ids = a->entities(std::nullopt);
        QCOMPARE(b.count(std::nullopt), qint64(ids.size()));
        for (const EntityRef &ref : ids) {
            const auto da = a->document(ref.id);
            const auto db = b.document(ref.id);
            QVERIFY2(db, qPrintable(ref.id));
            QCOMPARE(db->entity, da->entity);
            QCOMPARE(db->relations, da->relations);
            QCOMPARE(db->source, da->source);
        }
        QCOMPARE(b.allChanges(), a->allChanges());
        for (const ChangeSetInfo &c : a->allChanges())
            QCOMPARE(b.revisionsOf(c.id), a->revisionsOf(c.id));
        QVERIFY(b.check().ok);
        // The imported history is as good as the original: an undo works there too.
        if (!EditFixture::applied(
                EditFixture::apply(b, "{\"changes\": [{\"op\": \"restore\", \"id\": \"event/repression\"}]}")))
            return;
        QVERIFY(b.contains(QStringLiteral("event/repression")));
    }

    void malformedHistoryRefusesTheImport()
    {
        auto a = EditFixture::makeBase(m_dir, QStringLiteral("c.tkb"));
        if (!EditFixture::applied(EditFixture::apply(
                *a, "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"summary\": \"x\"}}]}")))
            return;
        QJsonObject json = PackWriter::toJson(*a);
        QJsonArray history = json.value(QStringLiteral("revisions")).toArray();
        QJsonObject cs = history[0].toObject();
        cs.insert(QStringLiteral("time"), QStringLiteral("yesterday"));
        history[0] = cs;
        json.insert(QStringLiteral("revisions"), history);
        const QString path = m_dir.filePath(QStringLiteral("d.tkb"));
        const ImportRun::Result r = ImportRun::importData(
            QJsonDocument(json).toJson(), QStringLiteral("d.json"), path, KnowledgeBase::OpenMode::CreateOrOpen);
        QCOMPARE(r.status, ImportRun::Status::BadInput);
        QVERIFY2(r.error.contains(QStringLiteral("revisions[0]")), qPrintable(r.error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPackWriter)
#include "test_packwriter.moc"
