// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The program's one KSyntaxHighlighting repository: loading the definitions is costly, so every source view
// shares it instead of making its own.
namespace KSyntaxHighlighting {
class Repository;
}

namespace tkb {

class SyntaxRepository
{
public:
    /// Created on first use (after QApplication), lives until the program ends.
    static KSyntaxHighlighting::Repository &instance();
};

} // namespace tkb
