// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writes a whole knowledge base as a knowledge pack (format 2): its sources, entities with their claims, relations,
// and its history, so export and import give back the same base.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tkb {

class KnowledgeBase;

class PackWriter
{
public:
    static QJsonObject toJson(const KnowledgeBase &kb);
    /// Indented JSON, keys in order: the same base gives the same bytes.
    static QByteArray write(const KnowledgeBase &kb);
    /// Writes to path whole or not at all.
    static bool writeFile(const KnowledgeBase &kb, const QString &path, QString *error);
};

} // namespace tkb
