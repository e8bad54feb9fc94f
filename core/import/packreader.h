// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a knowledge pack (the reviewable JSON format in resources/pack/) into a KnowledgePack, checking it
// is self-consistent: unique ids, known kinds, well-formed dates, links and relations that resolve.
#include <core/import/importerror.h>
#include <core/model/knowledgepack.h>

#include <optional>

namespace tkb {

class PackReader
{
public:
    static std::optional<KnowledgePack> read(const QByteArray &json, ImportError *error);
    static std::optional<KnowledgePack> readFile(const QString &path, ImportError *error);
};

} // namespace tkb
