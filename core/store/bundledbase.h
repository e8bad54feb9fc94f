// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The knowledge base the program opens by default: built from the pack shipped inside the program into the
// user's data folder on first run, and rebuilt when the shipped pack changes. Only a file this class made
// (marked in its meta table) is ever replaced; anything else at that path is left alone.
#include <core/store/knowledgebase.h>

namespace tkb {

class BundledBase
{
public:
    /// Qt resource path of the shipped pack.
    static QString packResource();
    /// Where the default base lives (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    /// SHA-256 of the shipped pack, hex.
    static QString packDigest();
    /// Makes sure defaultPath() holds a current base built from the shipped pack, then opens it.
    static std::unique_ptr<KnowledgeBase> open(KnowledgeBase::OpenMode mode, StoreError *error);
    /// Builds a fresh base from the shipped pack at path (which must not exist).
    static bool build(const QString &path, StoreError *error);
};

} // namespace tkb
