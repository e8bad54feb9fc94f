// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deleting an entity from the window: first shows what links to it and what relates to it (their links become
// plain text, their relations to it go), then deletes it as an edit that can be undone.
#include <QCoreApplication>
#include <QStringList>

class QMessageBox;
class QWidget;

namespace tkb {

class EditSession;
class KnowledgeBase;

class EntityDeleter
{
    Q_DECLARE_TR_FUNCTIONS(tkb::EntityDeleter)

public:
    /// Opens the question beside parent (window-modal, deleted when closed) and deletes id when it is answered
    /// Delete. nullptr when the base cannot be changed here or id is not in it.
    static QMessageBox *ask(QWidget *parent, EditSession *session, const QString &id);
    /// One line for each entity whose text links to id or that has a relation to it.
    static QStringList referrers(const KnowledgeBase &kb, const QString &id);
};

} // namespace tkb
