// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's read-only queries over a knowledge base: list, events and search, as text or JSON.
namespace tkb {

class CliContext;

class QueryCommands
{
public:
    static int list(CliContext &ctx);
    static int events(CliContext &ctx);
    static int search(CliContext &ctx);
};

} // namespace tkb
