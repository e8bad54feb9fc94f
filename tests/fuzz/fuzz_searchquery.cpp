// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: search, type-ahead and "did you mean" on arbitrary text (the input as UTF-8) over a small
// base built once from the seed article and a hand-made pack. User text must never raise an error (no FTS5
// syntax error, no "no such column"), nor return more than asked, a hit that does not exist, a hit of another
// kind than the filter, or a snippet whose match marks do not pair up; and the input read as marked-up text
// loses its links the same way through the UTF-8 and the QString code.
#include <core/import/articleimporter.h>
#include <core/model/wikilink.h>
#include <core/search/searchindex.h>

#include <QCoreApplication>

#include "../core/testpack.h"
#include "scratchbase.h"
#include <cmath>

namespace {

ScratchBase *scratch = nullptr;
tkb::KnowledgeBase *kb = nullptr;

[[noreturn]] void broken(const QString &query, const QString &what)
{
    std::fprintf(stderr, "invariant broken for query \"%s\": %s\n", qPrintable(query.left(200)), qPrintable(what));
    std::abort();
}

bool marksPair(const QString &s)
{
    bool open = false;
    for (QChar c : s) {
        if (c == tkb::SearchIndex::markStart) {
            if (open)
                return false;
            open = true;
        } else if (c == tkb::SearchIndex::markEnd) {
            if (!open)
                return false;
            open = false;
        }
    }
    return !open;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    scratch = new ScratchBase;
    kb = scratch->fresh().release();
    // Close the base and remove the scratch folder before Qt's own statics go at exit (registered after them,
    // so this runs first).
    std::atexit([] {
        delete kb;
        delete scratch;
    });
    tkb::ImportError ie;
    const auto article = tkb::ArticleImporter::parseFile(QStringLiteral(TKB_SEED_ARTICLE), &ie);
    if (!article)
        ScratchBase::die("cannot read the seed article", ie.toString(QStringLiteral(TKB_SEED_ARTICLE)));
    tkb::StoreError err;
    if (!kb->importPack(*article, &err) || !kb->importPack(tkbtest::smallPack(), &err))
        ScratchBase::die("cannot build the search base", err.message);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const tkb::SearchIndex &search = kb->search();
    for (const bool prefix : { true, false }) {
        for (const std::optional<tkb::EntityKind> kind : { std::optional<tkb::EntityKind>(),
                 std::optional(tkb::EntityKind::Person), std::optional(tkb::EntityKind::Source) }) {
            tkb::SearchQuery q;
            q.text = text;
            q.prefix = prefix;
            q.kind = kind;
            q.limit = 7;
            QString error;
            const auto hits = search.search(q, &error);
            if (!error.isEmpty())
                broken(text, QStringLiteral("search failed: ") + error);
            if (hits.size() > q.limit)
                broken(text, QStringLiteral("%1 hits for a limit of %2").arg(hits.size()).arg(q.limit));
            for (const tkb::SearchHit &h : hits) {
                if (!kb->contains(h.id))
                    broken(text, QStringLiteral("hit %1 does not exist").arg(h.id));
                if (kind && h.kind != *kind)
                    broken(text, QStringLiteral("hit %1 is not of the kind asked for").arg(h.id));
                if (!marksPair(h.snippet))
                    broken(text, QStringLiteral("unpaired marks in the snippet of %1: %2").arg(h.id, h.snippet));
                if (!std::isfinite(h.score))
                    broken(text, QStringLiteral("score of %1 is not a number").arg(h.id));
            }
        }
    }
    const auto suggestions = search.suggest(text, 5);
    if (suggestions.size() > 5)
        broken(text, QStringLiteral("%1 suggestions for a limit of 5").arg(suggestions.size()));
    for (const tkb::Suggestion &s : suggestions) {
        // A filter being completed ("kind:" → "kind:person") names no entity: it carries the text to take instead,
        // which keeps what was typed before the filter.
        if (s.id.isEmpty()) {
            const QString kept = text.left(text.lastIndexOf(u' ') + 1);
            if (s.completion.isEmpty() || !s.completion.startsWith(kept) || !s.name.contains(u':'))
                broken(text,
                    QStringLiteral("filter completion \"%1\" does not complete what was typed").arg(s.completion));
            continue;
        }
        if (!kb->contains(s.id))
            broken(text, QStringLiteral("suggestion %1 does not exist").arg(s.id));
    }
    if (search.didYouMean(text, 3).size() > 3)
        broken(text, QStringLiteral("more than 3 spellings offered"));
    // The input as a marked-up text: snippets strip links from the stored UTF-8 as the QString code does, and
    // broken UTF-8 (a damaged file) is read without harm.
    std::string stripped;
    tkb::WikiLink::stripMarkup(std::string_view(reinterpret_cast<const char *>(data), size), stripped);
    const QByteArray utf8 = text.toUtf8();
    tkb::WikiLink::stripMarkup(std::string_view(utf8.constData(), std::size_t(utf8.size())), stripped);
    if (QString::fromStdString(stripped) != tkb::WikiLink::stripMarkup(text))
        broken(text, QStringLiteral("UTF-8 link stripping differs: ") + QString::fromStdString(stripped));
    return 0;
}
