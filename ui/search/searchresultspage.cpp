// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/htmlpagewriter.h>
#include <core/document/pagebuilder.h>
#include <core/document/searchaddress.h>
#include <core/document/snippetmarks.h>
#include <core/search/searchindex.h>
#include <core/store/knowledgebase.h>
#include <ui/pages/linkbrowser.h>
#include <ui/search/searchresultspage.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tkb {

QUrl SearchResultsPage::addressFor(const QString &text, std::optional<EntityKind> kind)
{
    return SearchAddress::of(text, kind);
}

bool SearchResultsPage::isSearchAddress(const QUrl &url)
{
    return SearchAddress::is(url);
}

QString SearchResultsPage::snippetHtml(const QString &snippet)
{
    return SnippetMarks::wrapped(snippet, QStringLiteral("<b>"), QStringLiteral("</b>"), true);
}

SearchResultsPage::SearchResultsPage(const QUrl &address, KnowledgeBase *kb, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
{
    setObjectName(QStringLiteral("searchResultsPage"));
    m_query = SearchAddress::text(address);
    m_kind = SearchAddress::kind(address);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("searchHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_kindLabel = new QLabel(this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_kindLabel->setBuddy(m_kindCombo);
    m_results = new LinkBrowser(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setFrameShape(QFrame::NoFrame);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(m_kindLabel);
    header->addWidget(m_kindCombo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 0);
    layout->addLayout(header);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_results);

    connect(m_results, &LinkBrowser::linkActivated, this, &TabPage::linkActivated);
    connect(m_results, &LinkBrowser::linkHovered, this, &TabPage::linkHovered);
    fillKinds();
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = m_kindCombo->itemData(index).toString();
        setKindFilter(id.isEmpty() ? std::nullopt : entityKindFromId(id));
    });
    retranslate();
    run();
}

QUrl SearchResultsPage::address() const
{
    return addressFor(m_query, m_kind);
}

QString SearchResultsPage::title() const
{
    return tr("Search: %1").arg(m_query);
}

void SearchResultsPage::setKindFilter(std::optional<EntityKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    const int index = m_kindCombo->findData(kind ? entityKindId(*kind) : QString());
    if (index >= 0 && index != m_kindCombo->currentIndex()) {
        const QSignalBlocker block(m_kindCombo);
        m_kindCombo->setCurrentIndex(index);
    }
    run();
    // The address changed with the filter: the window records it for restore and history.
    Q_EMIT titleChanged();
}

void SearchResultsPage::setZoom(int steps)
{
    m_results->setZoom(steps);
}

void SearchResultsPage::reload()
{
    run();
}

void SearchResultsPage::fillKinds()
{
    const QSignalBlocker block(m_kindCombo);
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (EntityKind k : allEntityKinds())
        m_kindCombo->addItem(entityKindPluralName(k), entityKindId(k));
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(m_kind ? entityKindId(*m_kind) : QString())));
}

void SearchResultsPage::run()
{
    m_hits.clear();
    m_didYouMean.clear();
    if (m_kb && !m_query.isEmpty()) {
        SearchQuery q;
        q.text = m_query;
        q.kind = m_kind;
        q.limit = maxResults;
        q.prefix = true;
        q.includeSections = !m_kind || *m_kind == EntityKind::Source;
        m_hits = m_kb->search().search(q);
        // Few or no hits: a misspelling is the likeliest reason.
        if (m_hits.size() < 3)
            m_didYouMean = m_kb->search().didYouMean(m_query);
    }
    m_hitCount = int(m_hits.size());
    render(false);
}

void SearchResultsPage::render(bool keepPosition)
{
    m_heading->setText(m_hitCount == 0 ? tr("No results for “%1”").arg(m_query)
                                       : tr("%n result(s) for “%1”", nullptr, m_hitCount).arg(m_query));
    // The same page the PDF prints, built once in core; the window draws its screen parts.
    const PageDocument page = PageBuilder(m_kb).search(m_query, m_kind, m_hits, m_didYouMean);
    m_results->setPageHtml(HtmlPageWriter::page(page, layoutDirection()), {}, keepPosition);
}

void SearchResultsPage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        fillKinds();
        render(true);
        Q_EMIT titleChanged();
        break;
    case QEvent::LayoutDirectionChange:
        render(true);
        break;
    default:
        break;
    }
}

void SearchResultsPage::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_kindCombo->setAccessibleName(tr("Filter results by kind"));
    m_results->setAccessibleName(tr("Search results"));
}

} // namespace tkb
