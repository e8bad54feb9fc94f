// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Replays changesets recorded in one knowledge base onto another (a base rebuilt from a newer pack): each in
// order, through the applier, keeping its time, author and comment; one that no longer applies is recorded as
// not applied, with why, never dropped.
#include <core/store/changesetinfo.h>

#include <QList>

namespace tkb {

class KnowledgeBase;

class ChangeReplayer
{
public:
    struct Result
    {
        int applied = 0;
        QList<ChangeSetInfo> notApplied; ///< as recorded, with state and problem
        QString error; ///< the target could not be written at all
        bool ok() const { return error.isEmpty(); }
    };
    static Result replay(KnowledgeBase &target, const QList<ChangeSetInfo> &changeSets);
};

} // namespace tkb
