// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/editing/entitylineedit.h>
#include <ui/editing/linktextedit.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace tkb {

LinkTextEdit::LinkTextEdit(KnowledgeBase *kb, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_kb(kb)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setTabChangesFocus(true);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &LinkTextEdit::insertLink);
}

void LinkTextEdit::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

int LinkTextEdit::linkStart() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const int open = int(before.lastIndexOf(QStringLiteral("[[")));
    if (open < 0)
        return -1;
    const QString typed = before.mid(open + 2);
    // Past a label or a closed link the cursor is no longer naming the target.
    if (typed.contains(u'|') || typed.contains(u']') || typed.contains(u'['))
        return -1;
    return cursor.block().position() + open;
}

void LinkTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Escape:
            // Dismisses the list only: the form around must not take it as Cancel.
            m_completer->popup()->hide();
            event->accept();
            return;
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            // The completer's popup takes these (choose).
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    if (event->text().isEmpty() && event->key() != Qt::Key_Backspace)
        return;
    offer();
}

void LinkTextEdit::offer()
{
    const int start = linkStart();
    if (start < 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString typed = toPlainText().mid(start + 2, textCursor().position() - start - 2);
    EntityLineEdit::fillModel(m_model, m_kb, typed.trimmed());
    if (m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(
        m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_model->index(0, 0));
}

void LinkTextEdit::insertLink(const QModelIndex &index)
{
    const int start = linkStart();
    if (start < 0 || !index.isValid())
        return;
    QTextCursor cursor = textCursor();
    const int end = cursor.position();
    // A "]]" already after the cursor (the link was being retyped) is replaced with the rest.
    int close = end;
    if (toPlainText().mid(end, 2) == QStringLiteral("]]"))
        close = end + 2;
    cursor.setPosition(start);
    cursor.setPosition(close, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("[[%1|%2]]")
            .arg(index.data(EntityLineEdit::IdRole).toString(), index.data(EntityLineEdit::LabelRole).toString()));
    setTextCursor(cursor);
}

} // namespace tkb
