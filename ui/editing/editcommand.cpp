// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/editing/editcommand.h>
#include <ui/editing/editsession.h>

namespace tkb {

EditCommand::EditCommand(EditSession *session, qint64 changeset, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_changeset(changeset)
    , m_latest(changeset)
{ }

void EditCommand::undo()
{
    if (!m_session->replay(m_latest, ChangeSetReverser::Direction::Undo, text()))
        setObsolete(true);
}

void EditCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    // The last redo's revisions hold the same documents as the first change's; either can be made again, but the
    // original is the one the history page names.
    const qint64 made = m_session->replay(m_changeset, ChangeSetReverser::Direction::Redo, text());
    if (made)
        m_latest = made;
    else
        setObsolete(true);
}

} // namespace tkb
