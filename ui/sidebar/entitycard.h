// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sidebar's card for one entity: name, kind, other spellings, summary, then everything it is linked to
// (relations both ways) and everything that mentions it, each a link. Redrawn on language and palette changes.
#include <ui/pages/linkbrowser.h>

namespace tkb {

class KnowledgeBase;

class EntityCard : public LinkBrowser
{
    Q_OBJECT
public:
    explicit EntityCard(QWidget *parent = nullptr);

    void setKnowledgeBase(const KnowledgeBase *kb);
    /// Shows the entity (empty id: a hint that nothing is selected).
    void showEntity(const QString &id);
    QString entityId() const { return m_id; }
    /// Re-reads the entity (after an import).
    void refresh() { render(true); }

protected:
    void changeEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void render(bool keepPosition = true);

    const KnowledgeBase *m_kb = nullptr;
    QString m_id;
};

} // namespace tkb
