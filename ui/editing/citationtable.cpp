// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/knowledgebase.h>
#include <ui/editing/citationtable.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tkb {

CitationTable::CitationTable(KnowledgeBase *kb, QWidget *parent)
    : QWidget(parent)
    , m_kb(kb)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add &citation"), this))
{
    m_table->setHorizontalHeaderLabels({ tr("Source"), tr("Section"), tr("Passage (word for word)") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A source's title is long and the passage column takes the rest: give the titles room to be read.
    m_table->setColumnWidth(0, fontMetrics().averageCharWidth() * 28);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Citations"));
    m_table->setTabKeyNavigation(false);
    auto *remove = new QPushButton(tr("Remove citation"), this);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addCitation();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void CitationTable::addCitation(const Citation &citation)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *source = new QComboBox(m_table);
    source->setAccessibleName(tr("Source"));
    if (m_kb) {
        for (const SourceDocument &s : m_kb->sources())
            source->addItem(s.title.isEmpty() ? s.id : s.title, s.id);
    }
    int at = source->findData(citation.source);
    if (at < 0 && !citation.source.isEmpty()) {
        source->addItem(citation.source, citation.source);
        at = source->count() - 1;
    }
    source->setCurrentIndex(std::max(at, 0));
    m_table->setCellWidget(row, 0, source);
    m_table->setItem(row, 1, new QTableWidgetItem(citation.section));
    m_table->setItem(row, 2, new QTableWidgetItem(citation.sentence));
    m_table->setCurrentCell(row, 2);
}

void CitationTable::setCitations(const QList<Citation> &citations)
{
    m_table->setRowCount(0);
    for (const Citation &c : citations)
        addCitation(c);
}

QList<Citation> CitationTable::citations() const
{
    QList<Citation> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Citation c;
        if (auto *source = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0)))
            c.source = source->currentData().toString();
        c.section = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        c.sentence = m_table->item(row, 2) ? m_table->item(row, 2)->text().trimmed() : QString();
        if (!c.sentence.isEmpty())
            out << c;
    }
    return out;
}

} // namespace tkb
