// SPDX-License-Identifier: GPL-3.0-or-later
// talysh-kb-cli: the headless, scriptable interface over core.
#include <core/version/programversion.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include "clicommands.h"
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // PDF export lays out text with Qt Gui, which needs a platform; headless use must not need a display.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui |= qstrcmp(argv[i], "export-pdf") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(
        needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb"));
    QCoreApplication::setApplicationName(QStringLiteral("talysh-kb"));
    QCoreApplication::setApplicationVersion(tkb::ProgramVersion::text());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = tkb::CliCommands::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return rc;
}
