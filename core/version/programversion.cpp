// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/version/programversion.h>

#include <talyshkb_version.h>

namespace tkb {

QString ProgramVersion::text()
{
    return QStringLiteral(TALYSHKB_VERSION_TEXT);
}

bool ProgramVersion::isRelease()
{
    return TALYSHKB_VERSION_IS_RELEASE != 0;
}

} // namespace tkb
