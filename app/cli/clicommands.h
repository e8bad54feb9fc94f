// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// talysh-kb-cli's commands: parses the command line and runs one command over core, printing text or JSON.
#include <QStringList>
#include <QTextStream>

namespace tkb {

class CliCommands
{
public:
    enum ExitCode {
        Ok = 0,
        Usage = 1, ///< unknown command or option, missing argument
        Refused = 1, ///< apply or revert refused the change (bad document, does not fit the base); nothing written
        NotFound = 2, ///< no entity, section or file of that name
        OpenFailed = 3, ///< the knowledge base cannot be opened (damaged, not a knowledge base, newer ...)
        ImportFailed = 4, ///< bad input; the target knowledge base is unchanged
        Damaged = 5, ///< check found problems
        ExportFailed = 6, ///< the PDF or pack could not be written; nothing is left behind
    };
    static QString helpText();
    /// Runs the command in args (args[0] is the program). Returns the exit code.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace tkb
