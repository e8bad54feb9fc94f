// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changereader.h>
#include <core/edit/claimeditor.h>
#include <core/model/claimjson.h>

#include <QJsonDocument>

namespace tkb {

namespace {

template <typename T> bool editList(const Change &change, QList<T> *list, const QString &subject, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    auto read = [&](QJsonObject json, T *out) {
        if constexpr (std::is_same_v<T, Relation>) {
            if (!json.contains(QStringLiteral("subject")))
                json.insert(QStringLiteral("subject"), subject);
        }
        if (!ChangeReader::checkClaim(change.claim, json, error) || !ClaimJson::fromJson(json, out, error))
            return false;
        if constexpr (std::is_same_v<T, Relation>) {
            if (out->subject != subject)
                return fail(
                    QStringLiteral("a relation of %1 must have it as subject, not \"%2\"").arg(subject, out->subject));
        }
        return true;
    };
    if (change.op == Change::Op::Add) {
        T claim;
        if (!read(change.with, &claim))
            return false;
        if (list->contains(claim))
            return fail(QStringLiteral("the same %1 is already there").arg(change.claim));
        list->append(claim);
        return true;
    }
    QList<qsizetype> found;
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (ClaimEditor::matches(ClaimJson::toJson(list->at(i)), change.match))
            found << i;
    }
    if (found.isEmpty())
        return fail(QStringLiteral("no %1 matches %2")
                .arg(change.claim, QString::fromUtf8(QJsonDocument(change.match).toJson(QJsonDocument::Compact))));
    if (found.size() > 1)
        return fail(QStringLiteral("%1 %2s match; give more fields in \"match\" to select one")
                .arg(found.size())
                .arg(change.claim));
    if (change.op == Change::Op::Remove) {
        list->removeAt(found.first());
        return true;
    }
    // Replace: the fields of "with" laid over the claim; a field given as null is removed.
    QJsonObject json = ClaimJson::toJson(list->at(found.first()));
    for (auto it = change.with.constBegin(); it != change.with.constEnd(); ++it) {
        if (it.value().isNull())
            json.remove(it.key());
        else
            json.insert(it.key(), it.value());
    }
    T claim;
    if (!read(json, &claim))
        return false;
    if (claim == list->at(found.first()))
        return fail(QStringLiteral("the %1 is already so").arg(change.claim));
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (i != found.first() && list->at(i) == claim)
            return fail(QStringLiteral("the same %1 is already there").arg(change.claim));
    }
    (*list)[found.first()] = claim;
    return true;
}

} // namespace

bool ClaimEditor::matches(const QJsonObject &claim, const QJsonObject &match)
{
    for (auto it = match.constBegin(); it != match.constEnd(); ++it) {
        if (claim.value(it.key()) != it.value())
            return false;
    }
    return true;
}

bool ClaimEditor::apply(const Change &change, EntityDocument *doc, QString *error)
{
    EntityDocument edited = *doc;
    bool ok = false;
    if (change.claim == QLatin1String("alias"))
        ok = editList(change, &edited.entity.aliases, edited.entity.id, error);
    else if (change.claim == QLatin1String("attribute"))
        ok = editList(change, &edited.entity.attributes, edited.entity.id, error);
    else if (change.claim == QLatin1String("relation"))
        ok = editList(change, &edited.relations, edited.entity.id, error);
    else if (change.claim == QLatin1String("date"))
        ok = editList(change, &edited.entity.dates, edited.entity.id, error);
    else if (error)
        *error = QStringLiteral("unknown claim kind \"%1\"").arg(change.claim);
    if (ok)
        *doc = edited;
    return ok;
}

} // namespace tkb
