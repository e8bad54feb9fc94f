// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/claimeditor.h>
#include <core/edit/documentdiff.h>
#include <core/model/claimjson.h>

namespace tkb {

namespace {

QJsonObject claimChange(
    const QString &op, const QString &id, const QString &claim, const QString &field, const QJsonObject &value)
{
    return { { QStringLiteral("op"), op }, { QStringLiteral("id"), id }, { QStringLiteral("claim"), claim },
        { field, value } };
}

// Removes what before has and after lacks, then adds what after has and before lacks, each claim as its JSON.
// A match selects every claim holding its fields, so one whose JSON is part of another's (an alias without a
// language beside the same one with it) would be ambiguous: the larger claims go first and, when they stay,
// come back after.
template <typename T>
void diffList(const QString &id, const QString &claim, const QList<T> &before, const QList<T> &after, QJsonArray *out)
{
    QList<QJsonObject> current;
    for (const T &c : before)
        current << ClaimJson::toJson(c);
    QList<QJsonObject> wanted;
    for (const T &c : after)
        wanted << ClaimJson::toJson(c);
    if constexpr (std::is_same_v<T, Relation>) {
        // The subject is the entity itself: not part of what a change says about its relation.
        for (QJsonObject &o : current)
            o.remove(QStringLiteral("subject"));
        for (QJsonObject &o : wanted)
            o.remove(QStringLiteral("subject"));
    }
    QList<QJsonObject> keep = wanted;
    QList<QJsonObject> readd;
    QList<QJsonObject> gone;
    for (const QJsonObject &o : current) {
        if (keep.contains(o))
            keep.removeOne(o);
        else
            gone << o;
    }
    for (const QJsonObject &o : gone) {
        if (!current.contains(o))
            continue; // already taken out as a larger claim of an earlier one
        for (qsizetype i = current.size() - 1; i >= 0; --i) {
            if (current.at(i) != o && ClaimEditor::matches(current.at(i), o)) {
                out->append(claimChange(QStringLiteral("remove"), id, claim, QStringLiteral("match"), current.at(i)));
                if (!gone.contains(current.at(i)))
                    readd << current.at(i);
                current.removeAt(i);
            }
        }
        out->append(claimChange(QStringLiteral("remove"), id, claim, QStringLiteral("match"), o));
        current.removeOne(o);
    }
    for (const QJsonObject &o : std::as_const(readd))
        out->append(claimChange(QStringLiteral("add"), id, claim, QStringLiteral("with"), o));
    current << readd;
    for (const QJsonObject &o : wanted) {
        if (current.contains(o))
            current.removeOne(o);
        else
            out->append(claimChange(QStringLiteral("add"), id, claim, QStringLiteral("with"), o));
    }
}

} // namespace

QJsonObject DocumentDiff::create(const EntityDocument &doc)
{
    return { { QStringLiteral("op"), QStringLiteral("create") }, { QStringLiteral("entity"), doc.toJson() } };
}

QJsonArray DocumentDiff::changes(const EntityDocument &before, const EntityDocument &after)
{
    QJsonArray out;
    if (before == after)
        return out;
    const QString id = before.entity.id;
    if (before.entity.citations != after.entity.citations || before.source != after.source) {
        out.append(QJsonObject { { QStringLiteral("op"), QStringLiteral("put") }, { QStringLiteral("id"), id },
            { QStringLiteral("document"), after.toJson() } });
        return out;
    }
    QJsonObject set;
    if (before.entity.name != after.entity.name)
        set.insert(QStringLiteral("name"), after.entity.name);
    if (before.entity.summary != after.entity.summary)
        set.insert(QStringLiteral("summary"), after.entity.summary);
    if (before.entity.body != after.entity.body)
        set.insert(QStringLiteral("body"), after.entity.body);
    if (!set.isEmpty()) {
        out.append(QJsonObject { { QStringLiteral("op"), QStringLiteral("edit") }, { QStringLiteral("id"), id },
            { QStringLiteral("set"), set } });
    }
    diffList(id, QStringLiteral("alias"), before.entity.aliases, after.entity.aliases, &out);
    diffList(id, QStringLiteral("attribute"), before.entity.attributes, after.entity.attributes, &out);
    diffList(id, QStringLiteral("date"), before.entity.dates, after.entity.dates, &out);
    diffList(id, QStringLiteral("relation"), before.relations, after.relations, &out);
    return out;
}

} // namespace tkb
