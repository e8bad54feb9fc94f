// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "clicommands.h"
#include "clicontext.h"
#include "clijson.h"

namespace tkb {

int ShowCommand::run(CliContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.fail(CliCommands::Usage, QStringLiteral("show takes one ID"));
    const QString id = ctx.arguments().first();
    const auto e = ctx.base().entity(id);
    if (!e)
        return ctx.fail(CliCommands::NotFound, QStringLiteral("no entity with id \"%1\"").arg(id));
    const auto rels = ctx.base().relations(e->id);
    const auto back = ctx.base().backlinks(e->id);
    if (ctx.json())
        printJson(ctx, *e, rels, back);
    else
        printText(ctx, *e, rels, back);
    return CliCommands::Ok;
}

void ShowCommand::printJson(
    const CliContext &ctx, const Entity &e, const QList<Relation> &rels, const QList<Mention> &back)
{
    const KnowledgeBase &kb = ctx.base();
    QJsonArray aliases, attrs, relations, citations, backlinks;
    for (const Alias &a : e.aliases)
        aliases.append(QJsonObject { { QStringLiteral("text"), a.text }, { QStringLiteral("lang"), a.language },
            { QStringLiteral("script"), a.script } });
    for (const Attribute &a : e.attributes) {
        QJsonObject o { { QStringLiteral("key"), a.key }, { QStringLiteral("value"), a.value } };
        if (!a.citations.isEmpty())
            o.insert(QStringLiteral("citation"), CliJson::citation(a.citations.first()));
        attrs.append(o);
    }
    for (const Relation &r : rels) {
        const bool outgoing = r.subject == e.id;
        QJsonObject o { { QStringLiteral("direction"), outgoing ? QStringLiteral("out") : QStringLiteral("in") },
            { QStringLiteral("subject"), r.subject }, { QStringLiteral("predicate"), r.predicate },
            { QStringLiteral("object"), r.object }, { QStringLiteral("other"), outgoing ? r.object : r.subject },
            { QStringLiteral("otherName"), kb.name(outgoing ? r.object : r.subject) },
            { QStringLiteral("from"), CliJson::date(r.from) }, { QStringLiteral("to"), CliJson::date(r.to) } };
        if (!r.citations.isEmpty())
            o.insert(QStringLiteral("citation"), CliJson::citation(r.citations.first()));
        relations.append(o);
    }
    for (const Mention &m : back)
        backlinks.append(QJsonObject { { QStringLiteral("id"), m.fromId }, { QStringLiteral("name"), m.fromName },
            { QStringLiteral("section"), m.section }, { QStringLiteral("label"), m.label },
            { QStringLiteral("count"), m.count } });
    for (const Citation &c : e.citations)
        citations.append(CliJson::citation(c));
    ctx.printJson(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), entityKindId(e.kind) },
        { QStringLiteral("name"), e.name }, { QStringLiteral("aliases"), aliases },
        { QStringLiteral("summary"), e.summary }, { QStringLiteral("body"), e.body },
        { QStringLiteral("date"), CliJson::date(e.date()) }, { QStringLiteral("attributes"), attrs },
        { QStringLiteral("relations"), relations }, { QStringLiteral("backlinks"), backlinks },
        { QStringLiteral("citations"), citations } });
}

void ShowCommand::printText(
    const CliContext &ctx, const Entity &e, const QList<Relation> &rels, const QList<Mention> &back)
{
    const KnowledgeBase &kb = ctx.base();
    QTextStream &out = ctx.out();
    out << e.name << "  [" << e.id << "]\n";
    for (const Alias &a : e.aliases)
        out << "  also: " << a.text << (a.language.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.language))
            << '\n';
    if (e.date().isValid())
        out << "  date: " << e.date().toDisplayString(QLocale(QLocale::English)) << " (" << e.date().iso() << ")\n";
    if (!e.summary.isEmpty())
        out << '\n' << e.summary << '\n';
    for (const Attribute &a : e.attributes)
        out << "  " << a.key << ": " << a.value << '\n';
    if (!rels.isEmpty())
        out << "\nRelations:\n";
    for (const Relation &r : rels)
        out << "  " << kb.name(r.subject) << " —" << r.predicate << "→ " << kb.name(r.object)
            << (r.from.isValid() ? QStringLiteral(" (from %1)").arg(r.from.iso()) : QString()) << '\n';
    if (!back.isEmpty())
        out << "\nMentioned in:\n";
    for (const Mention &m : back)
        out << "  " << m.fromName << (m.section.isEmpty() ? QString() : QStringLiteral(" — ") + m.section) << '\n';
    if (!e.citations.isEmpty())
        out << "\nCitations:\n";
    for (qsizetype i = 0; i < e.citations.size(); ++i)
        out << "  [" << i + 1 << "] " << e.citations[i].section << ": \"" << e.citations[i].sentence << "\"\n";
}

} // namespace tkb
