// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's one way to change its knowledge base: each edit is committed at once as a changeset (there is no
// Save to forget, and a crash loses nothing), kept on the session's undo stack, and announced to every view.
#include <core/edit/changeset.h>
#include <core/edit/changesetreverser.h>
#include <core/edit/reverter.h>
#include <core/store/documentchange.h>
#include <core/store/revision.h>

#include <QObject>

class QUndoStack;

namespace tkb {

class KnowledgeBase;

class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    /// The base edits go to (nullptr: none); a new base starts with an empty undo stack.
    void setKnowledgeBase(KnowledgeBase *kb);
    KnowledgeBase *knowledgeBase() const { return m_kb; }
    /// Whether a base is open and this window may write it.
    bool canEdit() const;
    QUndoStack *undoStack() const { return m_stack; }

    /// The name revisions record (Edit > Your name…): settings, else ChangeSet::defaultAuthor().
    static QString author();
    static void setAuthor(const QString &name);

    /// Commits set as one changeset and puts it on the undo stack as text ("Edit Alikram Hummatov"). Returns the
    /// changeset's id, or 0 with error (nothing written) when the base refuses it.
    qint64 apply(const ChangeSet &set, const QString &text, QString *error);
    /// The same for the changes of a change document given as a JSON array (docs/CHANGES.md).
    qint64 apply(const QJsonArray &changes, const QString &comment, const QString &text, QString *error);
    /// The change set of a change document's JSON array with the comment, or nullopt with error.
    static std::optional<ChangeSet> changeSet(const QJsonArray &changes, const QString &comment, QString *error);
    /// The documents set would make of the base as it is now, without writing anything (nullopt with error when it
    /// would be refused).
    std::optional<QList<DocumentChange>> preview(const ChangeSet &set, QString *error) const;
    /// id's newest revision (0: none): what an edit begun now expects to find when it is saved.
    qint64 newestRevision(const QString &id) const;
    /// id's revisions newer than revision, oldest first: what others changed since an edit began.
    QList<Revision> revisionsSince(const QString &id, qint64 revision) const;
    /// Makes id as it was right after revision (or right before it), as an edit that can be undone.
    qint64 revert(const QString &id, qint64 revision, Reverter::To to, QString *error);

    /// Used by the undo stack's commands: takes changeset back or makes it again as a new changeset. Returns its
    /// id, or 0 and emits refused() when an entity has changed since.
    qint64 replay(qint64 changeset, ChangeSetReverser::Direction direction, const QString &text);

Q_SIGNALS:
    /// The base changed (an edit, an undo or a redo): ids are the entities whose documents changed.
    void changed(const QStringList &ids);
    /// An undo or a redo could not be done; message says why. The step leaves the undo stack.
    void refused(const QString &message);

private:
    qint64 commit(const ChangeSet &set, QString *error);

    KnowledgeBase *m_kb = nullptr;
    QUndoStack *m_stack = nullptr;
};

} // namespace tkb
