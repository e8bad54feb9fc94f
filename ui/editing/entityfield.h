// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A line for naming an entity of the base: completes any spelling of a name or alias (Hummatov, Hümmətov,
// Гумматов) to the entity it belongs to, and says which entity is chosen.
#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace tkb {

class KnowledgeBase;

class EntityField : public QLineEdit
{
    Q_OBJECT
public:
    explicit EntityField(const KnowledgeBase *kb, QWidget *parent = nullptr);

    /// Shows id's name and makes it the chosen entity (empty: none).
    void setEntityId(const QString &id);
    /// The chosen entity: the suggestion picked, else an entity whose name or alias is the text as typed
    /// (in any spelling), else the first suggestion for it; empty when nothing fits.
    QString entityId() const;
    QCompleter *suggestions() const { return m_completer; }

Q_SIGNALS:
    void entityChanged(const QString &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refill(const QString &text);

    const KnowledgeBase *m_kb;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QString m_id;
    QString m_idText; ///< the text m_id was chosen with; typing something else forgets it
    bool m_justPicked = false; ///< a suggestion was taken with the Enter key now on its way here
};

} // namespace tkb
