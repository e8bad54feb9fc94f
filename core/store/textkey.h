// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cheap case- and accent-insensitive key for sorting and list filtering (not search: see core/search).
#include <QString>

namespace tkb {

/// "Hümmətov" -> "hummatov": NFKD, marks dropped, case folded, Azerbaijani schwa as a.
QString textKey(const QString &text);

} // namespace tkb
