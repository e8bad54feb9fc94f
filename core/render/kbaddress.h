// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a "kb:" address names and how to write one: the one place that knows the address grammar shared by
// the renderer (which emits links), the pages (which show them) and the window (which opens them).
#include <core/model/entitykind.h>

#include <QUrl>

namespace tkb {

class KbAddress
{
public:
    enum class Type {
        Invalid,
        Entity, ///< kb:person/alikram-hummatov
        Article, ///< kb:article, kb:article#History, kb:article?cite=<sentence>#History; another source
                 ///< document than the knowledge base's first one: kb:article/source/x#History
        List, ///< kb:list/person
        Timeline, ///< kb:timeline
        Graph, ///< kb:graph/person/alikram-hummatov
        EntitySource, ///< kb:source/person/alikram-hummatov (markup of the entity's body)
        ArticleSource, ///< kb:source/article (the article as MediaWiki text)
        Search, ///< kb:search?q=... (shown by the window, not by a page)
        History, ///< kb:history/person/alikram-hummatov (the entity's revisions, also of a deleted one)
        Changes, ///< kb:changes (recent changes to the whole base)
    };

    static constexpr QLatin1StringView scheme { "kb" };

    /// Reads any kb: address; Invalid for other schemes and malformed paths. Entity ids are "kind/slug", so
    /// "kb:source/unpo-website" is the source entity while "kb:source/person/x" is the markup view of person/x.
    static KbAddress parse(const QUrl &url);

    static QUrl entity(const QString &id);
    /// The article, one of its sections (title, or section id for the lead), and a sentence to highlight.
    /// sourceId names another source document than the base's first (the article); empty for the article.
    static QUrl article(const QString &section = {}, const QString &highlight = {}, const QString &sourceId = {});
    static QUrl list(EntityKind kind);
    static QUrl timeline();
    static QUrl graph(const QString &entityId);
    static QUrl entitySource(const QString &entityId);
    static QUrl articleSource();
    static QUrl history(const QString &entityId);
    static QUrl changes();

    /// True for the links a page may emit or follow: kb: inside, http(s) outside. Everything else is refused.
    static bool isSafeLink(const QUrl &url);

    Type type() const { return m_type; }
    bool isValid() const { return m_type != Type::Invalid; }
    QString entityId() const { return m_entityId; } ///< Entity, Graph, EntitySource, History
    EntityKind kind() const { return m_kind; } ///< List; the entity's kind for Entity/Graph/EntitySource/History
    QString section() const { return m_section; } ///< Article: section title or id, empty for the whole
    QString highlight() const { return m_highlight; } ///< Article: sentence to highlight
    QString sourceId() const { return m_sourceId; } ///< Article: empty for the base's article

private:
    Type m_type = Type::Invalid;
    QString m_entityId;
    EntityKind m_kind = EntityKind::Topic;
    QString m_section;
    QString m_highlight;
    QString m_sourceId;
};

} // namespace tkb
