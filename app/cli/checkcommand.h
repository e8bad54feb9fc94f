// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's check: the knowledge base's integrity report; exits Damaged when it found problems.
namespace tkb {

class CliContext;

class CheckCommand
{
public:
    static int run(CliContext &ctx);
};

} // namespace tkb
