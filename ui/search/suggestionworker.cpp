// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/readername.h>
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>
#include <ui/search/suggestionworker.h>

namespace tkb {

SuggestionWorker::SuggestionWorker(const QString &kbPath, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(kbPath)
    , m_latest(std::move(latest))
{ }

SuggestionWorker::~SuggestionWorker() = default;

void SuggestionWorker::suggest(quint64 serial, const QString &prefix, int limit, const QString &readerLanguage)
{
    if (serial < m_latest->load())
        return; // the user typed on; only the newest request is worth the work
    if (!m_kb && !m_openFailed) {
        StoreError error;
        // A second reader of the window's file: the window's own check covers it (BaseOpener).
        m_kb = KnowledgeBase::open(
            m_path, KnowledgeBase::OpenMode::ReadOnly, &error, KnowledgeBase::Verification::Deferred);
        m_openFailed = !m_kb;
    }
    QList<Suggestion> result;
    if (m_kb) {
        result = m_kb->search().suggest(prefix, limit);
        for (Suggestion &s : result) {
            if (!s.id.isEmpty()) {
                if (const QString shown = ReaderName::of(*m_kb, s.id, readerLanguage); !shown.isEmpty())
                    s.name = shown;
            }
        }
    }
    Q_EMIT suggestionsReady(serial, prefix, result);
}

} // namespace tkb
