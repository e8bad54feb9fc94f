// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kb:search?q=…[&kind=…] address of a results page, written and read in one place: the page's own
// address and its "Did you mean" links.
#include <core/model/entitykind.h>

#include <QUrl>

#include <optional>

namespace tkb {

class SearchAddress
{
public:
    /// kb:search?q=text[&kind=person], the text percent-encoded.
    static QUrl of(const QString &text, std::optional<EntityKind> kind = std::nullopt);
    static bool is(const QUrl &url);
    /// The query text of a search address, trimmed.
    static QString text(const QUrl &url);
    /// The kind filter of a search address; none when it has none.
    static std::optional<EntityKind> kind(const QUrl &url);
};

} // namespace tkb
