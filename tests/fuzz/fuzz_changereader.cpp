// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ChangeReader::read on arbitrary bytes (usually almost-JSON change documents), and what it accepts
// applied to a fresh small base. A refusal must come with a message and leave the base untouched (no changeset, no
// document changed); an accepted change set must leave a sound base whose revisions hold what the file now holds.
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/store/knowledgebase.h>

#include <QCoreApplication>

#include "packinvariants.h"

namespace {

ScratchBase *scratch = nullptr;

tkb::KnowledgePack smallPack()
{
    using namespace tkb;
    KnowledgePack p;
    p.id = QStringLiteral("fuzz");
    p.title = QStringLiteral("Fuzz");
    SourceDocument s;
    s.id = QStringLiteral("source/a");
    s.title = QStringLiteral("A source");
    s.sections = { Section { QStringLiteral("lead"), QString(),
        QStringLiteral("[[person/a|Ann]] lives in [[place/b|Baku]]. Bob left in 2008.") } };
    p.sources << s;
    Entity a;
    a.id = QStringLiteral("person/a");
    a.kind = EntityKind::Person;
    a.name = QStringLiteral("Ann");
    Alias anna;
    anna.text = QStringLiteral("Anna");
    a.aliases = { anna };
    a.body = QStringLiteral("Lives in [[place/b|Baku]].");
    Entity b;
    b.id = QStringLiteral("place/b");
    b.kind = EntityKind::Place;
    b.name = QStringLiteral("Baku");
    Entity c;
    c.id = QStringLiteral("person/c");
    c.kind = EntityKind::Person;
    c.name = QStringLiteral("Bob");
    p.entities = { a, b, c };
    Relation r;
    r.subject = a.id;
    r.predicate = QStringLiteral("lives-in");
    r.object = b.id;
    p.relations = { r };
    return p;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    scratch = new ScratchBase;
    std::atexit([] { delete scratch; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString why;
    const std::optional<tkb::ChangeSet> set = tkb::ChangeReader::read(bytes, &why);
    if (!set) {
        if (why.isEmpty())
            PackInvariants::broken(QStringLiteral("a change document refused without a message"));
        return 0;
    }
    auto kb = scratch->fresh();
    tkb::StoreError se;
    if (!kb->importPack(smallPack(), &se))
        ScratchBase::die("cannot import the small pack", se.message);
    QHash<QString, std::optional<tkb::EntityDocument>> before;
    for (const QString &id : { QStringLiteral("person/a"), QStringLiteral("place/b"), QStringLiteral("person/c"),
             QStringLiteral("source/a") })
        before.insert(id, kb->document(id));
    tkb::ChangeSetInfo info;
    info.author = QStringLiteral("fuzz");
    qint64 id = 0;
    if (!tkb::ChangeApplier(*kb).apply(*set, info, &why, &id)) {
        if (why.isEmpty())
            PackInvariants::broken(QStringLiteral("a change set refused without a message"));
        if (!kb->allChanges().isEmpty())
            PackInvariants::broken(QStringLiteral("a refused change set was recorded: ") + why);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (kb->document(it.key()) != it.value())
                PackInvariants::broken(QStringLiteral("a refused change set changed %1: %2").arg(it.key(), why));
        }
        return 0;
    }
    const QList<tkb::Revision> revisions = kb->revisionsOf(id);
    if (revisions.isEmpty())
        PackInvariants::broken(QStringLiteral("an applied change set has no revisions"));
    for (const tkb::Revision &r : revisions) {
        const std::optional<tkb::EntityDocument> now = kb->document(r.entity);
        if ((now ? now->toText() : QString()) != r.after)
            PackInvariants::broken(
                QStringLiteral("revision %1 of %2 does not hold what the file holds").arg(r.id).arg(r.entity));
    }
    const tkb::IntegrityReport report = kb->check(true);
    if (!report.ok)
        PackInvariants::broken(
            QStringLiteral("the base is unsound after applying: ") + report.problems.join(QStringLiteral("; ")));
    return 0;
}
