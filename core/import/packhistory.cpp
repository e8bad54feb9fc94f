// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/packhistory.h>
#include <core/store/entitydocument.h>
#include <core/store/knowledgebase.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace tkb {

namespace {

QJsonValue parsed(const QString &text)
{
    if (text.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(text);
}

// Stored as the compact JSON the store writes itself, so a history read back from a pack is the same text.
QString stored(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return v.toString();
}

} // namespace

QJsonArray PackHistory::toJson(const KnowledgeBase &kb)
{
    QJsonArray out;
    for (const ChangeSetInfo &c : kb.allChanges()) {
        QJsonArray revisions;
        for (const Revision &r : kb.revisionsOf(c.id)) {
            revisions.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("entity"), r.entity },
                { QStringLiteral("action"), r.action }, { QStringLiteral("note"), r.note },
                { QStringLiteral("before"), parsed(r.before) }, { QStringLiteral("after"), parsed(r.after) } });
        }
        out.append(QJsonObject { { QStringLiteral("id"), c.id },
            { QStringLiteral("time"), c.time.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("author"), c.author }, { QStringLiteral("comment"), c.comment },
            { QStringLiteral("origin"), c.origin }, { QStringLiteral("state"), c.state },
            { QStringLiteral("problem"), c.problem }, { QStringLiteral("changes"), parsed(c.changes) },
            { QStringLiteral("revisions"), revisions } });
    }
    return out;
}

bool PackHistory::fromJson(
    const QJsonValue &json, QList<ChangeSetInfo> *changeSets, QList<Revision> *revisions, QString *error)
{
    if (json.isUndefined() || json.isNull())
        return true;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!json.isArray())
        return fail(QStringLiteral("\"revisions\" must be a list of changesets"));
    const QJsonArray list = json.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        const QString where = QStringLiteral("revisions[%1]").arg(i);
        ChangeSetInfo c;
        c.id = o.value(QStringLiteral("id")).toInteger();
        c.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        c.author = o.value(QStringLiteral("author")).toString();
        c.comment = o.value(QStringLiteral("comment")).toString();
        c.origin = o.value(QStringLiteral("origin")).toString(ChangeSetInfo::userOrigin);
        c.state = o.value(QStringLiteral("state")).toString(ChangeSetInfo::applied);
        c.problem = o.value(QStringLiteral("problem")).toString();
        c.changes = stored(o.value(QStringLiteral("changes")));
        if (!list[i].isObject() || c.id <= 0 || !c.time.isValid())
            return fail(where + QStringLiteral(": a changeset needs an id and an ISO time"));
        if (c.origin != ChangeSetInfo::userOrigin && c.origin != ChangeSetInfo::packOrigin)
            return fail(where + QStringLiteral(": origin must be user or pack"));
        if (c.state != ChangeSetInfo::applied && c.state != ChangeSetInfo::notApplied)
            return fail(where + QStringLiteral(": state must be applied or not-applied"));
        changeSets->append(c);
        const QJsonArray revs = o.value(QStringLiteral("revisions")).toArray();
        for (qsizetype j = 0; j < revs.size(); ++j) {
            const QJsonObject ro = revs[j].toObject();
            Revision r;
            r.id = ro.value(QStringLiteral("id")).toInteger();
            r.changeset = c.id;
            r.entity = ro.value(QStringLiteral("entity")).toString();
            r.action = ro.value(QStringLiteral("action")).toString();
            r.note = ro.value(QStringLiteral("note")).toString();
            r.before = stored(ro.value(QStringLiteral("before")));
            r.after = stored(ro.value(QStringLiteral("after")));
            static const QStringList actions
                = { QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("delete"), QStringLiteral("merge"),
                      QStringLiteral("revert"), QStringLiteral("restore") };
            if (r.id <= 0 || r.entity.isEmpty() || !actions.contains(r.action))
                return fail(QStringLiteral("%1.revisions[%2]: a revision needs an id, an entity and an action (%3)")
                        .arg(where)
                        .arg(j)
                        .arg(actions.join(QStringLiteral(", "))));
            for (const QString &doc : { r.before, r.after }) {
                QString why;
                if (!doc.isNull() && !EntityDocument::fromText(doc, &why))
                    return fail(QStringLiteral("%1.revisions[%2]: %3").arg(where).arg(j).arg(why));
            }
            revisions->append(r);
        }
    }
    return true;
}

} // namespace tkb
