// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One recorded set of changes made at once: who, when, why, where it came from, whether it took effect, and the
// change document that made it (so it can be replayed onto a newer base).
#include <QDateTime>
#include <QString>

namespace tkb {

struct ChangeSetInfo
{
    static inline const QString userOrigin = QStringLiteral("user");
    static inline const QString packOrigin = QStringLiteral("pack");
    static inline const QString applied = QStringLiteral("applied");
    static inline const QString notApplied = QStringLiteral("not-applied");

    qint64 id = 0; ///< 0 until stored
    QDateTime time; ///< UTC; the store fills in now when invalid
    QString author;
    QString comment;
    QString origin = userOrigin; ///< "user" or "pack"
    QString state = applied; ///< "applied" or "not-applied"
    QString problem; ///< why a not-applied changeset did not apply
    QString changes; ///< the change document (JSON text)

    friend bool operator==(const ChangeSetInfo &, const ChangeSetInfo &) = default;
};

} // namespace tkb
