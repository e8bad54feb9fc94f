// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What qualifies a claim beyond its value: how firmly it is made, by whom, whether it no longer holds, a note.
#include <core/model/claimstatus.h>

namespace tkb {

struct Qualifiers
{
    ClaimStatus status = ClaimStatus::Stated;
    QString accordingTo; ///< who reports it or holds the opinion: an entity id or a name in words
    bool former = false; ///< held once and no longer; the end is not known (never an invented end date)
    QString note; ///< e.g. why a reading is ambiguous, in the source's words
    bool isPlain() const { return *this == Qualifiers {}; }
    friend bool operator==(const Qualifiers &, const Qualifiers &) = default;
};

} // namespace tkb
