// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/editing/undohistorydock.h>

#include <QEvent>
#include <QUndoView>

namespace tkb {

UndoHistoryDock::UndoHistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(parent)
    , m_view(new QUndoView(stack, this))
{
    setObjectName(QStringLiteral("undoHistoryDock"));
    m_view->setObjectName(QStringLiteral("undoHistoryView"));
    setWidget(m_view);
    retranslate();
}

void UndoHistoryDock::retranslate()
{
    setWindowTitle(tr("Undo History"));
    m_view->setEmptyLabel(tr("<no edits yet>"));
    m_view->setAccessibleName(tr("Undo history"));
    m_view->setAccessibleDescription(tr("Choose an edit to undo or redo every step up to it"));
}

void UndoHistoryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace tkb
