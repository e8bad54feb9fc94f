// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's history queries: one entity's revisions, and the recent and the not-applied changesets.
namespace tkb {

class CliContext;

class HistoryCommands
{
public:
    static int history(CliContext &ctx);
    static int changes(CliContext &ctx);
};

} // namespace tkb
