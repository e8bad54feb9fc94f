// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Computes type-ahead suggestions on a worker thread with its own read-only connection to the knowledge
// base, so typing never waits for the database. Requests carry a serial number; a request already
// overtaken by a newer one is skipped, and the search bar drops any answer that is not for its latest.
#include <core/search/suggestion.h>

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace tkb {

class KnowledgeBase;

class SuggestionWorker : public QObject
{
    Q_OBJECT
public:
    /// latest is shared with the requester: the serial of the newest request it has made.
    SuggestionWorker(const QString &kbPath, std::shared_ptr<std::atomic<quint64>> latest);
    ~SuggestionWorker() override;

public Q_SLOTS:
    /// readerLanguage: the window's, whose script names are shown in (core/render/readername.h).
    void suggest(quint64 serial, const QString &prefix, int limit, const QString &readerLanguage = {});

Q_SIGNALS:
    void suggestionsReady(quint64 serial, const QString &prefix, const QList<tkb::Suggestion> &suggestions);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<KnowledgeBase> m_kb; ///< opened in the worker thread on first use, closed there too
    bool m_openFailed = false;
};

} // namespace tkb
