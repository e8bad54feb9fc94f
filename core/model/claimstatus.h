// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How firmly a source makes a claim: in its own voice, reporting someone, as a person's opinion, contested, or
// as one reading of ambiguous words.
#include <QString>

#include <optional>

namespace tkb {

enum class ClaimStatus { Stated, Reported, Opinion, Disputed, Ambiguous };

/// Stable, untranslated id used in packs, change documents and the CLI: "stated", "reported", ...
QString claimStatusId(ClaimStatus status);
std::optional<ClaimStatus> claimStatusFromId(QStringView id);
/// Translated label for pages ("reported", "opinion" ...), in the current UI language.
QString claimStatusName(ClaimStatus status);

} // namespace tkb
