// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The SQLite connection under a KnowledgeBase, for core's own parts and for tests and benchmarks. Not for the UI:
// nothing outside core/ includes this header but tests.
#include <core/store/knowledgebase.h>

#include <QSqlDatabase>

namespace tkb {

/// The connection kb reads and writes through (same thread as kb; it stays kb's, do not close it).
QSqlDatabase connection(const KnowledgeBase &kb);

} // namespace tkb
