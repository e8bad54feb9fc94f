// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The documents one change set works on, in memory: each loaded from the base when first touched and kept with
// the state it was loaded in, so the end result is a list of document changes the store can check and commit.
#include <core/store/documentchange.h>

#include <QHash>
#include <QStringList>

namespace tkb {

class KnowledgeBase;

class Workspace
{
public:
    explicit Workspace(const KnowledgeBase &kb);

    /// The document as it now stands in this change set, or nullopt if it does not exist.
    const std::optional<EntityDocument> &get(const QString &id);
    bool exists(const QString &id) { return get(id).has_value(); }
    /// Replaces the document; action (edit, merge ...) and note say what made the change.
    void put(
        const QString &id, const std::optional<EntityDocument> &doc, const QString &action, const QString &note = {});
    /// Entities whose documents may point at id: by relation or link in the base, or touched here.
    QStringList referrers(const QString &id) const;
    /// The base this works on.
    const KnowledgeBase &base() const { return m_kb; }
    /// One change per document that ended other than it began, in the order first touched.
    QList<DocumentChange> changes() const;

private:
    struct Slot
    {
        std::optional<EntityDocument> before;
        std::optional<EntityDocument> now;
        QString action;
        QString note;
    };
    Slot &slot(const QString &id);

    const KnowledgeBase &m_kb;
    QHash<QString, Slot> m_slots;
    QStringList m_order;
};

} // namespace tkb
