// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/entitykind.h>
#include <core/render/readername.h>
#include <ui/pages/linkbrowser.h>
#include <ui/search/searchbar.h>
#include <ui/search/suggestiondelegate.h>
#include <ui/search/suggestionworker.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QThread>
#include <QTimer>

namespace tkb {

SearchBar::SearchBar(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchBar"));
    setClearButtonEnabled(true);
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    // Our own model, already ranked by the search engine: show it as is, never filter by prefix.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(maxSuggestions);
    // setWidget, not setCompleter: the completer must not rewrite the text or filter on its own.
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("searchSuggestions"));
    m_completer->popup()->setItemDelegate(new SuggestionDelegate(m_completer->popup()));
    connect(
        m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
            const QString id = index.data(IdRole).toString();
            if (const QString completion = index.data(CompletionRole).toString();
                id.isEmpty() && !completion.isEmpty()) {
                // A filter completed: the text takes it and the reader goes on typing the words.
                setText(completion + u' ');
                setFocus();
                return;
            }
            if (id.isEmpty())
                return;
            Q_EMIT entityChosen(id, LinkBrowser::openInFor(Qt::LeftButton, QGuiApplication::keyboardModifiers()));
        });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::requestSuggestions);
    connect(this, &QLineEdit::textEdited, this, [this] {
        // Anything in flight is for older text now.
        m_latest->store(++m_serial);
        m_debounce->start();
    });
    retranslate();
}

SearchBar::~SearchBar()
{
    stopWorker();
}

void SearchBar::stopWorker()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted in its thread when the thread finished
}

void SearchBar::setKnowledgeBasePath(const QString &path)
{
    stopWorker();
    m_model->clear();
    m_completer->popup()->hide();
    if (path.isEmpty())
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("suggestions"));
    m_worker = new SuggestionWorker(path, m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SuggestionWorker::suggestionsReady, this, &SearchBar::showSuggestions);
    m_thread->start(QThread::LowPriority);
}

void SearchBar::requestSuggestions()
{
    const QString prefix = text().trimmed();
    if (prefix.isEmpty() || !m_worker) {
        m_model->clear();
        m_completer->popup()->hide();
        return;
    }
    const quint64 serial = m_serial;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, serial, prefix, language = ReaderName::current()] {
            worker->suggest(serial, prefix, maxSuggestions, language);
        },
        Qt::QueuedConnection);
}

void SearchBar::showSuggestions(quint64 serial, const QString &prefix, const QList<Suggestion> &suggestions)
{
    if (serial != m_serial || prefix != text().trimmed())
        return; // an answer to text the user has already changed
    m_model->clear();
    for (const Suggestion &s : suggestions) {
        if (!s.completion.isEmpty()) {
            auto *item = new QStandardItem(s.name);
            item->setData(s.completion, CompletionRole);
            item->setData(s.name, NameRole);
            item->setData(tr("filter"), KindRole);
            item->setData(tr("%1, filter").arg(s.name), Qt::AccessibleTextRole);
            item->setEditable(false);
            m_model->appendRow(item);
            continue;
        }
        auto *item = new QStandardItem(s.name);
        item->setData(s.id, IdRole);
        item->setData(entityKindName(s.kind), KindRole);
        item->setData(s.matched.compare(s.name, Qt::CaseInsensitive) == 0 ? QString() : s.matched, MatchedRole);
        item->setData(s.name, NameRole);
        item->setEditable(false);
        const QString matched = item->data(MatchedRole).toString();
        item->setData(matched.isEmpty() ? tr("%1, %2").arg(s.name, entityKindName(s.kind))
                                        : tr("%1 (%2), %3").arg(s.name, matched, entityKindName(s.kind)),
            Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() == 0 || !hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    openPopup();
}

void SearchBar::openPopup()
{
    // Names run long ("Government of the Talysh-Mughan Autonomous Republic in exile"): give the list room.
    QRect area = rect();
    area.setWidth(qMax(width(), 440));
    if (layoutDirection() == Qt::RightToLeft)
        area.moveRight(rect().right());
    m_completer->complete(area);
    // Nothing is chosen until the user moves into the list, so Enter still means "search for this text".
    m_completer->popup()->setCurrentIndex(QModelIndex());
}

void SearchBar::keyPressEvent(QKeyEvent *event)
{
    const bool popupOpen = m_completer->popup()->isVisible();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (popupOpen && m_completer->popup()->currentIndex().isValid()) {
            event->ignore(); // the completer opens the chosen suggestion
            return;
        }
        m_completer->popup()->hide();
        m_debounce->stop();
        m_latest->store(++m_serial);
        if (!text().trimmed().isEmpty())
            Q_EMIT searchRequested(text().trimmed(), LinkBrowser::openInFor(Qt::LeftButton, event->modifiers()));
        event->accept();
        return;
    case Qt::Key_Escape:
        if (!popupOpen) {
            Q_EMIT leaveRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Down:
        if (!popupOpen && m_model->rowCount() > 0) {
            openPopup();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void SearchBar::retranslate()
{
    setPlaceholderText(tr("Search people, places, events…"));
    setAccessibleName(tr("Search the knowledge base"));
    setAccessibleDescription(tr("Type a name in any spelling or script; Enter shows all results."));
    setToolTip(tr("Search the knowledge base (Ctrl+K)"));
    m_completer->popup()->setAccessibleName(tr("Suggestions"));
    // Kind names in open suggestions follow the language too.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (!item->data(CompletionRole).toString().isEmpty()) {
            item->setData(tr("filter"), KindRole);
            item->setData(tr("%1, filter").arg(item->data(NameRole).toString()), Qt::AccessibleTextRole);
            continue;
        }
        const QString id = item->data(IdRole).toString();
        if (const auto kind = entityKindFromId(QStringView(id).left(id.indexOf(u'/'))))
            item->setData(entityKindName(*kind), KindRole);
    }
}

} // namespace tkb
