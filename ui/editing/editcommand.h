// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One committed edit on the undo stack: undo takes its changeset back and redo makes it again, each as a new
// changeset in the base's history; a step the base refuses (the entity changed since) leaves the stack.
#include <QUndoCommand>

namespace tkb {

class EditSession;

class EditCommand : public QUndoCommand
{
public:
    /// changeset is already committed: the first redo() (QUndoStack::push) does nothing.
    EditCommand(EditSession *session, qint64 changeset, const QString &text);

    void undo() override;
    void redo() override;
    /// The changeset that made the edit.
    qint64 changeset() const { return m_changeset; }

private:
    EditSession *m_session;
    qint64 m_changeset;
    qint64 m_latest; ///< the changeset that last made the edit (itself, or the last redo)
    bool m_pushed = false;
};

} // namespace tkb
