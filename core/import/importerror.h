// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why an import failed, with the line (1-based; 0 when no line applies) so the user can fix the input.
#include <QString>

namespace tkb {

struct ImportError
{
    int line = 0;
    QString message;
    bool isError() const { return !message.isEmpty(); }
    /// "file:12: message" or "file: message"
    QString toString(const QString &file = {}) const
    {
        QString where = file;
        if (line > 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QStringLiteral("line %1").arg(line);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

} // namespace tkb
