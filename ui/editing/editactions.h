// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's Edit menu: undo and redo named for the step they take, editing, creating, deleting and merging
// entities, adding sources, history and recent changes, and the name revisions record; with their shortcuts,
// enabled only where the open base can be written.
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace tkb {

class EditSession;

class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(QMainWindow *window, EditSession *session);

    /// The Edit menu (a child of the window; the window's menu bar places it).
    QMenu *menu() const { return m_menu; }
    /// haveEntity: the current page shows an entity; writable: the open base can be changed here.
    void update(bool haveBase, bool writable, bool haveEntity);
    void retranslate();

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *undoHistory = nullptr; ///< shows the undo history view
    QAction *editEntity = nullptr;
    QAction *newEntity = nullptr;
    QAction *addSource = nullptr;
    QAction *deleteEntity = nullptr;
    QAction *mergeEntity = nullptr;
    QAction *history = nullptr; ///< the current entity's history page
    QAction *recentChanges = nullptr;
    QAction *author = nullptr; ///< the name revisions record

private:
    QAction *make(const char *name, const QList<QKeySequence> &keys);
    void updateUndoTexts();

    QMainWindow *m_window;
    EditSession *m_session;
    QMenu *m_menu = nullptr;
    bool m_writable = false;
};

} // namespace tkb
