// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One import from input to a knowledge base file, the same for the command line, the window and the bundled
// base: tells an article from a knowledge pack by its content, reads it, opens or creates the base and imports
// it whole; a file the run created is removed again when the import fails, and an existing base loses nothing.
#include <core/import/importerror.h>
#include <core/model/knowledgepack.h>
#include <core/store/knowledgebase.h>
#include <core/store/storeerror.h>

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace tkb {

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(tkb::ImportRun)
public:
    enum class Format { Article, Pack };
    enum class Status {
        Ok,
        InputMissing, ///< no input file at that path
        InputUnreadable, ///< the input file exists but cannot be read
        BadInput, ///< the input is not a valid article or pack: inputError names the line
        OpenFailed, ///< the knowledge base cannot be opened or created: storeError says why
        ImportFailed, ///< the store refused the import (read-only, locked, inconsistent ...): storeError says why
    };

    struct Result
    {
        Status status = Status::Ok;
        QString error; ///< for the user: names the input and its line, or the store's reason
        ImportError inputError; ///< BadInput
        StoreError storeError; ///< OpenFailed, ImportFailed
        int entities = 0; ///< what was added, on success
        int relations = 0;
        int sources = 0;
        QString title; ///< of the imported pack or article
        std::unique_ptr<KnowledgeBase> base; ///< on success, still open for the caller to go on with

        bool ok() const { return status == Status::Ok; }
    };

    /// A JSON object is a pack and a "= Title =" first line an article; only when the content says neither
    /// does the name's extension choose (.json a pack, anything else an article), for the more telling error.
    static Format detect(const QByteArray &data, const QString &name = {});
    /// Reads data as detect() says; name is the input's file name, recorded as an article's origin.
    static std::optional<KnowledgePack> read(const QByteArray &data, const QString &name, ImportError *error);

    /// Imports the file at inputPath into kbPath, opened with mode (CreateOrOpen makes it when missing).
    static Result importFile(const QString &inputPath, const QString &kbPath, KnowledgeBase::OpenMode mode);
    /// The same for input already in memory; name stands for the input in messages and as origin.
    static Result importData(
        const QByteArray &data, const QString &name, const QString &kbPath, KnowledgeBase::OpenMode mode);

    /// Removes path and its SQLite side files (-wal, -shm).
    static void removeBaseFile(const QString &path);
};

} // namespace tkb
