// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The citations a claim rests on, one a row: the source, the section of it and the passage, word for word.
#include <core/model/citation.h>

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tkb {

class KnowledgeBase;

class CitationTable : public QWidget
{
    Q_OBJECT

public:
    explicit CitationTable(KnowledgeBase *kb, QWidget *parent = nullptr);

    void setCitations(const QList<Citation> &citations);
    /// The rows with a source or a passage (blank rows are left out).
    QList<Citation> citations() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    void addCitation(const Citation &citation = {});

private:
    KnowledgeBase *m_kb;
    QTableWidget *m_table;
    QPushButton *m_add;
};

} // namespace tkb
