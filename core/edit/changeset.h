// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A change document as read (docs/CHANGES.md): who made it and why, its changes in order, and its JSON as given,
// which is what the store records so the changes can be replayed.
#include <core/edit/change.h>

#include <QJsonObject>
#include <QList>

namespace tkb {

struct ChangeSet
{
    static inline const QString format = QStringLiteral("talysh-kb-changes");
    static constexpr int formatVersion = 1;

    QString author; ///< as the document gives it; may be empty
    QString comment;
    QList<Change> changes;
    QJsonObject json; ///< the whole document

    /// The name used when neither the command line nor the document gives one: $TALYSHKB_AUTHOR, else the
    /// operating system's user name.
    static QString defaultAuthor();
};

} // namespace tkb
