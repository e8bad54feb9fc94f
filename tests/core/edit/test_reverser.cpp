// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo of whole changesets (what the window's undo stack does): a delete, a merge and a creation with a
// relation to it are taken back and made again exactly, and an entity changed since is never overwritten.
#include <core/edit/changesetreverser.h>

#include "editfixture.h"

using namespace tkb;
using tkbtest::EditFixture;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");
const QString abbaszadeh = QStringLiteral("person/fahraddin-abbaszadeh");
const QString tnm = QStringLiteral("organization/tnm");
const QString hague = QStringLiteral("place/the-hague");

using Documents = QHash<QString, std::optional<EntityDocument>>;

Documents snapshot(const KnowledgeBase &kb, const QStringList &ids)
{
    Documents docs;
    for (const QString &id : ids)
        docs.insert(id, kb.document(id));
    return docs;
}

} // namespace

class TestReverser : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    int m_n = 0;

    // Applies the undo or redo of changeset; returns the error, empty when it went through.
    QString take(qint64 changeset, ChangeSetReverser::Direction direction, qint64 *made = nullptr)
    {
        QString why;
        const auto set = ChangeSetReverser::changes(*m_kb, changeset, direction, QStringLiteral("Undo"), &why);
        if (!set)
            return why;
        ChangeSetInfo info;
        info.author = QStringLiteral("Tester");
        if (!ChangeApplier(*m_kb).apply(*set, info, &why, made))
            return why;
        return {};
    }

    // Applies json, then undoes and redoes it, checking every touched document each way.
    void roundTrip(const QByteArray &json, const QStringList &ids)
    {
        const Documents before = snapshot(*m_kb, ids);
        qint64 id = 0;
        if (!EditFixture::applied(EditFixture::apply(*m_kb, json, &id)))
            return;
        const Documents after = snapshot(*m_kb, ids);
        QVERIFY(after != before);
        qint64 undo = 0;
        QString err = take(id, ChangeSetReverser::Direction::Undo, &undo);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(snapshot(*m_kb, ids), before);
        QVERIFY(m_kb->check().ok);
        err = take(id, ChangeSetReverser::Direction::Redo);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(snapshot(*m_kb, ids), after);
        QVERIFY(m_kb->check().ok);
        // Undo and redo are changesets of their own: the history tells what happened.
        QCOMPARE(m_kb->changeSet(undo)->comment, QStringLiteral("Undo"));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_kb = EditFixture::makeBase(m_dir, QStringLiteral("base-%1.tkb").arg(++m_n));
    }
    void cleanup() { m_kb.reset(); }

    void deleteWithReferrers()
    {
        roundTrip("{\"changes\": [{\"op\": \"delete\", \"id\": \"place/the-hague\"}]}", { hague, hummatov, tnm });
    }

    void merge()
    {
        roundTrip("{\"changes\": [{\"op\": \"merge\", \"id\": \"person/fahraddin-abbaszadeh\", \"into\": "
                  "\"person/alikram-hummatov\"}]}",
            { hummatov, abbaszadeh, tnm });
    }

    void createLinkedFromAnother()
    {
        roundTrip(
            "{\"changes\": [{\"op\": \"create\", \"entity\": {\"id\": \"place/baku\", \"kind\": \"place\", "
            "\"name\": \"Baku\"}},\n"
            " {\"op\": \"add\", \"id\": \"person/alikram-hummatov\", \"claim\": \"relation\", \"with\": "
            "{\"predicate\": \"born-in\", \"object\": \"place/baku\"}},\n"
            " {\"op\": \"edit\", \"id\": \"organization/tnm\", \"set\": {\"body\": \"In [[place/baku|Baku]].\"}}]}",
            { QStringLiteral("place/baku"), hummatov, tnm });
    }

    void changedSinceIsRefused()
    {
        qint64 id = 0;
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"summary\": \"One\"}}]}",
                &id)))
            return;
        // Someone (another window, another person) edits it after: the undo must not throw their work away.
        if (!EditFixture::applied(EditFixture::apply(*m_kb,
                "{\"changes\": [{\"op\": \"edit\", \"id\": \"place/the-hague\", \"set\": {\"summary\": \"Two\"}}]}")))
            return;
        const int changesets = EditFixture::rows(*m_kb, QStringLiteral("changeset"));
        const QString err = take(id, ChangeSetReverser::Direction::Undo);
        QVERIFY2(err.contains(QStringLiteral("place/the-hague has changed since")), qPrintable(err));
        QCOMPARE(m_kb->entity(hague)->summary, QStringLiteral("Two"));
        QCOMPARE(EditFixture::rows(*m_kb, QStringLiteral("changeset")), changesets);
        // A redo of something never undone finds the entity not as it was before the change.
        QVERIFY(!take(id, ChangeSetReverser::Direction::Redo).isEmpty());
    }

    void unknownChangesetIsAnError()
    {
        QString why;
        QVERIFY(!ChangeSetReverser::changes(*m_kb, 999, ChangeSetReverser::Direction::Undo, {}, &why));
        QVERIFY(why.contains(QStringLiteral("999")));
    }
};

QTEST_GUILESS_MAIN(TestReverser)
#include "test_reverser.moc"
