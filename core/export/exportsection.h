// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which part of a knowledge base one export covers, and its two spellings: the window's tab address
// ("kb:article#History", "kb:list/person", "kb:search?q=Hummatov") and the CLI's SECTION name
// ("article#History", "list:person", "search:Hummatov"), so the window and talysh-kb-cli share one engine.
#include <core/model/entitykind.h>

#include <QString>
#include <QUrl>

#include <optional>

namespace tkb {

struct ExportSection
{
    enum class Kind {
        Entity, ///< one entity's page
        Article, ///< the article, whole or one of its sections
        Timeline, ///< every event in date order
        List, ///< every entity of a kind (or of every kind)
        Search, ///< the results of a search
    };

    Kind kind = Kind::Article;
    QString entityId; ///< Entity
    QString sourceId; ///< Article: which source document; empty for the knowledge base's article
    QString articleSection; ///< Article: section title or id; empty for the whole article
    std::optional<EntityKind> entityKind; ///< List and Search: the kind, or every kind when empty
    QString query; ///< Search

    static ExportSection entity(const QString &id);
    static ExportSection article(const QString &section = {});
    static ExportSection timeline();
    static ExportSection list(std::optional<EntityKind> kind);
    static ExportSection search(const QString &query, std::optional<EntityKind> kind = std::nullopt);

    /// From a tab address (the grammar of core/render/kbaddress.h, plus kb:search?q=…&kind=…). Graph and
    /// source views of an entity export its page; kb:article/source/x#S is section S of source document x.
    /// Empty when the address names nothing exportable.
    static std::optional<ExportSection> fromAddress(const QUrl &address);
    /// From the CLI's SECTION argument (a "kb:" address is accepted too). On failure sets *error to a
    /// sentence that lists what is accepted.
    static std::optional<ExportSection> fromCliName(const QString &name, QString *error = nullptr);

    QUrl toAddress() const;
    QString toCliName() const;

    friend bool operator==(const ExportSection &, const ExportSection &) = default;
};

} // namespace tkb
