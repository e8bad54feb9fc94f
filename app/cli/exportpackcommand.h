// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli export-pack: the whole knowledge base, with its history, as a knowledge pack file.
namespace tkb {

class CliContext;

class ExportPackCommand
{
public:
    static int run(CliContext &ctx);
};

} // namespace tkb
