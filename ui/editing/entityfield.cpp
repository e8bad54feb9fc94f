// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/entityfield.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace tkb {

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int nameRole = Qt::UserRole + 2;
} // namespace

EntityField::EntityField(const KnowledgeBase *kb, QWidget *parent)
    : QLineEdit(parent)
    , m_kb(kb)
    , m_completer(new QCompleter(this))
    , m_model(new QStandardItemModel(this))
{
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    // The index folds spellings itself: every suggestion it gives is shown, whatever the letters typed.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(nameRole);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &EntityField::refill);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &i) {
        m_id = i.data(idRole).toString();
        setText(i.data(nameRole).toString());
        m_idText = text();
        m_justPicked = true;
        Q_EMIT entityChanged(m_id);
    });
}

void EntityField::keyPressEvent(QKeyEvent *event)
{
    // The completer hands the Enter that took a suggestion on to the line: it picked the entity and must not
    // also press the dialog's default button. It moves on to what comes next instead.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_justPicked) {
        m_justPicked = false;
        event->accept();
        focusNextChild();
        return;
    }
    m_justPicked = false;
    QLineEdit::keyPressEvent(event);
}

void EntityField::setEntityId(const QString &id)
{
    m_id = m_kb && m_kb->contains(id) ? id : QString();
    setText(m_id.isEmpty() ? QString() : m_kb->name(m_id));
    m_idText = text();
    Q_EMIT entityChanged(m_id);
}

void EntityField::refill(const QString &text)
{
    const QString before = m_id;
    if (text != m_idText)
        m_id.clear();
    m_model->clear();
    if (m_kb && !text.trimmed().isEmpty()) {
        for (const Suggestion &s : m_kb->search().suggest(text.trimmed(), 12)) {
            // "Гумматов — Alikram Hummatov (person)": the spelling that matched, then whom it names.
            const QString label = s.matched.isEmpty() || s.matched == s.name
                ? tr("%1 (%2)").arg(s.name, entityKindName(s.kind))
                : tr("%1 — %2 (%3)").arg(s.matched, s.name, entityKindName(s.kind));
            auto *item = new QStandardItem(label);
            item->setData(s.id, idRole);
            item->setData(s.name, nameRole);
            item->setToolTip(s.id);
            m_model->appendRow(item);
        }
    }
    if (m_model->rowCount() > 0) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    } else {
        m_completer->popup()->hide();
    }
    if (before != m_id)
        Q_EMIT entityChanged(m_id);
}

QString EntityField::entityId() const
{
    if (!m_id.isEmpty())
        return m_id;
    const QString typed = text().trimmed();
    if (!m_kb || typed.isEmpty())
        return {};
    if (m_kb->contains(typed))
        return typed;
    const QList<Suggestion> found = m_kb->search().suggest(typed, 12);
    for (const Suggestion &s : found) {
        if (s.name.compare(typed, Qt::CaseInsensitive) == 0 || s.matched.compare(typed, Qt::CaseInsensitive) == 0)
            return s.id;
    }
    return found.isEmpty() ? QString() : found.first().id;
}

} // namespace tkb
