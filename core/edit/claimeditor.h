// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Adds, removes and replaces one claim (alias, attribute, relation or date) of a document: a match selects exactly
// one existing claim by the JSON fields it gives; an add never replaces a claim, so competing claims are all kept.
#include <core/edit/change.h>

namespace tkb {

class ClaimEditor
{
public:
    /// Applies an add, remove or replace change to doc; on failure doc is unchanged and error says why.
    static bool apply(const Change &change, EntityDocument *doc, QString *error);
    /// Whether every field match gives is the same in claim (a JSON object of the claim).
    static bool matches(const QJsonObject &claim, const QJsonObject &match);
};

} // namespace tkb
