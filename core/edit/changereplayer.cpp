// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changeapplier.h>
#include <core/edit/changereader.h>
#include <core/edit/changereplayer.h>
#include <core/store/knowledgebase.h>

namespace tkb {

ChangeReplayer::Result ChangeReplayer::replay(KnowledgeBase &target, const QList<ChangeSetInfo> &changeSets)
{
    Result result;
    ChangeApplier applier(target);
    for (ChangeSetInfo info : changeSets) {
        info.id = 0;
        info.state = ChangeSetInfo::applied;
        QString why;
        const std::optional<ChangeSet> set = ChangeReader::read(info.changes.toUtf8(), &why);
        if (set && applier.apply(*set, info, &why)) {
            info.problem.clear();
            ++result.applied;
            continue;
        }
        info.state = ChangeSetInfo::notApplied;
        info.problem = why;
        StoreError se;
        if (!target.recordNotApplied(info, &se)) {
            result.error = se.message;
            return result;
        }
        result.notApplied.append(info);
    }
    return result;
}

} // namespace tkb
