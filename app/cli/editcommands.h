// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's writes: apply a change document, revert an entity to one of its revisions; all or nothing.
namespace tkb {

class CliContext;

class EditCommands
{
public:
    static int apply(CliContext &ctx);
    static int revert(CliContext &ctx);
};

} // namespace tkb
