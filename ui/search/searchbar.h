// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The search field in the toolbar: suggestions while typing (computed on a worker thread, shown in a popup
// with name, matched spelling and kind; choosing one opens the entity) and Enter for the full results.
#include <ui/shell/tabpage.h>

#include <QLineEdit>

#include <atomic>
#include <memory>

class QCompleter;
class QStandardItemModel;
class QThread;
class QTimer;

namespace tkb {

class SuggestionWorker;
struct Suggestion;

class SearchBar : public QLineEdit
{
    Q_OBJECT
public:
    /// CompletionRole: for a filter's completion (no entity), the text the bar takes when it is chosen.
    enum Role { IdRole = Qt::UserRole + 1, KindRole, MatchedRole, NameRole, CompletionRole };
    static constexpr int maxSuggestions = 12;

    explicit SearchBar(QWidget *parent = nullptr);
    ~SearchBar() override;

    /// Points the suggestions at a knowledge base file (empty: none). The worker opens its own connection.
    void setKnowledgeBasePath(const QString &path);
    QCompleter *completer() const { return m_completer; }
    QStandardItemModel *suggestionModel() const { return m_model; }

Q_SIGNALS:
    void entityChosen(const QString &id, tkb::TabPage::OpenIn where);
    void searchRequested(const QString &text, tkb::TabPage::OpenIn where);
    /// Escape with no popup open: the window gives the focus back to the page.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestSuggestions();
    void showSuggestions(quint64 serial, const QString &prefix, const QList<tkb::Suggestion> &suggestions);
    void stopWorker();
    void openPopup();

    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QThread *m_thread = nullptr;
    SuggestionWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_serial = 0;
};

} // namespace tkb
