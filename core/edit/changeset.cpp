// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/changeset.h>

#include <QtGlobal>

namespace tkb {

QString ChangeSet::defaultAuthor()
{
    for (const char *name : { "TALYSHKB_AUTHOR", "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

} // namespace tkb
