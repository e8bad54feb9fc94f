// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's show: one entity with its claims (aliases, dates, attributes, relations both ways) and what qualifies
// and cites each, its backlinks and citations.
#include <core/model/entity.h>
#include <core/model/relation.h>
#include <core/store/mention.h>

#include <QList>

namespace tkb {

class CliContext;

class ShowCommand
{
public:
    static int run(CliContext &ctx);

private:
    static void printJson(
        const CliContext &ctx, const Entity &e, const QList<Relation> &rels, const QList<Mention> &back);
    static void printText(
        const CliContext &ctx, const Entity &e, const QList<Relation> &rels, const QList<Mention> &back);
};

} // namespace tkb
