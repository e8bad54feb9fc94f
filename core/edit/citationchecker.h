// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks a citation against its source as the pack check does: the source must exist, and when the base holds the
// source's text, the cited passage must be verbatim in the section it names (links read as their labels).
#include <core/store/entitydocument.h>

namespace tkb {

class Workspace;

class CitationChecker
{
public:
    /// Every citation of a document: the entity's own and those of its claims and relations.
    static QList<Citation> citations(const EntityDocument &doc);
    /// Empty when c is fine, else why not.
    static QString problem(const Citation &c, Workspace &documents);
};

} // namespace tkb
