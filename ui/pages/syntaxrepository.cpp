// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/pages/syntaxrepository.h>

#include <KSyntaxHighlighting/Repository>

namespace tkb {

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace tkb
