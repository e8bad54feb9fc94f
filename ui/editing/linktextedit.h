// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text with [[id|label]] links (a summary, a body): typing "[[" offers the entities by name in any spelling, and
// choosing one writes the link, labelled with the spelling that matched.
#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;

namespace tkb {

class KnowledgeBase;

class LinkTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LinkTextEdit(KnowledgeBase *kb, QWidget *parent = nullptr);

    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    /// Where the link being typed starts (its "[["), or -1 when the cursor is not in one.
    int linkStart() const;
    void offer();
    void insertLink(const QModelIndex &index);

    KnowledgeBase *m_kb;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace tkb
