// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changereader.h>
#include <core/edit/changesetreverser.h>
#include <core/store/knowledgebase.h>

#include <QJsonArray>

namespace tkb {

namespace {

std::optional<EntityDocument> readState(const QString &text, qint64 revision, bool *ok, QString *error)
{
    *ok = true;
    if (text.isNull())
        return std::nullopt;
    QString why;
    std::optional<EntityDocument> doc = EntityDocument::fromText(text, &why);
    if (!doc) {
        *ok = false;
        *error = QStringLiteral("revision %1 cannot be read: %2").arg(revision).arg(why);
    }
    return doc;
}

} // namespace

std::optional<ChangeSet> ChangeSetReverser::changes(
    const KnowledgeBase &kb, qint64 changeset, Direction direction, const QString &comment, QString *error)
{
    QString why;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QList<Revision> revisions = kb.revisionsOf(changeset);
    if (revisions.isEmpty())
        return fail(QStringLiteral("changeset %1 changed nothing that can be taken back").arg(changeset));

    // Entities that come back go first and those that go last: a relation put back may point at an entity put
    // back in the same set, and a tombstone put last finds nothing left pointing at it.
    QJsonArray bringBack, edits, remove;
    for (const Revision &r : revisions) {
        bool ok = true;
        const std::optional<EntityDocument> from
            = readState(direction == Direction::Undo ? r.after : r.before, r.id, &ok, &why);
        if (!ok)
            return fail(why);
        const std::optional<EntityDocument> to
            = readState(direction == Direction::Undo ? r.before : r.after, r.id, &ok, &why);
        if (!ok)
            return fail(why);
        if (kb.document(r.entity) != from) {
            return fail((direction == Direction::Undo
                    ? QStringLiteral("%1 has changed since; taking the change back would overwrite that")
                    : QStringLiteral("%1 has changed since; making the change again would overwrite that"))
                    .arg(r.entity));
        }
        const QJsonObject put { { QStringLiteral("op"), QStringLiteral("put") }, { QStringLiteral("id"), r.entity },
            { QStringLiteral("revision"), r.id },
            { QStringLiteral("document"), to ? QJsonValue(to->toJson()) : QJsonValue(QJsonValue::Null) } };
        (!to ? remove : !from ? bringBack : edits).append(put);
    }
    QJsonArray all = bringBack;
    for (const QJsonArray *part : { &edits, &remove }) {
        for (const QJsonValue &v : *part)
            all.append(v);
    }
    const QJsonObject json { { QStringLiteral("format"), ChangeSet::format },
        { QStringLiteral("formatVersion"), ChangeSet::formatVersion }, { QStringLiteral("comment"), comment },
        { QStringLiteral("changes"), all } };
    return ChangeReader::read(json, error);
}

} // namespace tkb
