// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's push and pull: a whole knowledge base (sources, entities, relations and history) copied from a file
// to an empty database on a server, or from a server to a new file, as a pack through core's import.
namespace tkb {

class CliContext;

class TransferCommands
{
public:
    /// push FILE --to URL
    static int push(CliContext &ctx);
    /// pull URL --to FILE
    static int pull(CliContext &ctx);
};

} // namespace tkb
