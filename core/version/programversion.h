// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The program's version as the build worked it out (git tag, else the project version; cmake/ProgramVersion.cmake),
// the one source for --version, Help > About and the PDF's producer line.
#include <QString>

namespace tkb {

class ProgramVersion
{
public:
    /// "1.2.0" on a release tag, "1.2.0+5.gabc1234" after it, the project version without a tag.
    static QString text();
    /// Whether this build is exactly a release tag.
    static bool isRelease();
};

} // namespace tkb
