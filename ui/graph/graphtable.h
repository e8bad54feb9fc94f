// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The graph as a table, its alternative for screen readers and the keyboard: one row per relation of the
// centre with the related entry, the relation as read from the centre and its direction, by name.
#include <ui/accessibility/entitytable.h>

namespace tkb {

class KnowledgeBase;

class GraphTable : public EntityTable
{
    Q_OBJECT
public:
    enum Column { EntityColumn, RelationColumn, DirectionColumn };

    explicit GraphTable(QWidget *parent = nullptr);

    /// Reads the relations of id (again after an import; a language change does it by itself).
    void fill(KnowledgeBase *kb, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    KnowledgeBase *m_kb = nullptr;
    QString m_id;
};

} // namespace tkb
