// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The knowledge base the program opens by default: built from the pack shipped inside the program into the
// user's data folder on first run, and rebuilt when the shipped pack changes, with the user's own changes replayed
// onto the new build (one that no longer applies is kept as not applied, never dropped). Only a file this class
// made (marked in its meta table) is ever replaced; anything else at that path is left alone.
#include <core/store/knowledgebase.h>

namespace tkb {

class BundledBase
{
public:
    /// Qt resource path of the shipped pack.
    static QString packResource();
    /// For tests: the pack at path stands in for the shipped one (a "newer program"); empty goes back to it.
    static void setPackFile(const QString &path);
    /// Where the default base lives (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    /// SHA-256 of the shipped pack, hex.
    static QString packDigest();
    /// Makes sure defaultPath() holds a current base built from the shipped pack, then opens it.
    static std::unique_ptr<KnowledgeBase> open(KnowledgeBase::OpenMode mode, StoreError *error,
        KnowledgeBase::Verification verification = KnowledgeBase::Verification::Full);
    /// Builds a fresh base from the shipped pack at path (which must not exist).
    static bool build(const QString &path, StoreError *error);
    /// Replays the user's changesets of an older build onto the base at path (ChangeReplayer).
    static bool replay(const QString &path, const QList<ChangeSetInfo> &edits, StoreError *error);
};

} // namespace tkb
