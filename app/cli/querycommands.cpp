// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycommands.h"

#include <core/document/snippetmarks.h>
#include <core/search/searchindex.h>

#include <QJsonArray>
#include <QJsonObject>

#include "clicommands.h"
#include "clicontext.h"
#include "clijson.h"

namespace tkb {

namespace {

QString plainSnippet(const QString &s)
{
    return SnippetMarks::wrapped(s, QStringLiteral("["), QStringLiteral("]"), false);
}

} // namespace

int QueryCommands::list(CliContext &ctx)
{
    const auto refs = ctx.base().entities(ctx.kind(), {}, 0, -1, true);
    if (ctx.json()) {
        QJsonArray a;
        for (const EntityRef &r : refs)
            a.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("kind"), entityKindId(r.kind) },
                { QStringLiteral("name"), r.name },
                { QStringLiteral("aliases"), QJsonArray::fromStringList(r.aliases) } });
        ctx.printJson(a);
    } else {
        for (const EntityRef &r : refs)
            ctx.out() << r.id << '\t' << r.name
                      << (r.aliases.isEmpty() ? QString()
                                              : QStringLiteral("\t(") + r.aliases.join(QStringLiteral(", ")) + u')')
                      << '\n';
    }
    return CliCommands::Ok;
}

int QueryCommands::events(CliContext &ctx)
{
    const auto evs = ctx.base().events();
    if (ctx.json()) {
        QJsonArray a;
        for (const EntityRef &r : evs)
            a.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name },
                { QStringLiteral("date"), CliJson::date(r.date) }, { QStringLiteral("summary"), r.summary } });
        ctx.printJson(a);
    } else {
        for (const EntityRef &r : evs)
            ctx.out() << (r.date.isValid() ? r.date.iso() : QStringLiteral("(undated)")) << '\t' << r.name << '\n';
    }
    return CliCommands::Ok;
}

int QueryCommands::search(CliContext &ctx)
{
    if (ctx.arguments().isEmpty())
        return ctx.fail(CliCommands::Usage, QStringLiteral("search takes a QUERY"));
    bool ok = false;
    const int limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return ctx.fail(CliCommands::Usage, QStringLiteral("--limit takes a positive number"));
    SearchQuery q;
    q.text = ctx.arguments().join(u' ');
    q.kind = ctx.kind();
    q.limit = limit;
    QString why;
    const auto hits = ctx.base().search().search(q, &why);
    if (!why.isEmpty())
        return ctx.fail(CliCommands::OpenFailed, why);
    if (ctx.json()) {
        QJsonArray a;
        for (const SearchHit &h : hits) {
            QJsonObject o { { QStringLiteral("id"), h.id }, { QStringLiteral("kind"), entityKindId(h.kind) },
                { QStringLiteral("name"), h.name }, { QStringLiteral("snippet"), plainSnippet(h.snippet) },
                { QStringLiteral("score"), h.score } };
            if (h.inSection) // a source's section, its untitled lead too ("section": "")
                o.insert(QStringLiteral("section"), h.section);
            a.append(o);
        }
        ctx.printJson(a);
        return CliCommands::Ok;
    }
    for (const SearchHit &h : hits)
        ctx.out() << h.id << '\t' << h.name << '\t' << plainSnippet(h.snippet) << '\n';
    if (hits.isEmpty()) {
        const QStringList dym = ctx.base().search().didYouMean(q.text);
        ctx.out() << "No results."
                  << (dym.isEmpty() ? QString()
                                    : QStringLiteral(" Did you mean: ") + dym.join(QStringLiteral(", ")) + u'?')
                  << '\n';
    }
    return CliCommands::Ok;
}

} // namespace tkb
