// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/editing/editactions.h>
#include <ui/editing/editsession.h>

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QUndoStack>

namespace tkb {

EditActions::EditActions(QMainWindow *window, EditSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
    undo = make("actionUndo", { QKeySequence::Undo, QKeySequence(Qt::CTRL | Qt::Key_Z) });
    redo = make("actionRedo",
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });
    undoHistory = make("actionUndoHistory", {});
    undoHistory->setCheckable(true);
    editEntity = make("actionEditEntity", { QKeySequence(Qt::Key_F2) });
    newEntity = make("actionNewEntity", { QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N) });
    addSource = make("actionAddSource", { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) });
    deleteEntity = make("actionDeleteEntity", { QKeySequence(Qt::CTRL | Qt::Key_Delete) });
    mergeEntity = make("actionMergeEntity", { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) });
    history = make("actionEntityHistory", { QKeySequence(Qt::CTRL | Qt::Key_H) });
    recentChanges = make("actionRecentChanges", { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H) });
    author = make("actionAuthor", {});

    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("menuEdit"));
    m_menu->addActions({ undo, redo, undoHistory });
    m_menu->addSeparator();
    m_menu->addActions({ editEntity, newEntity, addSource });
    m_menu->addSeparator();
    m_menu->addActions({ mergeEntity, deleteEntity });
    m_menu->addSeparator();
    m_menu->addActions({ history, recentChanges });
    m_menu->addSeparator();
    m_menu->addAction(author);

    const QUndoStack *stack = session->undoStack();
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    for (auto signal : { &QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged })
        connect(stack, signal, this, &EditActions::updateUndoTexts);
    connect(stack, &QUndoStack::canUndoChanged, this, &EditActions::updateUndoTexts);
    connect(stack, &QUndoStack::canRedoChanged, this, &EditActions::updateUndoTexts);
}

QAction *EditActions::make(const char *name, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(m_window);
    a->setObjectName(QLatin1String(name));
    QList<QKeySequence> unique;
    for (const QKeySequence &k : keys) {
        if (!k.isEmpty() && !unique.contains(k))
            unique << k;
    }
    a->setShortcuts(unique);
    m_window->addAction(a); // shortcuts work with the menu bar hidden
    return a;
}

void EditActions::update(bool haveBase, bool writable, bool haveEntity)
{
    m_writable = haveBase && writable;
    for (QAction *a : { newEntity, addSource })
        a->setEnabled(m_writable);
    for (QAction *a : { editEntity, deleteEntity, mergeEntity })
        a->setEnabled(m_writable && haveEntity);
    history->setEnabled(haveBase && haveEntity);
    recentChanges->setEnabled(haveBase);
    updateUndoTexts();
}

void EditActions::updateUndoTexts()
{
    const QUndoStack *stack = m_session->undoStack();
    undo->setEnabled(m_writable && stack->canUndo());
    redo->setEnabled(m_writable && stack->canRedo());
    undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void EditActions::retranslate()
{
    m_menu->setTitle(tr("&Edit"));
    updateUndoTexts();
    undoHistory->setText(tr("Undo &History"));
    undoHistory->setToolTip(tr("Every edit of this session, to step back to any of them"));
    editEntity->setText(tr("&Edit Entity…"));
    editEntity->setToolTip(tr("Edit the current entity: names, text, claims, dates and citations (F2)"));
    newEntity->setText(tr("&New Entity…"));
    addSource->setText(tr("Add &Source…"));
    addSource->setToolTip(tr("Add a source document: pasted text or a .txt or .md file"));
    deleteEntity->setText(tr("&Delete Entity…"));
    mergeEntity->setText(tr("&Merge Into…"));
    mergeEntity->setToolTip(tr("The current entity is the same as another: merge it into that one"));
    history->setText(tr("&History of This Entity"));
    recentChanges->setText(tr("Recent &Changes"));
    author->setText(tr("Your &Name…"));
    author->setToolTip(tr("The name your changes are recorded under"));
}

} // namespace tkb
