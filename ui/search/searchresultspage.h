// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kb:search?q=… page: every hit for the query with its highlighted snippet, a kind filter, and a
// "Did you mean" line when the query finds little.
#include <core/model/entitykind.h>
#include <core/search/searchhit.h>
#include <ui/shell/tabpage.h>

#include <optional>

class QComboBox;
class QLabel;

namespace tkb {

class KnowledgeBase;
class LinkBrowser;

class SearchResultsPage : public TabPage
{
    Q_OBJECT
public:
    static constexpr int maxResults = 100;

    SearchResultsPage(const QUrl &address, KnowledgeBase *kb, QWidget *parent = nullptr);

    /// kb:search?q=text[&kind=person]
    static QUrl addressFor(const QString &text, std::optional<EntityKind> kind = std::nullopt);
    static bool isSearchAddress(const QUrl &url);
    /// A snippet with \x02…\x03 match marks as safe HTML: the text escaped, the matches in <b>.
    static QString snippetHtml(const QString &snippet);

    QUrl address() const override;
    QString title() const override;
    void setZoom(int steps) override;
    void reload() override;

    QString query() const { return m_query; }
    std::optional<EntityKind> kindFilter() const { return m_kind; }
    void setKindFilter(std::optional<EntityKind> kind);
    int hitCount() const { return m_hitCount; }
    QStringList suggestions() const { return m_didYouMean; }
    LinkBrowser *resultsView() const { return m_results; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillKinds();
    void run();
    void render(bool keepPosition);

    KnowledgeBase *m_kb = nullptr;
    QString m_query;
    std::optional<EntityKind> m_kind;
    QLabel *m_heading = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kindCombo = nullptr;
    LinkBrowser *m_results = nullptr;
    QList<SearchHit> m_hits;
    QStringList m_didYouMean;
    int m_hitCount = 0;
};

} // namespace tkb
