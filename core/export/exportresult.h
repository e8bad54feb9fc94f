// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How an export ended, and the progress callback every export step reports to.
#include <QString>

#include <functional>

namespace tkb {

/// Called as an export advances; done counts up to total (which may grow once the page count is known).
/// Return false to cancel: the export stops and leaves nothing behind.
using ExportProgress = std::function<bool(int done, int total)>;

struct ExportResult
{
    enum class Status {
        Ok,
        NotFound, ///< the section names nothing in this knowledge base
        WriteFailed, ///< the file could not be written
        Cancelled, ///< the progress callback said stop
    };
    Status status = Status::Ok;
    QString message; ///< one sentence for the reader when not Ok
    int pageCount = 0;

    bool ok() const { return status == Status::Ok; }
    static ExportResult failure(Status status, const QString &message) { return ExportResult { status, message, 0 }; }
};

} // namespace tkb
