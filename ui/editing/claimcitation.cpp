// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>
#include <core/render/htmlrenderer.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/claimcitation.h>

namespace tkb {

namespace {

QString period(const FuzzyDate &from, const FuzzyDate &to)
{
    if (from.isValid() && to.isValid())
        return QCoreApplication::translate("tkb::ClaimCitation", " (%1 – %2)")
            .arg(from.toDisplayString(), to.toDisplayString());
    if (from.isValid())
        return QCoreApplication::translate("tkb::ClaimCitation", " (from %1)").arg(from.toDisplayString());
    if (to.isValid())
        return QCoreApplication::translate("tkb::ClaimCitation", " (until %1)").arg(to.toDisplayString());
    return {};
}

QJsonArray citationArray(QList<Citation> list)
{
    QJsonArray out;
    for (const Citation &c : list)
        out << ClaimJson::toJson(c);
    return out;
}

} // namespace

QList<ClaimCitation::Target> ClaimCitation::targets(const EntityDocument &doc, const KnowledgeBase *kb)
{
    const Entity &e = doc.entity;
    QList<Target> out;
    out << Target { Claim::Entity, 0, tr("The entry itself: %1").arg(e.name), int(e.citations.size()) };
    for (int i = 0; i < e.aliases.size(); ++i) {
        const Alias &a = e.aliases[i];
        QStringList how;
        if (!a.language.isEmpty())
            how << HtmlRenderer::languageName(a.language);
        if (!a.script.isEmpty())
            how << HtmlRenderer::scriptName(a.script);
        const QString label = how.isEmpty() ? tr("Other name: %1").arg(a.text)
                                            : tr("Other name: %1 (%2)").arg(a.text, how.join(QStringLiteral(", ")));
        out << Target { Claim::Alias, i, label, int(a.citations.size()) };
    }
    for (int i = 0; i < e.attributes.size(); ++i) {
        const Attribute &a = e.attributes[i];
        out << Target { Claim::Attribute, i, tr("Attribute: %1: %2").arg(a.key, a.value) + period(a.from, a.to),
            int(a.citations.size()) };
    }
    for (int i = 0; i < doc.relations.size(); ++i) {
        const Relation &r = doc.relations[i];
        const QString object = kb && !kb->name(r.object).isEmpty() ? kb->name(r.object) : r.object;
        out << Target { Claim::Relation, i,
            tr("Relation: %1 → %2").arg(HtmlRenderer::relationLabel(r.predicate, false), object) + period(r.from, r.to),
            int(r.citations.size()) };
    }
    for (int i = 0; i < e.dates.size(); ++i) {
        const DateClaim &d = e.dates[i];
        out << Target { Claim::Date, i, tr("Date: %1").arg(d.date.toDisplayString()), int(d.citations.size()) };
    }
    return out;
}

QJsonArray ClaimCitation::changes(const EntityDocument &doc, const Target &t, const Citation &c, QString *error)
{
    const auto already = [&](const QList<Citation> &list) {
        for (const Citation &x : list) {
            if (x.source == c.source && x.section == c.section && x.sentence.simplified() == c.sentence.simplified()) {
                *error = tr("“%1” already rests on this passage.").arg(t.label);
                return true;
            }
        }
        return false;
    };
    const auto replace = [&](const QString &claim, const QJsonObject &match, QList<Citation> list) {
        if (already(list))
            return QJsonArray();
        list << c;
        return QJsonArray { QJsonObject { { QStringLiteral("op"), QStringLiteral("replace") },
            { QStringLiteral("id"), doc.entity.id }, { QStringLiteral("claim"), claim },
            { QStringLiteral("match"), match },
            { QStringLiteral("with"), QJsonObject { { QStringLiteral("citations"), citationArray(list) } } } } };
    };
    const Entity &e = doc.entity;
    switch (t.claim) {
    case Claim::Entity: {
        // The entity's own citations have no change of their own: the whole document is put back with one more.
        if (already(e.citations))
            return {};
        EntityDocument after = doc;
        after.entity.citations << c;
        return QJsonArray { QJsonObject { { QStringLiteral("op"), QStringLiteral("put") },
            { QStringLiteral("id"), e.id }, { QStringLiteral("document"), after.toJson() } } };
    }
    case Claim::Alias:
        if (t.index < e.aliases.size())
            return replace(
                QStringLiteral("alias"), ClaimJson::toJson(e.aliases[t.index]), e.aliases[t.index].citations);
        break;
    case Claim::Attribute:
        if (t.index < e.attributes.size())
            return replace(
                QStringLiteral("attribute"), ClaimJson::toJson(e.attributes[t.index]), e.attributes[t.index].citations);
        break;
    case Claim::Relation:
        if (t.index < doc.relations.size())
            return replace(QStringLiteral("relation"), ClaimJson::toJson(doc.relations[t.index]),
                doc.relations[t.index].citations);
        break;
    case Claim::Date:
        if (t.index < e.dates.size())
            return replace(QStringLiteral("date"), ClaimJson::toJson(e.dates[t.index]), e.dates[t.index].citations);
        break;
    }
    *error = tr("The claim is no longer there: it was changed meanwhile.");
    return {};
}

} // namespace tkb
