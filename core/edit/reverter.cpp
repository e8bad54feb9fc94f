// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/edit/reverter.h>
#include <core/store/knowledgebase.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace tkb {

std::optional<ChangeSet> Reverter::changes(
    const KnowledgeBase &kb, const QString &id, qint64 revision, QString *error, To to)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const std::optional<Revision> r = kb.revision(revision);
    if (!r)
        return fail(QStringLiteral("there is no revision %1").arg(revision));
    if (r->entity != id)
        return fail(QStringLiteral("revision %1 is of %2, not of %3").arg(revision).arg(r->entity, id));
    QJsonValue document = QJsonValue::Null; // a tombstone: after a deletion, or before a creation
    const QString &state = to == To::After ? r->after : r->before;
    if (!state.isNull()) {
        QString why;
        const std::optional<EntityDocument> doc = EntityDocument::fromText(state, &why);
        if (!doc)
            return fail(QStringLiteral("revision %1 cannot be read: %2").arg(revision).arg(why));
        document = doc->toJson();
    }
    const QJsonObject json {
        { QStringLiteral("format"), ChangeSet::format },
        { QStringLiteral("formatVersion"), ChangeSet::formatVersion },
        { QStringLiteral("comment"),
            (to == To::After ? QStringLiteral("Revert %1 to revision %2")
                             : QStringLiteral("Revert %1 to before revision %2"))
                .arg(id)
                .arg(revision) },
        { QStringLiteral("changes"),
            QJsonArray { QJsonObject { { QStringLiteral("op"), QStringLiteral("put") }, { QStringLiteral("id"), id },
                { QStringLiteral("revision"), revision }, { QStringLiteral("document"), document } } } },
    };
    return ChangeReader::read(json, error);
}

bool Reverter::revert(KnowledgeBase &kb, const QString &id, qint64 revision, ChangeSetInfo info, QString *error,
    qint64 *changesetId, To to)
{
    const std::optional<ChangeSet> set = changes(kb, id, revision, error, to);
    if (!set)
        return false;
    ChangeApplier applier(kb);
    if (!applier.apply(*set, info, error, changesetId)) {
        if (error && error->startsWith(QLatin1String("the changes change nothing")))
            *error = (to == To::After ? QStringLiteral("%1 is already as in revision %2")
                                      : QStringLiteral("%1 is already as before revision %2"))
                         .arg(id)
                         .arg(revision);
        return false;
    }
    return true;
}

} // namespace tkb
