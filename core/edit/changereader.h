// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a change document (docs/CHANGES.md) into a ChangeSet, checking its form: every error names the change by
// its position and operation ("change 3 (add-alias person/x): ..."). Whether a change fits the base is the
// applier's question.
#include <core/edit/changeset.h>

#include <optional>

namespace tkb {

class ChangeReader
{
public:
    static std::optional<ChangeSet> read(const QByteArray &json, QString *error);
    static std::optional<ChangeSet> read(const QJsonObject &json, QString *error);
    /// The claim kinds add, remove and replace take.
    static QStringList claimKinds();
    /// Checks that a full claim of that kind reads (ClaimJson), for add and for replace's result.
    static bool checkClaim(const QString &claim, const QJsonObject &json, QString *error);
};

} // namespace tkb
