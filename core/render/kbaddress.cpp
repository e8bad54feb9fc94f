// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>

#include <QUrlQuery>

namespace tkb {

namespace {

const QString citeKey = QStringLiteral("cite");

QUrl make(const QString &path)
{
    QUrl url;
    url.setScheme(KbAddress::scheme);
    url.setPath(path, QUrl::DecodedMode);
    return url;
}

// "kind/slug" with a known kind and a non-empty slug; anything else cannot name an entity.
std::optional<EntityKind> entityIdKind(const QString &id)
{
    const qsizetype slash = id.indexOf(u'/');
    if (slash <= 0 || slash == id.size() - 1)
        return std::nullopt;
    if (id.contains(u':') || id.contains(u'#') || id.contains(u'?') || id.contains(u'\n'))
        return std::nullopt;
    return entityKindFromId(QStringView(id).left(slash));
}

} // namespace

KbAddress KbAddress::parse(const QUrl &url)
{
    KbAddress a;
    if (!url.isValid() || url.scheme() != scheme)
        return a;
    const QString path = url.path(QUrl::FullyDecoded);
    const auto rest = [&path](QLatin1StringView prefix) { return path.mid(prefix.size()); };

    if (path == u"article"
        || (path.startsWith(u"article/source/") && entityIdKind(rest(QLatin1StringView("article/"))))) {
        a.m_type = Type::Article;
        if (path != u"article")
            a.m_sourceId = rest(QLatin1StringView("article/"));
        a.m_section = url.fragment(QUrl::FullyDecoded);
        a.m_highlight = QUrlQuery(url).queryItemValue(citeKey, QUrl::FullyDecoded);
    } else if (path == u"timeline") {
        a.m_type = Type::Timeline;
    } else if (path == u"search") {
        a.m_type = Type::Search;
    } else if (path == u"changes") {
        a.m_type = Type::Changes;
    } else if (path.startsWith(u"history/")) {
        const QString id = rest(QLatin1StringView("history/"));
        if (auto kind = entityIdKind(id)) {
            a.m_type = Type::History;
            a.m_entityId = id;
            a.m_kind = *kind;
        }
    } else if (path.startsWith(u"list/")) {
        if (auto kind = entityKindFromId(rest(QLatin1StringView("list/")))) {
            a.m_type = Type::List;
            a.m_kind = *kind;
        }
    } else if (path.startsWith(u"graph/")) {
        const QString id = rest(QLatin1StringView("graph/"));
        if (auto kind = entityIdKind(id)) {
            a.m_type = Type::Graph;
            a.m_entityId = id;
            a.m_kind = *kind;
        }
    } else if (path == u"source/article") {
        a.m_type = Type::ArticleSource;
    } else if (path.startsWith(u"source/") && rest(QLatin1StringView("source/")).contains(u'/')) {
        const QString id = rest(QLatin1StringView("source/"));
        if (auto kind = entityIdKind(id)) {
            a.m_type = Type::EntitySource;
            a.m_entityId = id;
            a.m_kind = *kind;
        }
    } else if (auto kind = entityIdKind(path)) {
        a.m_type = Type::Entity;
        a.m_entityId = path;
        a.m_kind = *kind;
    }
    return a;
}

QUrl KbAddress::entity(const QString &id)
{
    return make(id);
}

QUrl KbAddress::article(const QString &section, const QString &highlight, const QString &sourceId)
{
    QUrl url = make(sourceId.isEmpty() ? QStringLiteral("article") : QStringLiteral("article/") + sourceId);
    if (!highlight.isEmpty()) {
        // Percent-encode everything but unreserved characters so "&", "=", "+" and "#" in a sentence survive.
        url.setQuery(citeKey + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(highlight)), QUrl::StrictMode);
    }
    if (!section.isEmpty())
        url.setFragment(section, QUrl::DecodedMode);
    return url;
}

QUrl KbAddress::list(EntityKind kind)
{
    return make(QStringLiteral("list/") + entityKindId(kind));
}

QUrl KbAddress::timeline()
{
    return make(QStringLiteral("timeline"));
}

QUrl KbAddress::graph(const QString &entityId)
{
    return make(QStringLiteral("graph/") + entityId);
}

QUrl KbAddress::entitySource(const QString &entityId)
{
    return make(QStringLiteral("source/") + entityId);
}

QUrl KbAddress::articleSource()
{
    return make(QStringLiteral("source/article"));
}

QUrl KbAddress::history(const QString &entityId)
{
    return make(QStringLiteral("history/") + entityId);
}

QUrl KbAddress::changes()
{
    return make(QStringLiteral("changes"));
}

bool KbAddress::isSafeLink(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString s = url.scheme().toLower();
    if (s == scheme)
        return true;
    return (s == u"http" || s == u"https") && !url.host().isEmpty();
}

} // namespace tkb
