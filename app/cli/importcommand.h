// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's import: runs core's ImportRun into --kb OUT and maps its outcome to the CLI's exit codes.
namespace tkb {

class CliContext;

class ImportCommand
{
public:
    static int run(CliContext &ctx);
};

} // namespace tkb
