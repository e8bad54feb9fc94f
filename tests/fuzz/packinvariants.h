// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What must hold for any pack an importer accepts, checked by storing it in a fresh base: the import succeeds or
// is refused as Invalid with a message (never an I/O error, a crash, or half a pack), and what was stored reads
// back exactly as given. Breaking a promise aborts, which libFuzzer reports with the input that did it.
#include <core/model/knowledgepack.h>

#include <QHash>

#include "scratchbase.h"

class PackInvariants
{
public:
    [[noreturn]] static void broken(const QString &what)
    {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(what.left(2000)));
        std::abort();
    }

    /// Text SQLite stores unchanged. Known exceptions (SQLite's UTF-16 conversion): lone surrogates and the
    /// noncharacters U+FFFE/U+FFFF become U+FFFD, and a leading U+FEFF is taken for a byte order mark.
    static bool storable(const QString &s)
    {
        return s.isValidUtf16() && !s.contains(QChar(0xFFFE)) && !s.contains(QChar(0xFFFF))
            && !s.startsWith(QChar(0xFEFF));
    }

    static bool storable(const tkb::KnowledgePack &p)
    {
        auto cite
            = [](const tkb::Citation &c) { return storable(c.source) && storable(c.section) && storable(c.sentence); };
        auto date = [](const tkb::FuzzyDate &d) { return storable(d.text()); };
        // Qualifiers and citations of any claim: alias, attribute, relation or date.
        auto claim = [&](const auto &c) {
            if constexpr (requires { c.date; }) {
                if (!date(c.date))
                    return false;
            }
            return storable(c.qualifiers.accordingTo) && storable(c.qualifiers.note)
                && std::all_of(c.citations.begin(), c.citations.end(), cite);
        };
        for (const tkb::SourceDocument &s : p.sources) {
            if (!storable(s.id) || !storable(s.title) || !storable(s.origin))
                return false;
            for (const tkb::Attribute &a : s.infobox) {
                if (!storable(a.key) || !storable(a.value)
                    || !std::all_of(a.citations.begin(), a.citations.end(), cite))
                    return false;
            }
            for (const tkb::Section &sec : s.sections) {
                if (!storable(sec.id) || !storable(sec.title) || !storable(sec.text))
                    return false;
            }
        }
        for (const tkb::Entity &e : p.entities) {
            if (!storable(e.id) || !storable(e.name) || !storable(e.summary) || !storable(e.body)
                || !std::all_of(e.dates.begin(), e.dates.end(), claim))
                return false;
            for (const tkb::Alias &a : e.aliases) {
                if (!storable(a.text) || !storable(a.language) || !storable(a.script) || !claim(a))
                    return false;
            }
            for (const tkb::Attribute &a : e.attributes) {
                if (!storable(a.key) || !storable(a.value) || !claim(a) || !date(a.from) || !date(a.to))
                    return false;
            }
            for (const tkb::Citation &c : e.citations) {
                if (!cite(c))
                    return false;
            }
        }
        for (const tkb::Relation &r : p.relations) {
            if (!storable(r.subject) || !storable(r.predicate) || !storable(r.object) || !claim(r) || !date(r.from)
                || !date(r.to))
                return false;
        }
        return true;
    }

    static void importAndVerify(ScratchBase &scratch, const tkb::KnowledgePack &pack)
    {
        auto kb = scratch.fresh();
        tkb::StoreError err;
        if (!kb->importPack(pack, &err)) {
            if (err.code != tkb::StoreError::Code::Invalid || err.message.isEmpty())
                broken(QStringLiteral("an accepted pack was refused with code %1: %2")
                        .arg(int(err.code))
                        .arg(err.message));
            if (kb->count(std::nullopt) != 0 || !kb->sources().isEmpty())
                broken(QStringLiteral("a refused import left rows behind"));
            return;
        }
        if (!storable(pack))
            return;
        // Later rows with the same id replace earlier ones, as in the store.
        QHash<QString, tkb::Entity> entities;
        for (const tkb::Entity &e : pack.entities)
            entities.insert(e.id, e);
        for (const tkb::Entity &e : std::as_const(entities)) {
            const auto back = kb->entity(e.id);
            if (!back)
                broken(QStringLiteral("%1 was imported but is not there").arg(e.id));
            if (!(*back == e))
                broken(QStringLiteral("%1 reads back different from what was imported").arg(e.id));
        }
        QHash<QString, tkb::SourceDocument> sources;
        for (tkb::SourceDocument s : pack.sources) {
            // An infobox line is its own source: the store keeps key and value, the citation is the line itself.
            for (tkb::Attribute &a : s.infobox)
                a.citations = {};
            sources.insert(s.id, s);
        }
        for (const tkb::SourceDocument &s : std::as_const(sources)) {
            const auto back = kb->source(s.id);
            if (!back || !(*back == s))
                broken(QStringLiteral("source %1 reads back different from what was imported").arg(s.id));
            if (!kb->contains(s.id))
                broken(QStringLiteral("source %1 has no entity").arg(s.id));
        }
        for (const tkb::Relation &r : pack.relations) {
            if (!kb->relations(r.subject).contains(r))
                broken(QStringLiteral("relation %1 %2 %3 was imported but is not there")
                        .arg(r.subject, r.predicate, r.object));
        }
    }
};
