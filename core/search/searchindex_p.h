// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens the reading side of the search index on a connection: private to core, the one layer that holds the
// database.
#include <core/search/searchindex.h>

#include <QSqlDatabase>

#include <memory>

namespace tkb {

/// The statements are prepared on the first query, not here.
std::unique_ptr<SearchIndex> makeSearchIndex(QSqlDatabase db);

} // namespace tkb
