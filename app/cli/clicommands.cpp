#include "clicommands.h"

#include <core/document/snippetmarks.h>
#include <core/export/exportsection.h>
#include <core/export/pdfexporter.h>
#include <core/import/articleimporter.h>
#include <core/import/packreader.h>
#include <core/search/searchindex.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tkb {

namespace {

QJsonObject citationJson(const Citation &c)
{
    return QJsonObject{{QStringLiteral("source"), c.source}, {QStringLiteral("section"), c.section}, {QStringLiteral("sentence"), c.sentence}};
}

QJsonValue dateJson(const FuzzyDate &d)
{
    if (!d.isValid())
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("iso"), d.iso()}, {QStringLiteral("precision"), FuzzyDate::precisionId(d.precision())}};
    if (!d.text().isEmpty())
        o.insert(QStringLiteral("text"), d.text());
    return o;
}

QString plainSnippet(const QString &s)
{
    return SnippetMarks::wrapped(s, QStringLiteral("["), QStringLiteral("]"), false);
}

void printJson(QTextStream &out, const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

QString CliCommands::helpText()
{
    return QStringLiteral(R"(Usage: talysh-kb-cli [--kb FILE] [--json] COMMAND [ARGS]

Scripting interface to a Talysh knowledge base. Without --kb, the bundled knowledge base
(built from the shipped pack in the user's data folder on first use) is used.

Commands:
  list [--kind KIND]          entities, by name: [{id, kind, name, aliases}]
  show ID                     one entity with attributes, relations (both directions),
                              backlinks and citations
  events                      events in chronological order, {date: {iso, precision}}
  search QUERY [--limit N] [--kind KIND]
                              full-text search in any spelling or script, best first:
                              [{id, kind, name, snippet, score}]
  import FILE --kb OUT        import an article (.txt, "= Title =" format) or a knowledge
                              pack (.json) into OUT (created if missing); on bad input
                              nothing in OUT changes and the error names the line
  check                       integrity report of the knowledge base
  export-pdf SECTION -o FILE  export SECTION (an entity id, article, article#History,
                              timeline, list:KIND, list, search:QUERY) to a PDF file, with
                              the cited sentences as endnotes and an appendix of the
                              entities it names; the file appears only when complete
      [--page-size a4|letter|legal|a5] [--landscape] [--locale LOCALE] [--rtl]
      [--no-citations] [--no-summaries]
                              paper (default from the locale), orientation, date language
                              and direction (a right-to-left locale such as fa lays out
                              right to left), and what to leave out

Options:
  --kb FILE      knowledge base file (default: the bundled one)
  --json         machine-readable output (every query command)
  --kind KIND    person, organization, place, event, goal, topic or source
  -h, --help     this help
  -v, --version  the version

Exit codes:
  0  success
  1  usage error (unknown command or option, missing argument)
  2  not found (no such entity, section or input file)
  3  the knowledge base cannot be opened (missing, damaged, not a knowledge base,
     made by a newer version, locked); the message says which
  4  import failed (bad input; OUT is unchanged); the message names the line
  5  check found problems
  6  the PDF could not be written (nothing is left behind)
Errors go to standard error as one line: "talysh-kb-cli: error: MESSAGE".
)");
}

int CliCommands::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption kbOpt(QStringLiteral("kb"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    const QCommandLineOption kindOpt(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption outOpt(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOpt(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption pageSizeOpt(QStringLiteral("page-size"), QString(), QStringLiteral("SIZE"));
    const QCommandLineOption landscapeOpt(QStringLiteral("landscape"));
    const QCommandLineOption rtlOpt(QStringLiteral("rtl"));
    const QCommandLineOption localeOpt(QStringLiteral("locale"), QString(), QStringLiteral("LOCALE"));
    const QCommandLineOption noCitationsOpt(QStringLiteral("no-citations"));
    const QCommandLineOption noSummariesOpt(QStringLiteral("no-summaries"));
    p.addOptions({kbOpt, jsonOpt, kindOpt, limitOpt, outOpt, helpOpt, versionOpt, pageSizeOpt, landscapeOpt, rtlOpt, localeOpt,
                  noCitationsOpt, noSummariesOpt});
    auto fail = [&err](int code, const QString &msg) {
        err << "talysh-kb-cli: error: " << msg << Qt::endl;
        return code;
    };
    if (!p.parse(args))
        return fail(Usage, p.errorText() + QStringLiteral(" (see --help)"));
    if (p.isSet(helpOpt)) {
        out << helpText();
        return Ok;
    }
    if (p.isSet(versionOpt)) {
        out << "talysh-kb-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return fail(Usage, QStringLiteral("no command given (see --help)"));
    const QString cmd = pos.first();
    const bool json = p.isSet(jsonOpt);
    std::optional<EntityKind> kind;
    if (p.isSet(kindOpt)) {
        kind = entityKindFromId(p.value(kindOpt));
        if (!kind)
            return fail(Usage, QStringLiteral("unknown kind \"%1\" (person, organization, place, event, goal, topic, source)").arg(p.value(kindOpt)));
    }
    const QStringList known = {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("events"), QStringLiteral("search"),
                               QStringLiteral("import"), QStringLiteral("check"), QStringLiteral("export-pdf")};
    if (!known.contains(cmd))
        return fail(Usage, QStringLiteral("unknown command \"%1\" (see --help)").arg(cmd));

    if (cmd == QLatin1String("import")) {
        if (pos.size() != 2)
            return fail(Usage, QStringLiteral("import takes one FILE"));
        if (!p.isSet(kbOpt))
            return fail(Usage, QStringLiteral("import needs --kb OUT (the bundled knowledge base is never written)"));
        const QString file = pos[1];
        if (!QFileInfo::exists(file))
            return fail(NotFound, QStringLiteral("no such file: %1").arg(file));
        ImportError ie;
        const auto pack = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? PackReader::readFile(file, &ie)
                                                                                      : ArticleImporter::parseFile(file, &ie);
        if (!pack)
            return fail(ImportFailed, ie.toString(file));
        StoreError se;
        auto kb = KnowledgeBase::open(p.value(kbOpt), KnowledgeBase::OpenMode::CreateOrOpen, &se);
        if (!kb)
            return fail(OpenFailed, se.message);
        if (!kb->importPack(*pack, &se))
            return fail(ImportFailed, QStringLiteral("%1: %2 (the knowledge base is unchanged)").arg(file, se.message));
        if (json) {
            printJson(out, QJsonObject{{QStringLiteral("imported"), file},
                                       {QStringLiteral("kb"), kb->path()},
                                       {QStringLiteral("entities"), int(pack->entities.size())},
                                       {QStringLiteral("relations"), int(pack->relations.size())},
                                       {QStringLiteral("sources"), int(pack->sources.size())}});
        } else {
            out << "Imported " << pack->entities.size() << " entities, " << pack->relations.size() << " relations and "
                << pack->sources.size() << " source document(s) into " << kb->path() << Qt::endl;
        }
        return Ok;
    }

    StoreError se;
    // check wants write access where the file allows it: FTS5's own integrity check runs as a write.
    const auto mode = cmd == QLatin1String("check") ? KnowledgeBase::OpenMode::ReadWrite : KnowledgeBase::OpenMode::ReadOnly;
    std::unique_ptr<KnowledgeBase> kb = p.isSet(kbOpt) ? KnowledgeBase::open(p.value(kbOpt), mode, &se)
                                                       : BundledBase::open(mode, &se);
    if (!kb)
        return fail(OpenFailed, se.message);

    if (cmd == QLatin1String("list")) {
        const auto refs = kb->entities(kind, {}, 0, -1, true);
        if (json) {
            QJsonArray a;
            for (const EntityRef &r : refs)
                a.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), entityKindId(r.kind)},
                                     {QStringLiteral("name"), r.name}, {QStringLiteral("aliases"), QJsonArray::fromStringList(r.aliases)}});
            printJson(out, a);
        } else {
            for (const EntityRef &r : refs)
                out << r.id << '\t' << r.name << (r.aliases.isEmpty() ? QString() : QStringLiteral("\t(") + r.aliases.join(QStringLiteral(", ")) + u')') << '\n';
        }
        return Ok;
    }
    if (cmd == QLatin1String("show")) {
        if (pos.size() != 2)
            return fail(Usage, QStringLiteral("show takes one ID"));
        const auto e = kb->entity(pos[1]);
        if (!e)
            return fail(NotFound, QStringLiteral("no entity with id \"%1\"").arg(pos[1]));
        const auto rels = kb->relations(e->id);
        const auto back = kb->backlinks(e->id);
        if (json) {
            QJsonArray aliases, attrs, relations, citations, backlinks;
            for (const Alias &a : e->aliases)
                aliases.append(QJsonObject{{QStringLiteral("text"), a.text}, {QStringLiteral("lang"), a.language}, {QStringLiteral("script"), a.script}});
            for (const Attribute &a : e->attributes) {
                QJsonObject o{{QStringLiteral("key"), a.key}, {QStringLiteral("value"), a.value}};
                if (a.citation.isValid())
                    o.insert(QStringLiteral("citation"), citationJson(a.citation));
                attrs.append(o);
            }
            for (const Relation &r : rels) {
                const bool outgoing = r.subject == e->id;
                QJsonObject o{{QStringLiteral("direction"), outgoing ? QStringLiteral("out") : QStringLiteral("in")},
                              {QStringLiteral("subject"), r.subject}, {QStringLiteral("predicate"), r.predicate},
                              {QStringLiteral("object"), r.object}, {QStringLiteral("other"), outgoing ? r.object : r.subject},
                              {QStringLiteral("otherName"), kb->name(outgoing ? r.object : r.subject)},
                              {QStringLiteral("from"), dateJson(r.from)}, {QStringLiteral("to"), dateJson(r.to)}};
                if (r.citation.isValid())
                    o.insert(QStringLiteral("citation"), citationJson(r.citation));
                relations.append(o);
            }
            for (const Mention &m : back)
                backlinks.append(QJsonObject{{QStringLiteral("id"), m.fromId}, {QStringLiteral("name"), m.fromName},
                                             {QStringLiteral("section"), m.section}, {QStringLiteral("label"), m.label}, {QStringLiteral("count"), m.count}});
            for (const Citation &c : e->citations)
                citations.append(citationJson(c));
            printJson(out, QJsonObject{{QStringLiteral("id"), e->id}, {QStringLiteral("kind"), entityKindId(e->kind)},
                                       {QStringLiteral("name"), e->name}, {QStringLiteral("aliases"), aliases},
                                       {QStringLiteral("summary"), e->summary}, {QStringLiteral("body"), e->body},
                                       {QStringLiteral("date"), dateJson(e->date)}, {QStringLiteral("attributes"), attrs},
                                       {QStringLiteral("relations"), relations}, {QStringLiteral("backlinks"), backlinks},
                                       {QStringLiteral("citations"), citations}});
        } else {
            out << e->name << "  [" << e->id << "]\n";
            for (const Alias &a : e->aliases)
                out << "  also: " << a.text << (a.language.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.language)) << '\n';
            if (e->date.isValid())
                out << "  date: " << e->date.toDisplayString(QLocale(QLocale::English)) << " (" << e->date.iso() << ")\n";
            if (!e->summary.isEmpty())
                out << '\n' << e->summary << '\n';
            for (const Attribute &a : e->attributes)
                out << "  " << a.key << ": " << a.value << '\n';
            if (!rels.isEmpty())
                out << "\nRelations:\n";
            for (const Relation &r : rels)
                out << "  " << kb->name(r.subject) << " —" << r.predicate << "→ " << kb->name(r.object)
                    << (r.from.isValid() ? QStringLiteral(" (from %1)").arg(r.from.iso()) : QString()) << '\n';
            if (!back.isEmpty())
                out << "\nMentioned in:\n";
            for (const Mention &m : back)
                out << "  " << m.fromName << (m.section.isEmpty() ? QString() : QStringLiteral(" — ") + m.section) << '\n';
            if (!e->citations.isEmpty())
                out << "\nCitations:\n";
            for (qsizetype i = 0; i < e->citations.size(); ++i)
                out << "  [" << i + 1 << "] " << e->citations[i].section << ": \"" << e->citations[i].sentence << "\"\n";
        }
        return Ok;
    }
    if (cmd == QLatin1String("events")) {
        const auto evs = kb->events();
        if (json) {
            QJsonArray a;
            for (const EntityRef &r : evs)
                a.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
                                     {QStringLiteral("date"), dateJson(r.date)}, {QStringLiteral("summary"), r.summary}});
            printJson(out, a);
        } else {
            for (const EntityRef &r : evs)
                out << (r.date.isValid() ? r.date.iso() : QStringLiteral("(undated)")) << '\t' << r.name << '\n';
        }
        return Ok;
    }
    if (cmd == QLatin1String("search")) {
        if (pos.size() < 2)
            return fail(Usage, QStringLiteral("search takes a QUERY"));
        bool ok = false;
        const int limit = p.value(limitOpt).toInt(&ok);
        if (!ok || limit <= 0)
            return fail(Usage, QStringLiteral("--limit takes a positive number"));
        SearchQuery q;
        q.text = pos.mid(1).join(u' ');
        q.kind = kind;
        q.limit = limit;
        QString why;
        const auto hits = kb->search().search(q, &why);
        if (!why.isEmpty())
            return fail(OpenFailed, why);
        if (json) {
            QJsonArray a;
            for (const SearchHit &h : hits) {
                QJsonObject o{{QStringLiteral("id"), h.id}, {QStringLiteral("kind"), entityKindId(h.kind)}, {QStringLiteral("name"), h.name},
                              {QStringLiteral("snippet"), plainSnippet(h.snippet)}, {QStringLiteral("score"), h.score}};
                if (!h.section.isEmpty())
                    o.insert(QStringLiteral("section"), h.section);
                a.append(o);
            }
            printJson(out, a);
        } else {
            for (const SearchHit &h : hits)
                out << h.id << '\t' << h.name << '\t' << plainSnippet(h.snippet) << '\n';
            if (hits.isEmpty()) {
                const QStringList dym = kb->search().didYouMean(q.text);
                out << "No results." << (dym.isEmpty() ? QString() : QStringLiteral(" Did you mean: ") + dym.join(QStringLiteral(", ")) + u'?') << '\n';
            }
        }
        return Ok;
    }
    if (cmd == QLatin1String("check")) {
        const IntegrityReport r = kb->check(false);
        if (json) {
            printJson(out, QJsonObject{{QStringLiteral("ok"), r.ok}, {QStringLiteral("file"), kb->path()},
                                       {QStringLiteral("checks"), QJsonArray::fromStringList(r.checks)},
                                       {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}});
        } else {
            out << kb->path() << ": " << (r.ok ? "ok" : "DAMAGED") << " (" << r.checks.join(QStringLiteral(", ")) << ")\n";
            for (const QString &pr : r.problems)
                out << "  " << pr << '\n';
        }
        return r.ok ? Ok : Damaged;
    }
    if (cmd == QLatin1String("export-pdf")) {
        if (pos.size() != 2)
            return fail(Usage, QStringLiteral("export-pdf takes one SECTION (see --help)"));
        if (!p.isSet(outOpt) || p.value(outOpt).isEmpty())
            return fail(Usage, QStringLiteral("export-pdf needs -o FILE"));
        QString why;
        const auto section = ExportSection::fromCliName(pos[1], &why);
        if (!section)
            return fail(NotFound, why);
        // The reader's locale picks paper and direction unless told otherwise; the C locale means English.
        QLocale locale = p.isSet(localeOpt) ? QLocale(p.value(localeOpt)) : QLocale::system();
        if (locale.language() == QLocale::C)
            locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        ExportOptions options = ExportOptions::forLocale(locale);
        if (p.isSet(pageSizeOpt)) {
            const auto size = ExportOptions::pageSizeFromId(p.value(pageSizeOpt));
            if (!size)
                return fail(Usage, QStringLiteral("unknown page size \"%1\" (a4, letter, legal, a5)").arg(p.value(pageSizeOpt)));
            options.pageSize = *size;
        }
        if (p.isSet(landscapeOpt))
            options.orientation = ExportOptions::Orientation::Landscape;
        if (p.isSet(rtlOpt))
            options.rightToLeft = true;
        options.includeCitations = !p.isSet(noCitationsOpt);
        options.includeLinkedSummaries = !p.isSet(noSummariesOpt);
        const QString file = p.value(outOpt);
        const ExportResult r = PdfExporter(*kb, options).exportToFile(*section, file);
        if (!r.ok())
            return fail(r.status == ExportResult::Status::NotFound ? NotFound : ExportFailed, r.message);
        if (json)
            printJson(out, QJsonObject{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()}, {QStringLiteral("section"), section->toCliName()},
                                       {QStringLiteral("pages"), r.pageCount}});
        else
            out << "Wrote " << file << " (" << r.pageCount << (r.pageCount == 1 ? " page)" : " pages)") << Qt::endl;
        return Ok;
    }
    return fail(Usage, QStringLiteral("unknown command \"%1\"").arg(cmd));
}

} // namespace tkb
