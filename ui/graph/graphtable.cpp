// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/htmlrenderer.h>
#include <core/store/knowledgebase.h>
#include <ui/graph/graphtable.h>

#include <QEvent>

namespace tkb {

GraphTable::GraphTable(QWidget *parent)
    : EntityTable(parent)
{
    setObjectName(QStringLiteral("graphTable"));
}

void GraphTable::fill(KnowledgeBase *kb, const QString &id)
{
    m_kb = kb;
    m_id = id;
    const QString name = kb ? kb->name(id) : QString();
    const QString centre = name.isEmpty() ? id : name;
    setAccessibleName(tr("Relations of %1, as a table").arg(centre));
    setAccessibleDescription(tr("One row per relation. Enter opens the related entry."));
    QList<Row> rows;
    for (const Relation &r : kb ? kb->relations(id) : QList<Relation> {}) {
        const bool outgoing = r.subject == id;
        const QString other = outgoing ? r.object : r.subject;
        if (other == id)
            continue;
        const QString otherName = kb->name(other);
        rows.append(Row { other,
            { otherName.isEmpty() ? other : otherName, HtmlRenderer::relationLabel(r.predicate, !outgoing),
                outgoing ? tr("from %1 to the entry").arg(centre) : tr("from the entry to %1").arg(centre) } });
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.cells.first().localeAwareCompare(b.cells.first()) < 0; });
    setRows({ tr("Related entry"), tr("Relation"), tr("Direction") }, rows);
}

void GraphTable::changeEvent(QEvent *event)
{
    EntityTable::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && !m_id.isEmpty())
        fill(m_kb, m_id);
}

} // namespace tkb
