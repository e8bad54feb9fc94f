// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "checkcommand.h"
#include "clicontext.h"
#include "editcommands.h"
#include "exportpackcommand.h"
#include "exportpdfcommand.h"
#include "historycommands.h"
#include "importcommand.h"
#include "querycommands.h"
#include "showcommand.h"
#include "transfercommands.h"
#include <optional>

namespace tkb {

namespace {

struct Command
{
    QLatin1StringView name;
    /// How the command opens --kb (or the bundled base) before it runs; none for a command that opens its own.
    std::optional<KnowledgeBase::OpenMode> base;
    int (*run)(CliContext &);
};

const Command *findCommand(const QString &name)
{
    using Mode = KnowledgeBase::OpenMode;
    // check wants write access where the file allows it: FTS5's own integrity check runs as a write.
    static const Command commands[] = {
        { QLatin1StringView("list"), Mode::ReadOnly, &QueryCommands::list },
        { QLatin1StringView("show"), Mode::ReadOnly, &ShowCommand::run },
        { QLatin1StringView("events"), Mode::ReadOnly, &QueryCommands::events },
        { QLatin1StringView("search"), Mode::ReadOnly, &QueryCommands::search },
        { QLatin1StringView("import"), std::nullopt, &ImportCommand::run },
        { QLatin1StringView("check"), Mode::ReadWrite, &CheckCommand::run },
        { QLatin1StringView("export-pdf"), Mode::ReadOnly, &ExportPdfCommand::run },
        { QLatin1StringView("apply"), Mode::ReadWrite, &EditCommands::apply },
        { QLatin1StringView("revert"), Mode::ReadWrite, &EditCommands::revert },
        { QLatin1StringView("history"), Mode::ReadOnly, &HistoryCommands::history },
        { QLatin1StringView("changes"), Mode::ReadOnly, &HistoryCommands::changes },
        { QLatin1StringView("export-pack"), Mode::ReadOnly, &ExportPackCommand::run },
        { QLatin1StringView("push"), std::nullopt, &TransferCommands::push },
        { QLatin1StringView("pull"), std::nullopt, &TransferCommands::pull },
    };
    for (const Command &c : commands) {
        if (name == c.name)
            return &c;
    }
    return nullptr;
}

void addOptions(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOptions({
        QCommandLineOption(QStringLiteral("kb"), QString(), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("TARGET")),
        QCommandLineOption(QStringLiteral("json")),
        QCommandLineOption(QStringLiteral("kind"), QString(), QStringLiteral("KIND")),
        QCommandLineOption(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("20")),
        QCommandLineOption(
            QStringList { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("FILE")),
        QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }),
        QCommandLineOption(QStringList { QStringLiteral("v"), QStringLiteral("version") }),
        QCommandLineOption(QStringLiteral("page-size"), QString(), QStringLiteral("SIZE")),
        QCommandLineOption(QStringLiteral("landscape")),
        QCommandLineOption(QStringLiteral("rtl")),
        QCommandLineOption(QStringLiteral("locale"), QString(), QStringLiteral("LOCALE")),
        QCommandLineOption(QStringLiteral("no-citations")),
        QCommandLineOption(QStringLiteral("no-summaries")),
        QCommandLineOption(QStringLiteral("author"), QString(), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("comment"), QString(), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("undo")),
    });
}

} // namespace

QString CliCommands::helpText()
{
    return QStringLiteral(R"(Usage: talysh-kb-cli [--kb FILE] [--json] COMMAND [ARGS]

Scripting interface to a Talysh knowledge base: a file, or a database on a PostgreSQL
server (--kb postgresql://user@host:port/database). Without --kb, the bundled knowledge
base (built from the shipped pack in the user's data folder on first use) is used.

Commands:
  list [--kind KIND]          entities, by name: [{id, kind, name, aliases}]
  show ID                     one entity with attributes, relations (both directions),
                              backlinks and citations
  events                      events in chronological order, {date: {iso, precision}}
  search QUERY [--limit N] [--kind KIND]
                              full-text search in any spelling or script and any form of
                              a word, best first: [{id, kind, name, snippet, score}];
                              QUERY may hold filters: kind:person, 1993..2008, 2004..,
                              before:2004, after:1995, in:History, source:unpo
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
  apply CHANGES.json [--author NAME] [--comment TEXT]
                              apply a change document (docs/CHANGES.md): all of it or,
                              on any error, nothing; the error names the change
  history ID                  the entity's revisions (time, author, action, comment) and
                              any change of it that no longer applies
  changes [--limit N]         recent changesets, and those that no longer apply
  revert ID REVISION [--undo] [--author NAME] [--comment TEXT]
                              make the entity as it was right after REVISION (a new
                              revision; a deletion's revision deletes it again); with
                              --undo, as it was right before REVISION
  export-pack OUT.json        the whole knowledge base with its history as a pack
  push FILE --to URL          publish the base in FILE (with its history) to an empty
                              database on a server (docs/SERVER.md)
  pull URL --to FILE          an offline copy of the base on a server in a new FILE

Options:
  --kb FILE      knowledge base file or server address (default: the bundled one);
                 the server's password comes from ~/.pgpass or a service file
  --json         machine-readable output (every query command)
  --kind KIND    person, organization, place, event, goal, topic or source
  --author NAME  who makes a change (default: the document's "author", then
                 $TALYSHKB_AUTHOR, then the user name)
  -o, --output FILE
                 the file export-pdf writes
  -h, --help     this help
  -v, --version  the version

Exit codes:
  0  success
  1  usage error (unknown command or option, missing argument), or apply/revert
     refused the change (nothing was written); the message names the change
  2  not found (no such entity, section or input file)
  3  the knowledge base cannot be opened (missing, damaged, not a knowledge base,
     made by a newer version, locked); the message says which
  4  import failed (bad input; OUT is unchanged); the message names the line
  5  check found problems
  6  the PDF or pack could not be written (nothing is left behind)
Errors go to standard error as one line: "talysh-kb-cli: error: MESSAGE".
)");
}

int CliCommands::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    addOptions(p);
    CliContext ctx(p, out, err);
    if (!p.parse(args))
        return ctx.fail(Usage, p.errorText() + QStringLiteral(" (see --help)"));
    if (p.isSet(QStringLiteral("help"))) {
        out << helpText();
        return Ok;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out << "talysh-kb-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return ctx.fail(Usage, QStringLiteral("no command given (see --help)"));
    if (p.isSet(QStringLiteral("kind"))) {
        const auto kind = entityKindFromId(p.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.fail(Usage,
                QStringLiteral("unknown kind \"%1\" (person, organization, place, event, goal, topic, source)")
                    .arg(p.value(QStringLiteral("kind"))));
        ctx.setKind(kind);
    }
    const Command *command = findCommand(pos.first());
    if (!command)
        return ctx.fail(Usage, QStringLiteral("unknown command \"%1\" (see --help)").arg(pos.first()));
    StoreError se;
    if (command->base && !ctx.openBase(*command->base, &se))
        return ctx.fail(OpenFailed, se.message);
    return command->run(ctx);
}

} // namespace tkb
