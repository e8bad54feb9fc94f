// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/workspace.h>
#include <core/store/knowledgebase.h>

namespace tkb {

Workspace::Workspace(const KnowledgeBase &kb)
    : m_kb(kb)
{ }

Workspace::Slot &Workspace::slot(const QString &id)
{
    auto it = m_slots.find(id);
    if (it == m_slots.end()) {
        Slot s;
        s.before = m_kb.document(id);
        s.now = s.before;
        it = m_slots.insert(id, s);
        m_order.append(id);
    }
    return *it;
}

const std::optional<EntityDocument> &Workspace::get(const QString &id)
{
    return slot(id).now;
}

void Workspace::put(
    const QString &id, const std::optional<EntityDocument> &doc, const QString &action, const QString &note)
{
    Slot &s = slot(id);
    s.now = doc;
    // A document created, merged away or restored keeps saying so when a later change of the set edits it again.
    if (s.action.isEmpty() || s.action == QLatin1String("edit"))
        s.action = action;
    else if (action != QLatin1String("edit"))
        s.action = action;
    if (!note.isEmpty())
        s.note = note;
}

QStringList Workspace::referrers(const QString &id) const
{
    QStringList out;
    for (const Relation &r : m_kb.relations(id)) {
        if (r.object == id && r.subject != id && !out.contains(r.subject))
            out << r.subject;
    }
    for (const Mention &m : m_kb.backlinks(id)) {
        if (m.fromId != id && !out.contains(m.fromId))
            out << m.fromId;
    }
    for (const QString &touched : m_order) {
        if (touched != id && !out.contains(touched))
            out << touched;
    }
    return out;
}

QList<DocumentChange> Workspace::changes() const
{
    QList<DocumentChange> out;
    for (const QString &id : m_order) {
        const Slot &s = m_slots[id];
        if (s.before == s.now)
            continue;
        DocumentChange c;
        c.id = id;
        c.before = s.before;
        c.after = s.now;
        c.note = s.note;
        c.action = s.action.isEmpty() ? QStringLiteral("edit") : s.action;
        // What happened to the document as a whole wins over the op that last touched it.
        if (!s.before && c.action != QLatin1String("restore") && c.action != QLatin1String("revert"))
            c.action = QStringLiteral("create");
        else if (!s.now && c.action != QLatin1String("merge") && c.action != QLatin1String("revert"))
            c.action = QStringLiteral("delete");
        else if (s.before && s.now && c.action == QLatin1String("delete"))
            c.action = QStringLiteral("edit");
        out.append(c);
    }
    return out;
}

} // namespace tkb
