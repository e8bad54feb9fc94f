// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The undo history view: every edit of this session in a list, the current one marked; choosing one undoes or
// redoes every step up to it.
#include <QDockWidget>

class QUndoStack;
class QUndoView;

namespace tkb {

class UndoHistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    UndoHistoryDock(QUndoStack *stack, QWidget *parent = nullptr);
    QUndoView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QUndoView *m_view;
};

} // namespace tkb
