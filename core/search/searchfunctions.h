// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SQL functions the search triggers call to keep the name and word tables in step with the entities:
// tkb_fold(text), tkb_name_keys(name, aliases_text) and tkb_words(text), the last two as JSON arrays for
// json_each() (triggers cannot use WITH, and a table-valued function would need a whole virtual table); and
// tkb_search_deferred() / tkb_search_defer(on [, saved]), the per-connection switch of SearchIndexWriter::setDeferred.
#include <QString>

struct sqlite3;

namespace tkb {

class SearchFunctions
{
public:
    static bool registerOn(sqlite3 *db, QString *error);
};

} // namespace tkb
