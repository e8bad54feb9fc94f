// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/searchaddress.h>
#include <core/render/kbaddress.h>

#include <QUrlQuery>

namespace tkb {

namespace {

const QString queryKey = QStringLiteral("q");
const QString kindKey = QStringLiteral("kind");

} // namespace

QUrl SearchAddress::of(const QString &text, std::optional<EntityKind> kind)
{
    QUrl url;
    url.setScheme(KbAddress::scheme);
    url.setPath(QStringLiteral("search"));
    QUrlQuery q;
    // Percent-encode so "&", "=", "+" and "#" typed by the user stay part of the query text.
    q.addQueryItem(queryKey, QString::fromLatin1(QUrl::toPercentEncoding(text)));
    if (kind)
        q.addQueryItem(kindKey, entityKindId(*kind));
    url.setQuery(q);
    return url;
}

bool SearchAddress::is(const QUrl &url)
{
    return url.scheme() == KbAddress::scheme && url.path() == u"search";
}

QString SearchAddress::text(const QUrl &url)
{
    const QUrlQuery q(url);
    return QUrl::fromPercentEncoding(q.queryItemValue(queryKey, QUrl::FullyEncoded).toLatin1()).trimmed();
}

std::optional<EntityKind> SearchAddress::kind(const QUrl &url)
{
    const QUrlQuery q(url);
    if (!q.hasQueryItem(kindKey))
        return std::nullopt;
    return entityKindFromId(q.queryItemValue(kindKey));
}

} // namespace tkb
