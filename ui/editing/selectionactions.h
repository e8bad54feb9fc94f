// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a page can do with the words selected in it: cite them for a claim of an entity, make them a link to an
// entity, or start a new entity named by them. Each is checked against the stored text the page shows (a
// source's sections, an entity's summary and body) and done as a change through the window's EditSession.
#include <core/model/citation.h>
#include <ui/editing/passagelocator.h>

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QMessageBox;

namespace tkb {

class EditSession;
class KnowledgeBase;
class LinkBrowser;
class SelectionTargetDialog;

class SelectionActions : public QObject
{
    Q_OBJECT
public:
    /// Opens the entity form for a new entity called name resting on cite (cite invalid: none). The window
    /// sets it (the form lives in the entity editor); without it "New entity from selection" is not offered.
    using NewEntityHandler
        = std::function<void(QWidget *parent, EditSession *edits, const QString &name, const Citation &cite)>;
    static void setNewEntityHandler(NewEntityHandler handler);

    /// Puts its actions into browser's context menu.
    SelectionActions(LinkBrowser *browser, KnowledgeBase *kb, EditSession *edits);

    /// The page shows source document sourceId (empty: the base's article), the section named (empty: all).
    void showSource(const QString &sourceId, const QString &section);
    /// The page shows entity id: its summary and body are the text.
    void showEntity(const QString &id);

    /// Enables the actions for the current selection, each disabled one saying why in its status tip.
    void update();
    void addTo(QMenu *menu);

    /// Entry points of the actions. They open their dialog (window-modal, not blocking) and return it, or show
    /// why the selection cannot be used (nullptr); the error box is then lastMessage().
    SelectionTargetDialog *citeSelection();
    SelectionTargetDialog *linkSelection();
    void newEntityFromSelection();
    QMessageBox *lastMessage() const { return m_message; }

    QAction *cite;
    QAction *link;
    QAction *newEntity;

private:
    struct Fields
    {
        QList<PassageLocator::Field> fields;
        QStringList keys; ///< a section's id, or "summary" / "body"
        QString owner; ///< the source or entity whose text they are
    };
    Fields fields() const;
    QString defaultEntity() const;
    void tell(const QString &text);
    QString linkCommit(const Fields &f, const PassageLocator::Place &place, const QString &target);

    LinkBrowser *m_browser;
    KnowledgeBase *m_kb;
    EditSession *m_edits;
    QString m_sourceId;
    QString m_section;
    QString m_entityId;
    bool m_isSource = false;
    QMessageBox *m_message = nullptr;
};

} // namespace tkb
