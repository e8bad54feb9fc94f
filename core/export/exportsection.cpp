// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/export/exportsection.h>

#include <QUrlQuery>

namespace tkb {

namespace {

const QString kScheme = QStringLiteral("kb");

/// "person/alikram-hummatov": a known kind, a slash and a non-empty rest.
bool looksLikeEntityId(QStringView id)
{
    const qsizetype slash = id.indexOf(u'/');
    return slash > 0 && slash + 1 < id.size() && entityKindFromId(id.left(slash)).has_value();
}

std::optional<EntityKind> kindOrAll(QStringView id, bool *ok)
{
    *ok = true;
    if (id.isEmpty() || id == u"all")
        return std::nullopt;
    const auto kind = entityKindFromId(id);
    *ok = kind.has_value();
    return kind;
}

} // namespace

ExportSection ExportSection::entity(const QString &id)
{
    ExportSection s;
    s.kind = Kind::Entity;
    s.entityId = id;
    return s;
}

ExportSection ExportSection::article(const QString &section)
{
    ExportSection s;
    s.kind = Kind::Article;
    s.articleSection = section;
    return s;
}

ExportSection ExportSection::timeline()
{
    ExportSection s;
    s.kind = Kind::Timeline;
    return s;
}

ExportSection ExportSection::list(std::optional<EntityKind> kind)
{
    ExportSection s;
    s.kind = Kind::List;
    s.entityKind = kind;
    return s;
}

ExportSection ExportSection::search(const QString &query, std::optional<EntityKind> kind)
{
    ExportSection s;
    s.kind = Kind::Search;
    s.query = query;
    s.entityKind = kind;
    return s;
}

std::optional<ExportSection> ExportSection::fromAddress(const QUrl &address)
{
    if (address.scheme() != kScheme)
        return std::nullopt;
    const QString path = address.path(QUrl::FullyDecoded);
    // The article view may also carry a sentence to highlight (?cite=…); the export is the section all the same.
    if (path == u"article" || path == u"source/article")
        return article(address.fragment(QUrl::FullyDecoded));
    if (path.startsWith(u"article/") && looksLikeEntityId(QStringView(path).mid(8))) {
        ExportSection s = article(address.fragment(QUrl::FullyDecoded));
        s.sourceId = path.mid(8);
        return s;
    }
    if (path == u"timeline")
        return timeline();
    if (path == u"list" || path.startsWith(u"list/")) {
        bool ok = false;
        const auto kind = kindOrAll(QStringView(path).mid(5), &ok);
        return ok ? std::optional(list(kind)) : std::nullopt;
    }
    if (path == u"search") {
        const QUrlQuery q(address);
        const QString text = q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        bool ok = false;
        const auto kind = kindOrAll(q.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded), &ok);
        if (text.trimmed().isEmpty() || !ok)
            return std::nullopt;
        return search(text, kind);
    }
    // Graph and source views show one entity; their printable form is its page. "kb:source/x" is the source
    // entity x unless x is itself an entity id (the source view of that entity).
    for (QStringView view : { u"graph/", u"source/" }) {
        if (path.startsWith(view) && looksLikeEntityId(QStringView(path).mid(view.size())))
            return entity(path.mid(view.size()));
    }
    if (looksLikeEntityId(path))
        return entity(path);
    return std::nullopt;
}

std::optional<ExportSection> ExportSection::fromCliName(const QString &name, QString *error)
{
    std::optional<ExportSection> s;
    if (name.startsWith(kScheme + u':')) {
        s = fromAddress(QUrl(name));
    } else if (name == u"article" || name.startsWith(u"article#")) {
        s = article(name.mid(8));
    } else if (name == u"timeline") {
        s = timeline();
    } else if (name == u"list" || name.startsWith(u"list:")) {
        bool ok = false;
        const auto kind = kindOrAll(QStringView(name).mid(5), &ok);
        if (ok)
            s = list(kind);
    } else if (name.startsWith(u"search:") && !name.mid(7).trimmed().isEmpty()) {
        s = search(name.mid(7));
    } else if (looksLikeEntityId(name)) {
        s = entity(name);
    }
    if (!s && error) {
        *error = QStringLiteral("unknown section \"%1\" (give an entity id such as person/alikram-hummatov, article, "
                                "article#SECTION, timeline, list:KIND or search:QUERY)")
                     .arg(name);
    }
    return s;
}

QUrl ExportSection::toAddress() const
{
    QUrl u;
    u.setScheme(kScheme);
    switch (kind) {
    case Kind::Entity:
        u.setPath(entityId);
        break;
    case Kind::Article:
        u.setPath(sourceId.isEmpty() ? QStringLiteral("article") : QStringLiteral("article/") + sourceId);
        if (!articleSection.isEmpty())
            u.setFragment(articleSection);
        break;
    case Kind::Timeline:
        u.setPath(QStringLiteral("timeline"));
        break;
    case Kind::List:
        u.setPath(entityKind ? QStringLiteral("list/") + entityKindId(*entityKind) : QStringLiteral("list"));
        break;
    case Kind::Search: {
        u.setPath(QStringLiteral("search"));
        QUrlQuery q;
        // QUrlQuery reads its input as already percent-encoded: a literal '%' must be written as "%25".
        q.addQueryItem(QStringLiteral("q"), QString(query).replace(u'%', QStringLiteral("%25")));
        if (entityKind)
            q.addQueryItem(QStringLiteral("kind"), entityKindId(*entityKind));
        u.setQuery(q);
        break;
    }
    }
    return u;
}

QString ExportSection::toCliName() const
{
    switch (kind) {
    case Kind::Entity:
        return entityId;
    case Kind::Article:
        if (!sourceId.isEmpty())
            return toAddress().toString(); // another source document than the article: only the address says which
        return articleSection.isEmpty() ? QStringLiteral("article") : QStringLiteral("article#") + articleSection;
    case Kind::Timeline:
        return QStringLiteral("timeline");
    case Kind::List:
        return entityKind ? QStringLiteral("list:") + entityKindId(*entityKind) : QStringLiteral("list");
    case Kind::Search:
        // The CLI spelling has no room for a kind filter; the address keeps it.
        return QStringLiteral("search:") + query;
    }
    return {};
}

} // namespace tkb
