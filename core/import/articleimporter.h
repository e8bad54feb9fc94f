// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads an article in the seed's plain format ("= Title =", an infobox of "- Key: Value" lines,
// "== Section ==" headings, a "==See also==" list) into a pack: the article as a source document, an entity
// for its subject carrying the infobox as cited attributes, and a topic for each "See also" entry.
#include <core/import/importerror.h>
#include <core/model/knowledgepack.h>

#include <optional>

namespace tkb {

class ArticleImporter
{
public:
    /// origin is recorded as where the article came from (usually the file name).
    static std::optional<KnowledgePack> parse(const QByteArray &data, const QString &origin, ImportError *error);
    static std::optional<KnowledgePack> parseFile(const QString &path, ImportError *error);
    /// "Talish (region)" -> "talish-region": lower-case ASCII words joined by '-'.
    static QString slug(const QString &text);
};

} // namespace tkb
