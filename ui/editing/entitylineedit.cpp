// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/entitylineedit.h>

#include <QCompleter>
#include <QStandardItemModel>

namespace tkb {

EntityLineEdit::EntityLineEdit(KnowledgeBase *kb, QWidget *parent)
    : QLineEdit(parent)
    , m_kb(kb)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    // The search engine already chose what fits in any spelling: the completer shows its list unfiltered and
    // puts in the id, not the words shown.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(IdRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    setPlaceholderText(tr("Type a name in any spelling"));
    connect(this, &QLineEdit::textEdited, this, &EntityLineEdit::offer);
}

void EntityLineEdit::offer(const QString &text)
{
    fillModel(m_model, m_kb, text.trimmed());
    if (m_model->rowCount() > 0)
        m_completer->complete();
}

void EntityLineEdit::fillModel(QStandardItemModel *model, const KnowledgeBase *kb, const QString &prefix, int limit)
{
    model->clear();
    if (!kb)
        return;
    QList<Suggestion> found;
    if (prefix.isEmpty()) {
        for (const EntityRef &r : kb->entities(std::nullopt, {}, 0, limit))
            found << Suggestion { r.id, r.kind, r.name, r.name, {} };
    } else {
        found = kb->search().suggest(prefix, limit);
    }
    for (const Suggestion &s : std::as_const(found)) {
        if (s.id.isEmpty())
            continue; // a search filter being completed ("in:…"), not an entity
        const QString shown = s.matched.isEmpty() || s.matched == s.name
            ? tr("%1 · %2").arg(s.name, s.id)
            : tr("%1 (%2) · %3").arg(s.name, s.matched, s.id);
        auto *item = new QStandardItem(shown);
        item->setData(s.id, IdRole);
        item->setData(s.matched.isEmpty() ? s.name : s.matched, LabelRole);
        item->setToolTip(entityKindName(s.kind));
        model->appendRow(item);
    }
}

} // namespace tkb
