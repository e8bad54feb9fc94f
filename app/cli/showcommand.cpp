// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include <core/document/pagelabels.h>
#include <core/model/claimjson.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "clicommands.h"
#include "clicontext.h"

namespace tkb {

namespace {

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

/// A date as the pack writes it ({edtf, text}) plus what a script may want without parsing EDTF: the English
/// display form, and the ISO form and precision earlier versions printed.
QJsonValue dateJson(const FuzzyDate &d)
{
    if (!d.isValid())
        return QJsonValue::Null;
    QJsonObject o = ClaimJson::toJson(d);
    o.insert(QStringLiteral("display"), d.toDisplayString(english()));
    o.insert(QStringLiteral("iso"), d.iso());
    o.insert(QStringLiteral("precision"), FuzzyDate::precisionId(d.precision()));
    return o;
}

/// A claim's JSON with its dates (under these keys) in the fuller form above.
QJsonObject withDates(QJsonObject o, std::initializer_list<std::pair<const char *, FuzzyDate>> dates)
{
    for (const auto &[key, date] : dates) {
        if (date.isValid())
            o.insert(QLatin1String(key), dateJson(date));
    }
    return o;
}

QString who(const KnowledgeBase &kb, const QString &accordingTo)
{
    const QString name = kb.contains(accordingTo) ? kb.name(accordingTo) : QString();
    return name.isEmpty() ? accordingTo : QStringLiteral("%1 <%2>").arg(name, accordingTo);
}

/// "  [reported · according to UNPO <organization/unpo> · former · note: …]", or empty for a plain claim.
QString qualifierText(const KnowledgeBase &kb, const Qualifiers &q)
{
    QStringList parts;
    if (q.status != ClaimStatus::Stated)
        parts << claimStatusId(q.status);
    if (!q.accordingTo.isEmpty())
        parts << (q.status == ClaimStatus::Opinion ? QStringLiteral("of ") : QStringLiteral("according to "))
                + who(kb, q.accordingTo);
    if (q.former)
        parts << QStringLiteral("former");
    if (!q.note.isEmpty())
        parts << QStringLiteral("note: ") + q.note;
    return parts.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(parts.join(QStringLiteral(" · ")));
}

/// " (began after 2004, ended 2010; EDTF from [2004..] to 2010)", or empty without a period.
QString periodText(const FuzzyDate &from, const FuzzyDate &to)
{
    const QString shown = PageLabels::period(from, to, english());
    if (shown.isEmpty())
        return {};
    QStringList edtf;
    if (from.isValid())
        edtf << QStringLiteral("from ") + from.edtf();
    if (to.isValid())
        edtf << QStringLiteral("to ") + to.edtf();
    return QStringLiteral(" (%1; EDTF %2)").arg(shown, edtf.join(u' '));
}

/// "circa 1993 (EDTF 1993~)".
QString dateText(const FuzzyDate &d)
{
    return QStringLiteral("%1 (EDTF %2)").arg(d.toDisplayString(english()), d.edtf());
}

void printCitations(QTextStream &out, const KnowledgeBase &kb, const QList<Citation> &citations, int indent)
{
    for (const Citation &c : citations) {
        const QString source = kb.name(c.source);
        out << QString(indent, u' ') << "cites: \"" << c.sentence << "\" — "
            << (source.isEmpty() ? c.source : QStringLiteral("%1 <%2>").arg(source, c.source))
            << (c.section.isEmpty() ? QString() : QStringLiteral(", ") + c.section) << '\n';
    }
}

} // namespace

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
    // Claims in the one JSON form of packs and change documents (qualifiers, "citations"), so what show prints
    // reads back as a pack would.
    QJsonArray aliases, attrs, dates, relations, citations, backlinks;
    for (const Alias &a : e.aliases)
        aliases.append(ClaimJson::toJson(a));
    for (const Attribute &a : e.attributes)
        attrs.append(withDates(ClaimJson::toJson(a), { { "from", a.from }, { "to", a.to } }));
    for (const DateClaim &d : e.dates)
        dates.append(withDates(ClaimJson::toJson(d), { { "date", d.date } }));
    for (const Relation &r : rels) {
        const bool outgoing = r.subject == e.id;
        QJsonObject o = withDates(ClaimJson::toJson(r), { { "from", r.from }, { "to", r.to } });
        o.insert(QStringLiteral("direction"), outgoing ? QStringLiteral("out") : QStringLiteral("in"));
        o.insert(QStringLiteral("other"), outgoing ? r.object : r.subject);
        o.insert(QStringLiteral("otherName"), kb.name(outgoing ? r.object : r.subject));
        if (const QString period = PageLabels::period(r.from, r.to, english()); !period.isEmpty())
            o.insert(QStringLiteral("period"), period);
        relations.append(o);
    }
    for (const Mention &m : back)
        backlinks.append(QJsonObject { { QStringLiteral("id"), m.fromId }, { QStringLiteral("name"), m.fromName },
            { QStringLiteral("section"), m.section }, { QStringLiteral("label"), m.label },
            { QStringLiteral("count"), m.count } });
    for (const Citation &c : e.citations)
        citations.append(ClaimJson::toJson(c));
    QJsonObject o { { QStringLiteral("id"), e.id }, { QStringLiteral("kind"), entityKindId(e.kind) },
        { QStringLiteral("name"), e.name }, { QStringLiteral("aliases"), aliases },
        { QStringLiteral("summary"), e.summary }, { QStringLiteral("body"), e.body },
        { QStringLiteral("date"), dateJson(e.date()) }, { QStringLiteral("dates"), dates },
        { QStringLiteral("attributes"), attrs }, { QStringLiteral("relations"), relations },
        { QStringLiteral("backlinks"), backlinks }, { QStringLiteral("citations"), citations } };
    if (const auto source = e.kind == EntityKind::Source ? kb.source(e.id) : std::nullopt) {
        // What identifies the document; its text is the article command's.
        QJsonObject s = ClaimJson::toJson(*source);
        s.remove(QStringLiteral("infobox"));
        s.remove(QStringLiteral("sections"));
        s.insert(QStringLiteral("date"), dateJson(source->date));
        o.insert(QStringLiteral("source"), s);
    }
    ctx.out() << QString::fromUtf8(ClaimJson::bytes(o, true));
}

void ShowCommand::printText(
    const CliContext &ctx, const Entity &e, const QList<Relation> &rels, const QList<Mention> &back)
{
    const KnowledgeBase &kb = ctx.base();
    QTextStream &out = ctx.out();
    out << e.name << "  [" << e.id << "]\n";
    if (const auto s = e.kind == EntityKind::Source ? kb.source(e.id) : std::nullopt) {
        const QList<std::pair<const char *, QString>> details { { "author", s->author }, { "publisher", s->publisher },
            { "published", s->date.isValid() ? dateText(s->date) : QString() }, { "url", s->url }, { "file", s->file },
            { "language", s->language } };
        for (const auto &[label, value] : details) {
            if (!value.isEmpty())
                out << "  " << label << ": " << value << '\n';
        }
    }
    for (const Alias &a : e.aliases) {
        out << "  also: " << a.text << (a.language.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.language))
            << qualifierText(kb, a.qualifiers) << '\n';
        printCitations(out, kb, a.citations, 6);
    }
    // Competing dates are listed together, each with its own qualifiers and citations: none is preferred.
    if (e.dates.size() == 1) {
        out << "  date: " << dateText(e.dates.first().date) << qualifierText(kb, e.dates.first().qualifiers) << '\n';
        printCitations(out, kb, e.dates.first().citations, 6);
    } else if (e.dates.size() > 1) {
        out << "  dates (" << e.dates.size() << " claims):\n";
        for (const DateClaim &d : e.dates) {
            out << "    " << dateText(d.date) << qualifierText(kb, d.qualifiers) << '\n';
            printCitations(out, kb, d.citations, 8);
        }
    }
    if (!e.summary.isEmpty())
        out << '\n' << e.summary << '\n';
    if (!e.attributes.isEmpty())
        out << '\n';
    for (const Attribute &a : e.attributes) {
        out << "  " << a.key << ": " << a.value << periodText(a.from, a.to) << qualifierText(kb, a.qualifiers) << '\n';
        printCitations(out, kb, a.citations, 6);
    }
    if (!rels.isEmpty())
        out << "\nRelations:\n";
    for (const Relation &r : rels) {
        out << "  " << kb.name(r.subject) << " —" << r.predicate << "→ " << kb.name(r.object)
            << periodText(r.from, r.to) << qualifierText(kb, r.qualifiers) << '\n';
        printCitations(out, kb, r.citations, 6);
    }
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
