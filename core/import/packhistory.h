// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The history a knowledge pack carries (format 2's "revisions"): the changesets, each with the change document that
// made it and the revisions it recorded, in both directions between a base and a pack's JSON.
#include <core/store/changesetinfo.h>
#include <core/store/revision.h>

#include <QJsonArray>

namespace tkb {

class KnowledgeBase;

class PackHistory
{
public:
    /// Every changeset of kb, oldest first, with its revisions.
    static QJsonArray toJson(const KnowledgeBase &kb);
    /// Reads a pack's "revisions" (absent: no history); error names the changeset that is malformed.
    static bool fromJson(
        const QJsonValue &json, QList<ChangeSetInfo> *changeSets, QList<Revision> *revisions, QString *error);
};

} // namespace tkb
