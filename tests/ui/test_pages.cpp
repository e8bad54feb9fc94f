// SPDX-License-Identifier: GPL-3.0-or-later
// The tab pages on the real shipped pack: entity pages with relations and backlinks whose name links open
// entities (Ctrl+click in the background, middle click in a new tab), footnotes that open the article with
// the cited sentence highlighted, the People list and its filter, the timeline in order, the graph, the
// highlighted source view, the search results drawn from the shared page model, escaping of hostile text, the
// factory's addresses, zoom, palette and reload, and the qualifiers and competing claims of an entity on its page
// and in the sidebar's card.
// With TALYSHKB_SCREENSHOT_DIR set, the screenshots tests also save page-*.png there.
#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/graph/graphedgeitem.h>
#include <ui/graph/graphnodeitem.h>
#include <ui/graph/graphpage.h>
#include <ui/pages/articlepage.h>
#include <ui/pages/entitylistmodel.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/pages/listpage.h>
#include <ui/pages/sourcepage.h>
#include <ui/search/searchresultspage.h>
#include <ui/shell/pagefactory.h>
#include <ui/sidebar/entitycard.h>
#include <ui/timeline/timelinepage.h>
#include <ui/timeline/timelineview.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QWheelEvent>

#include "../core/claimsexample.h"
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

using namespace tkb;
using OpenIn = TabPage::OpenIn;

namespace {

struct Anchor
{
    QString href;
    int position = 0;
    int length = 0;
    QString text;
};

QList<Anchor> anchors(const QTextDocument *doc)
{
    QList<Anchor> out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && !f.charFormat().anchorHref().isEmpty())
                out.append(Anchor { f.charFormat().anchorHref(), f.position(), f.length(), f.text() });
        }
    }
    return out;
}

Anchor findAnchor(const QTextDocument *doc, const std::function<bool(const Anchor &)> &pred)
{
    for (const Anchor &a : anchors(doc)) {
        if (a.length >= 2 && pred(a))
            return a;
    }
    return {};
}

// The text of every fragment drawn in the highlight colour (the .hl class), in document order.
QString highlightedText(const QTextDocument *doc, const QPalette &palette = QPalette())
{
    const QColor hl = LinkBrowser::highlightColor(palette);
    QString out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().background().style() != Qt::NoBrush && f.charFormat().background().color() == hl)
                out += f.text();
        }
    }
    return out;
}

// A point inside the anchor's text, in viewport coordinates, scrolled into view first.
QPoint pointOf(LinkBrowser *b, const Anchor &a)
{
    QTextCursor c(b->document());
    c.setPosition(a.position + a.length / 2);
    b->setTextCursor(c);
    b->ensureCursorVisible();
    return b->cursorRect(c).center() + QPoint(1, 0);
}

bool isSafeHref(const QString &href)
{
    return href.startsWith(QLatin1String("kb:")) || href.startsWith(QLatin1String("http://"))
        || href.startsWith(QLatin1String("https://"));
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;

    template <typename T> std::unique_ptr<T> open(const QString &address, KnowledgeBase *kb = nullptr)
    {
        TabPage *page = PageFactory::create(QUrl(address), kb ? kb : m_kb.get());
        auto *typed = qobject_cast<T *>(page);
        if (!typed)
            delete page;
        return std::unique_ptr<T>(typed);
    }

    static void show(QWidget *w)
    {
        w->resize(1000, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        StoreError err;
        const QString path = m_dir.filePath(QStringLiteral("pack.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
    }

    void factoryOpensEveryAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("type");
        QTest::newRow("entity") << "kb:person/alikram-hummatov" << "tkb::EntityPage";
        QTest::newRow("source entity") << "kb:source/unpo-website" << "tkb::EntityPage";
        QTest::newRow("article") << "kb:article" << "tkb::ArticlePage";
        QTest::newRow("section") << "kb:article#History" << "tkb::ArticlePage";
        QTest::newRow("spaced section") << "kb:article#Movement%20goals" << "tkb::ArticlePage";
        QTest::newRow("lead") << "kb:article#lead" << "tkb::ArticlePage";
        QTest::newRow("list") << "kb:list/person" << "tkb::ListPage";
        QTest::newRow("sources") << "kb:list/source" << "tkb::ListPage";
        QTest::newRow("timeline") << "kb:timeline" << "tkb::TimelinePage";
        QTest::newRow("graph") << "kb:graph/person/alikram-hummatov" << "tkb::GraphPage";
        QTest::newRow("entity source") << "kb:source/person/alikram-hummatov" << "tkb::SourcePage";
        QTest::newRow("article source") << "kb:source/article" << "tkb::SourcePage";
    }
    void factoryOpensEveryAddress()
    {
        QFETCH(QString, address);
        QFETCH(QString, type);
        QVERIFY(PageFactory::canOpen(QUrl(address)));
        std::unique_ptr<TabPage> page(PageFactory::create(QUrl(address), m_kb.get()));
        QVERIFY(page);
        QCOMPARE(QString::fromLatin1(page->metaObject()->className()), type);
        // The address recreates the same page.
        QCOMPARE(page->address(), QUrl(address));
        QVERIFY(!page->title().isEmpty());
    }

    void factoryRefusesWhatItCannotShow()
    {
        for (const char *a :
            { "kb:search?q=Hummatov", "kb:person/nobody", "kb:article#No%20such%20section", "https://unpo.org/",
                "javascript:alert(1)", "file:///etc/passwd", "kb:list/nonsense", "kb:graph/person/nobody", "kb:" }) {
            std::unique_ptr<TabPage> page(PageFactory::create(QUrl(QString::fromLatin1(a)), m_kb.get()));
            QVERIFY2(!page, a);
        }
        QVERIFY(!PageFactory::canOpen(QUrl(QStringLiteral("kb:search?q=x"))));
        QVERIFY(!PageFactory::canOpen(QUrl(QStringLiteral("https://example.org"))));
        QVERIFY(!PageFactory::create(QUrl(QStringLiteral("kb:timeline")), nullptr));
    }

    void entityPageShowsNameRelationsAndBacklinks()
    {
        auto page = open<EntityPage>(QStringLiteral("kb:person/alikram-hummatov"));
        QVERIFY(page);
        QCOMPARE(page->title(), QStringLiteral("Alikram Hummatov"));
        QCOMPARE(page->currentEntityId(), QStringLiteral("person/alikram-hummatov"));
        const QString text = page->browser()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Alikram Hummatov")));
        QVERIFY(text.contains(QStringLiteral("Аликрам Гумматов")));
        QVERIFY(text.contains(QStringLiteral("Relations")));
        QVERIFY(text.contains(QStringLiteral("heads")));
        QVERIFY(text.contains(QStringLiteral("→ Talysh National Movement (from 2007)")));
        QVERIFY(text.contains(QStringLiteral("Mentioned in")));
        QVERIFY(text.contains(QStringLiteral("Talysh National Movement (article) — History")));
        QVERIFY(text.contains(QStringLiteral("References")));
        const QList<Anchor> links = anchors(page->browser()->document());
        QVERIFY(links.size() > 20);
        for (const Anchor &a : links)
            QVERIFY2(isSafeHref(a.href), qPrintable(a.href));
        QVERIFY(!findAnchor(page->browser()->document(), [](const Anchor &a) {
            return a.href == u"kb:article#History";
        }).href.isEmpty());
        QVERIFY(page->browser()->isReadOnly());
        QVERIFY(!page->browser()->openLinks());
        QVERIFY(!page->browser()->accessibleName().isEmpty());
    }

    void clickingANameOpensIt()
    {
        auto page = open<EntityPage>(QStringLiteral("kb:person/alikram-hummatov"));
        show(page.get());
        QSignalSpy spy(page.get(), &TabPage::linkActivated);
        const Anchor a = findAnchor(page->browser()->document(),
            [](const Anchor &a) { return a.href == u"kb:organization/talysh-national-movement"; });
        QVERIFY(!a.href.isEmpty());

        QTest::mouseClick(page->browser()->viewport(), Qt::LeftButton, {}, pointOf(page->browser(), a));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toUrl(), QUrl(QStringLiteral("kb:organization/talysh-national-movement")));
        QCOMPARE(spy[0][1].value<OpenIn>(), OpenIn::CurrentTab);

        QTest::mouseClick(
            page->browser()->viewport(), Qt::LeftButton, Qt::ControlModifier, pointOf(page->browser(), a));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy[1][1].value<OpenIn>(), OpenIn::NewBackgroundTab);

        QTest::mouseClick(page->browser()->viewport(), Qt::MiddleButton, {}, pointOf(page->browser(), a));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy[2][0].toUrl(), QUrl(QStringLiteral("kb:organization/talysh-national-movement")));
        QCOMPARE(spy[2][1].value<OpenIn>(), OpenIn::NewTab);

        // A click beside any link opens nothing.
        QTest::mouseClick(
            page->browser()->viewport(), Qt::LeftButton, {}, QPoint(page->browser()->viewport()->width() - 5, 5));
        QCOMPARE(spy.size(), 3);

        // Hovering a link reports it for the preview card.
        QSignalSpy hover(page.get(), &TabPage::linkHovered);
        QTest::mouseMove(page->browser()->viewport(), pointOf(page->browser(), a));
        QTRY_VERIFY(!hover.isEmpty());
        QCOMPARE(hover.last()[0].toUrl(), QUrl(QStringLiteral("kb:organization/talysh-national-movement")));
    }

    void keyboardReachesAndOpensLinks()
    {
        auto page = open<EntityPage>(QStringLiteral("kb:person/alikram-hummatov"));
        show(page.get());
        QSignalSpy spy(page.get(), &TabPage::linkActivated);
        page->browser()->setFocus();
        // Tab moves to the first link, Enter opens it.
        QTest::keyClick(page->browser(), Qt::Key_Tab);
        QTest::keyClick(page->browser(), Qt::Key_Return);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy[0][0].toUrl().scheme() == u"kb");
    }

    void citationOpensTheArticleWithTheSentenceHighlighted()
    {
        auto page = open<EntityPage>(QStringLiteral("kb:person/fahraddin-abbaszadeh"));
        show(page.get());
        QSignalSpy spy(page.get(), &TabPage::linkActivated);
        // A footnote marker "[n]" whose link points into the article.
        const Anchor note = findAnchor(page->browser()->document(), [](const Anchor &a) {
            return a.text.startsWith(u'[') && a.href.startsWith(QLatin1String("kb:article?cite="));
        });
        QVERIFY2(!note.href.isEmpty(), "no footnote link");
        QTest::mouseClick(page->browser()->viewport(), Qt::LeftButton, {}, pointOf(page->browser(), note));
        QCOMPARE(spy.size(), 1);
        const QUrl url = spy[0][0].toUrl();
        const KbAddress address = KbAddress::parse(url);
        QCOMPARE(address.type(), KbAddress::Type::Article);
        QVERIFY(!address.highlight().isEmpty());

        auto article = open<ArticlePage>(url.toString());
        QVERIFY(article);
        show(article.get());
        const QString hl = highlightedText(article->browser()->document());
        QVERIFY2(hl.contains(address.highlight()), qPrintable(hl));
        QCOMPARE(article->address(), url);
    }

    void wholeArticleScrollsToTheHighlight()
    {
        // A sentence near the end of the article: the page must open scrolled down to it.
        const QString sentence = QStringLiteral(
            "The leaders of the Talysh national movement are convinced that the current authorities of "
            "Azerbaijan continue the course for the complete assimilation of the Talysh on the "
            "principle \"no people - no problem\".");
        auto page = open<ArticlePage>(KbAddress::article({}, sentence).toString());
        QVERIFY(page);
        show(page.get());
        QCOMPARE(highlightedText(page->browser()->document()), sentence);
        LinkBrowser *b = page->browser();
        QTRY_VERIFY(b->verticalScrollBar()->value() > 0);
        const QString plain = b->toPlainText();
        QTextCursor c(b->document());
        c.setPosition(int(plain.indexOf(QStringLiteral("The leaders of the Talysh"))));
        QTRY_VERIFY(b->viewport()->rect().contains(b->cursorRect(c).center()));
        // The whole article: every section and every name a link.
        QVERIFY(plain.contains(QStringLiteral("History")) && plain.contains(QStringLiteral("Movement goals")));
        QVERIFY(anchors(b->document()).size() > 40);
    }

    void sectionPageShowsOneSection()
    {
        auto page = open<ArticlePage>(QStringLiteral("kb:article#Movement%20goals"));
        QVERIFY(page);
        const QString text = page->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("15 July 2018")));
        QVERIFY(!text.contains(QStringLiteral("second half of August 1993")));
        QVERIFY(page->title().startsWith(QStringLiteral("Movement goals")));
        QCOMPARE(page->currentEntityId(), QStringLiteral("source/talysh-national-movement-article"));
    }

    void peopleListShowsAllSixAndFilters()
    {
        auto page = open<ListPage>(QStringLiteral("kb:list/person"));
        QVERIFY(page);
        QCOMPARE(page->title(), QStringLiteral("People"));
        show(page.get());
        EntityListModel *model = page->model();
        QTRY_COMPARE(model->rowCount(), 6);
        QCOMPARE(model->totalCount(), 6);
        QStringList names;
        for (int r = 0; r < model->rowCount(); ++r)
            names << model->index(r, EntityListModel::NameColumn).data().toString();
        QVERIFY(names.contains(QStringLiteral("Alikram Hummatov")));
        QVERIFY(names.contains(QStringLiteral("Fahraddin Abbaszadeh")));
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
            [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(names, sorted);
        QVERIFY(model->index(0, EntityListModel::DetailColumn).data().isValid());

        // Sorting by name the other way round.
        page->view()->sortByColumn(EntityListModel::NameColumn, Qt::DescendingOrder);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->index(0, 0).data().toString(), names.last());
        page->view()->sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);

        // The filter waits for typing to pause, then narrows by name or by another spelling.
        QSignalSpy current(page.get(), &TabPage::currentEntityChanged);
        page->filterEdit()->setFocus();
        page->filterEdit()->setText(QStringLiteral("Гумма")); // QTest cannot type Cyrillic keys
        QCOMPARE(model->totalCount(), 6); // not yet
        QTRY_COMPARE(model->totalCount(), 1);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Alikram Hummatov"));
        // Down goes to the results and selects the first; Enter opens it.
        QSignalSpy opened(page.get(), &TabPage::linkActivated);
        QTest::keyClick(page->filterEdit(), Qt::Key_Down);
        QVERIFY(page->view()->hasFocus());
        QCOMPARE(current.size(), 1);
        QCOMPARE(current[0][0].toString(), QStringLiteral("person/alikram-hummatov"));
        QCOMPARE(page->currentEntityId(), QStringLiteral("person/alikram-hummatov"));
        QTest::keyClick(page->view(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toUrl(), QUrl(QStringLiteral("kb:person/alikram-hummatov")));

        page->filterEdit()->setText(QStringLiteral("no such person at all"));
        QTRY_COMPARE(model->totalCount(), 0);
        page->filterEdit()->clear();
        QTRY_COMPARE(model->totalCount(), 6);
    }

    void eventsListSortsByDate()
    {
        auto page = open<ListPage>(QStringLiteral("kb:list/event"));
        QVERIFY(page);
        EntityListModel *model = page->model();
        page->view()->sortByColumn(EntityListModel::DetailColumn, Qt::AscendingOrder);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 20);
        QCOMPARE(model->idAt(0), QStringLiteral("event/tmar-formation-1993"));
        QCOMPARE(model->index(0, EntityListModel::DetailColumn).data().toString(), QStringLiteral("1993"));
        // A column that cannot sort leaves the order and its indicator alone.
        page->view()->sortByColumn(EntityListModel::SummaryColumn, Qt::AscendingOrder);
        QCOMPARE(model->sortColumn(), int(EntityListModel::DetailColumn));
        QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), int(EntityListModel::DetailColumn));
    }

    void timelineIsChronologicalWithDatesAtTheirPrecision()
    {
        auto page = open<TimelinePage>(QStringLiteral("kb:timeline"));
        QVERIFY(page);
        show(page.get());
        QTreeWidget *list = page->list();
        QCOMPARE(list->topLevelItemCount(), 20);
        QHash<QString, QString> dates;
        QStringList order;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QString id = list->topLevelItem(i)->data(0, Qt::UserRole).toString();
            dates[id] = list->topLevelItem(i)->text(0);
            order << id;
        }
        QCOMPARE(dates.value(QStringLiteral("event/tnm-joins-unpo-2007")), QStringLiteral("26 June 2007"));
        QCOMPARE(dates.value(QStringLiteral("event/abbaszadeh-detention-2018")), QStringLiteral("July 2018"));
        QCOMPARE(dates.value(QStringLiteral("event/hummatov-pardon-2004")), QStringLiteral("2004"));
        QCOMPARE(dates.value(QStringLiteral("event/hummatov-sentence-commuted")), QStringLiteral("undated"));
        QVERIFY(order.indexOf(QStringLiteral("event/tmar-formation-1993"))
            < order.indexOf(QStringLiteral("event/hummatov-pardon-2004")));
        QVERIFY(order.indexOf(QStringLiteral("event/hummatov-pardon-2004"))
            < order.indexOf(QStringLiteral("event/tnm-joins-unpo-2007")));
        QVERIFY(order.indexOf(QStringLiteral("event/tnm-joins-unpo-2007"))
            < order.indexOf(QStringLiteral("event/abbaszadeh-extradition-2019")));

        // The axis: dated events only, in order, with labels that never overlap.
        TimelineView *axis = page->timeline();
        const QStringList ids = axis->ids();
        int dated = 0;
        for (const EntityRef &r : m_kb->events())
            dated += r.date.isValid() ? 1 : 0;
        QCOMPARE(dated, 16);
        QCOMPARE(ids.size(), dated);
        QVERIFY(!ids.contains(QStringLiteral("event/hummatov-sentence-commuted")));
        QVERIFY(ids.indexOf(QStringLiteral("event/tmar-formation-1993"))
            < ids.indexOf(QStringLiteral("event/abbaszadeh-extradition-2019")));
        for (int i = 0; i < ids.size(); ++i) {
            for (int j = i + 1; j < ids.size(); ++j)
                QVERIFY2(
                    !axis->labelRect(ids[i]).intersects(axis->labelRect(ids[j])), qPrintable(ids[i] + u' ' + ids[j]));
        }
        // Year labels at an even step that covers the whole span.
        const QList<int> years = axis->labelledYears();
        QVERIFY(years.size() >= 3);
        QVERIFY(years.first() <= 1995 && years.last() >= 2018);
        for (int i = 1; i < years.size(); ++i)
            QCOMPARE(years[i] - years[i - 1], years[1] - years[0]);

        // Zoom changes the scale of the axis: the page zoom and Ctrl+wheel both.
        const double before = axis->pixelsPerYear();
        page->setZoom(2);
        QVERIFY(axis->pixelsPerYear() > before * 1.4);
        const double zoomed = axis->pixelsPerYear();
        page->zoomAxis(-1, 10);
        QVERIFY(axis->pixelsPerYear() < zoomed);
        QWheelEvent wheel(QPointF(50, 50), axis->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::ControlModifier, Qt::NoScrollPhase, false);
        const double beforeWheel = axis->pixelsPerYear();
        QApplication::sendEvent(axis, &wheel);
        QVERIFY(axis->pixelsPerYear() > beforeWheel);
        page->setZoom(0);

        // Clicking an event on the axis opens it; Enter in the list too.
        QSignalSpy spy(page.get(), &TabPage::linkActivated);
        const QString target = QStringLiteral("event/tnm-joins-unpo-2007");
        QScrollArea *scroll = page->findChild<QScrollArea *>(QStringLiteral("timelineScroll"));
        scroll->ensureVisible(axis->labelRect(target).center().x(), axis->labelRect(target).center().y());
        QTest::mouseClick(axis, Qt::LeftButton, {}, axis->labelRect(target).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toUrl(), QUrl(QStringLiteral("kb:event/tnm-joins-unpo-2007")));
        QCOMPARE(page->currentEntityId(), target);
        QCOMPARE(list->currentItem()->data(0, Qt::UserRole).toString(), target);
        // Keyboard on the axis: Right moves to the next event, Enter opens.
        axis->setFocus();
        QTest::keyClick(axis, Qt::Key_Right);
        QCOMPARE(axis->currentId(), ids[ids.indexOf(target) + 1]);
        QTest::keyClick(axis, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy[1][1].value<OpenIn>(), OpenIn::NewBackgroundTab);
    }

    void graphHasANodePerNeighbour()
    {
        const QString id = QStringLiteral("person/alikram-hummatov");
        auto page = open<GraphPage>(QStringLiteral("kb:graph/") + id);
        QVERIFY(page);
        show(page.get());
        QSet<QString> neighbours;
        for (const Relation &r : m_kb->relations(id))
            neighbours.insert(r.subject == id ? r.object : r.subject);
        const QList<GraphNodeItem *> nodes = page->nodes();
        QCOMPARE(nodes.size(), neighbours.size() + 1);
        QCOMPARE(nodes.first()->id(), id);
        QSet<QString> shown;
        for (GraphNodeItem *n : nodes.mid(1))
            shown.insert(n->id());
        QCOMPARE(shown, neighbours);
        QCOMPARE(page->edges().size(), neighbours.size());
        bool heads = false;
        for (GraphEdgeItem *e : page->edges())
            heads = heads || e->labels().contains(QStringLiteral("heads"));
        QVERIFY(heads);
        // No two nodes overlap.
        for (int i = 0; i < nodes.size(); ++i) {
            for (int j = i + 1; j < nodes.size(); ++j)
                QVERIFY(!nodes[i]->sceneBoundingRect().intersects(nodes[j]->sceneBoundingRect()));
        }

        QSignalSpy spy(page.get(), &TabPage::linkActivated);
        GraphNodeItem *target = nodes[1];
        const QPoint at = page->view()->mapFromScene(target->pos());
        QVERIFY(page->view()->viewport()->rect().contains(at));
        QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toUrl(), KbAddress::entity(target->id()));
        QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, Qt::ControlModifier, at);
        QCOMPARE(spy[1][1].value<OpenIn>(), OpenIn::NewBackgroundTab);
        QCOMPARE(page->currentEntityId(), target->id());

        // Zoom scales the drawing.
        const qreal before = page->view()->transform().m11();
        page->setZoom(3);
        QVERIFY(page->view()->transform().m11() > before * 1.4);
    }

    void sourcePageIsHighlighted()
    {
        auto body = open<SourcePage>(QStringLiteral("kb:source/person/alikram-hummatov"));
        QVERIFY(body);
        auto *hl = body->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(hl);
        QVERIFY(hl->definition().isValid());
        QCOMPARE(hl->definition().name(), QStringLiteral("Markdown"));
        QCOMPARE(body->editor()->toPlainText(), m_kb->entity(QStringLiteral("person/alikram-hummatov"))->body);
        QVERIFY(body->editor()->isReadOnly());

        auto article = open<SourcePage>(QStringLiteral("kb:source/article"));
        QVERIFY(article);
        auto *ahl = article->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(ahl && ahl->definition().isValid());
        QCOMPARE(ahl->definition().name(), QStringLiteral("MediaWiki"));
        const QString text = article->editor()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("= Talysh National Movement =")));
        QVERIFY(text.contains(QStringLiteral("\n== History ==\n")));
        // The heading line really carries highlighting formats.
        const QTextBlock heading
            = article->editor()->document()->findBlock(int(text.indexOf(QStringLiteral("== History =="))));
        QTRY_VERIFY(!heading.layout()->formats().isEmpty());
        // Dark palette: a dark theme is chosen.
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Window, QColor(0x28, 0x28, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        const QString lightTheme = ahl->theme().name();
        article->setPalette(dark);
        QVERIFY(ahl->theme().isValid());
        QVERIFY2(ahl->theme().name() != lightTheme, qPrintable(lightTheme));
    }

    void hostileTextRendersAsText()
    {
        Entity e;
        e.id = QStringLiteral("person/hostile");
        e.kind = EntityKind::Person;
        e.name = QStringLiteral("<script>alert(1)</script>");
        e.summary = QStringLiteral("<img src=x onerror=alert(1)>");
        e.body = QStringLiteral(
            "Try javascript:alert(1) and file:///etc/passwd and <a href=\"javascript:alert(2)\">this</a>.\n\n"
            "[[javascript:alert(1)|click me]] [[file:///etc/passwd|passwords]] [x](javascript:alert(3))");
        e.attributes
            = { Attribute { QStringLiteral("<b>key</b>"), QStringLiteral("<img src=y onerror=alert(4)>"), {} } };
        StoreError err;
        QVERIFY2(m_kb->upsertEntity(e, &err), qPrintable(err.message));
        auto page = open<EntityPage>(QStringLiteral("kb:person/hostile"));
        QVERIFY(page);
        QCOMPARE(page->title(), QStringLiteral("<script>alert(1)</script>"));
        const QTextDocument *doc = page->browser()->document();
        const QString text = doc->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(text.contains(QStringLiteral("<img src=x onerror=alert(1)>")));
        QVERIFY(text.contains(QStringLiteral("<a href=\"javascript:alert(2)\">this</a>")));
        QVERIFY(text.contains(QStringLiteral("click me")));
        QVERIFY(text.contains(QStringLiteral("[x](javascript:alert(3))")));
        for (const Anchor &a : anchors(doc))
            QVERIFY2(isSafeHref(a.href), qPrintable(a.href));
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it)
                QVERIFY(!it.fragment().charFormat().isImageFormat());
        }
        // Even if a document carried such a link, the browser would not pass it on.
        QSignalSpy spy(page.get(), &TabPage::linkActivated);
        Q_EMIT page->browser()->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        Q_EMIT page->browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(spy.size(), 0);
        Q_EMIT page->browser()->anchorClicked(QUrl(QStringLiteral("https://unpo.org/")));
        QCOMPARE(spy.size(), 1);
        QVERIFY(m_kb->removeEntity(e.id, &err));
    }

    void searchResultsAreTheSharedPage()
    {
        SearchResultsPage page(SearchResultsPage::addressFor(QStringLiteral("Hummatov")), m_kb.get());
        show(&page);
        QVERIFY(page.hitCount() > 0);
        const QTextDocument *doc = page.resultsView()->document();
        // Every hit links to its page, entity or article section, and only to kb: addresses.
        QVERIFY(findAnchor(doc, [](const Anchor &a) { return a.href == u"kb:person/alikram-hummatov"; }).length > 0);
        for (const Anchor &a : anchors(doc))
            QVERIFY2(a.href.startsWith(u"kb:"), qPrintable(a.href));
        // Matched words are bold inside the plain snippet text.
        bool boldMatch = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                boldMatch |= !f.charFormat().isAnchor() && f.charFormat().fontWeight() >= QFont::Bold
                    && f.text().contains(QStringLiteral("Hummatov"));
            }
        }
        QVERIFY(boldMatch);
        // No PDF furniture on the screen: no table, no column titles, no references.
        QVERIFY(!page.resultsView()->toHtml().contains(QStringLiteral("<table")));
        QVERIFY(!page.resultsView()->toPlainText().contains(QStringLiteral("Where it matches")));

        SearchResultsPage sections(
            SearchResultsPage::addressFor(QStringLiteral("Talysh"), EntityKind::Source), m_kb.get());
        QVERIFY(findAnchor(sections.resultsView()->document(),
                    [](const Anchor &a) { return a.href.startsWith(u"kb:article#"); })
                    .length
            > 0);
        QVERIFY(sections.resultsView()->toPlainText().contains(QStringLiteral("Article section")));

        // A near miss offers corrections that link to their own results.
        SearchResultsPage near(SearchResultsPage::addressFor(QStringLiteral("Hummatv")), m_kb.get());
        if (near.hitCount() < 3) {
            QVERIFY(!near.suggestions().isEmpty());
            QVERIFY(near.resultsView()->toPlainText().startsWith(QStringLiteral("Did you mean: ")));
            const Anchor fix = findAnchor(near.resultsView()->document(),
                [](const Anchor &a) { return SearchResultsPage::isSearchAddress(QUrl(a.href)); });
            QVERIFY(fix.length > 0);
            QCOMPARE(fix.text, near.suggestions().first());
        }

        // What the user typed is text, whatever it holds.
        for (const QString &odd : { QStringLiteral("<b>x</b>"), QStringLiteral("Talış-Tolış"), QStringLiteral("\""),
                 QStringLiteral("a \"b"), QString() }) {
            SearchResultsPage p(SearchResultsPage::addressFor(odd), m_kb.get());
            QCOMPARE(p.query(), odd);
            const QString text = p.resultsView()->toPlainText();
            QVERIFY2(!p.resultsView()->toHtml().contains(QStringLiteral("<b>x</b>")), qPrintable(odd));
            if (p.hitCount() == 0) {
                QVERIFY2(text.contains(odd.isEmpty() ? QStringLiteral("Type what you are looking for")
                                                     : QStringLiteral("Try another spelling")),
                    qPrintable(text));
            }
            for (const Anchor &a : anchors(p.resultsView()->document()))
                QVERIFY2(a.href.startsWith(u"kb:"), qPrintable(a.href));
        }

        // A language change draws the page again from the hits it has.
        page.resultsView()->setPageHtml(QStringLiteral("<p>stale</p>"));
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&page, &change);
        QVERIFY(page.resultsView()->toPlainText().contains(QStringLiteral("Alikram Hummatov")));

        const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("page-search.png"))));
    }

    void zoomPaletteAndReload()
    {
        auto page = open<EntityPage>(QStringLiteral("kb:person/alikram-hummatov"));
        const qreal base = page->browser()->font().pointSizeF();
        page->setZoom(3);
        QCOMPARE(page->browser()->font().pointSizeF(), base + 3);
        page->setZoom(0);
        QCOMPARE(page->browser()->font().pointSizeF(), base);

        auto list = open<ListPage>(QStringLiteral("kb:list/person"));
        const int row = list->view()->verticalHeader()->defaultSectionSize();
        list->setZoom(4);
        QVERIFY(list->view()->verticalHeader()->defaultSectionSize() > row);

        // The highlight colour follows the palette: dark base, dark highlight background.
        auto article = open<ArticlePage>(KbAddress::article(QStringLiteral("History"),
            QStringLiteral("Alikram Hummatov was arrested and sentenced to death, later commuted to life in prison."))
                .toString());
        QVERIFY(!highlightedText(article->browser()->document(), article->palette()).isEmpty());
        QVERIFY(LinkBrowser::highlightColor(article->palette()).lightnessF() > 0.5);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
        dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb0));
        article->setPalette(dark);
        QVERIFY(LinkBrowser::highlightColor(dark).lightnessF() < 0.5);
        // Re-rendered with the dark colour, the sentence is still marked.
        QCOMPARE(highlightedText(article->browser()->document(), dark),
            QStringLiteral("Alikram Hummatov was arrested and sentenced to death, later commuted to life in prison."));

        // Reload re-reads: a renamed entity gets its new title.
        Entity e = *m_kb->entity(QStringLiteral("person/alikram-hummatov"));
        const QString oldName = e.name;
        e.name = QStringLiteral("Alikram Hummatov (renamed)");
        StoreError err;
        QVERIFY(m_kb->upsertEntity(e, &err));
        QSignalSpy title(page.get(), &TabPage::titleChanged);
        page->reload();
        QCOMPARE(title.size(), 1);
        QCOMPARE(page->title(), e.name);
        QVERIFY(page->browser()->toPlainText().startsWith(e.name));
        e.name = oldName;
        QVERIFY(m_kb->upsertEntity(e, &err));
    }

    void languageChangeRerenders()
    {
        auto page = open<EntityPage>(QStringLiteral("kb:person/alikram-hummatov"));
        page->browser()->setPageHtml(QStringLiteral("<p>stale</p>"));
        QSignalSpy title(page.get(), &TabPage::titleChanged);
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(page.get(), &change);
        QVERIFY(page->browser()->toPlainText().startsWith(QStringLiteral("Alikram Hummatov")));
        QCOMPARE(title.size(), 1);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
        const QList<std::pair<QString, QString>> shots {
            { QStringLiteral("entity"), QStringLiteral("kb:person/alikram-hummatov") },
            { QStringLiteral("article"), QStringLiteral("kb:article") },
            { QStringLiteral("people"), QStringLiteral("kb:list/person") },
            { QStringLiteral("timeline"), QStringLiteral("kb:timeline") },
            { QStringLiteral("graph"), QStringLiteral("kb:graph/person/alikram-hummatov") },
            { QStringLiteral("source"), QStringLiteral("kb:source/article") },
        };
        for (const auto &[name, address] : shots) {
            std::unique_ptr<TabPage> page(PageFactory::create(QUrl(address), m_kb.get()));
            QVERIFY(page);
            show(page.get());
            QTest::qWait(50);
            const QImage image = page->grab().toImage();
            QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1000, 700));
            QVERIFY2(distinctColours(image) > 8, qPrintable(name));
            if (!dir.isEmpty())
                QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("page-%1.png").arg(name))));

            // In a dark palette every page is dark: no hard-coded light background anywhere.
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2a));
            dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x38));
            for (auto role : { QPalette::Text, QPalette::WindowText, QPalette::ButtonText })
                dark.setColor(role, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb0));
            page->setPalette(dark);
            QTest::qWait(20);
            const QImage darkImage = page->grab().toImage();
            double lightness = 0;
            int samples = 0;
            for (int y = 0; y < darkImage.height(); y += 7) {
                for (int x = 0; x < darkImage.width(); x += 7, ++samples)
                    lightness += QColor(darkImage.pixel(x, y)).lightnessF();
            }
            QVERIFY2(lightness / samples < 0.3, qPrintable(name));
            if (!dir.isEmpty())
                QVERIFY(darkImage.save(QDir(dir).filePath(QStringLiteral("dark-%1.png").arg(name))));
        }
        // A citation opened in the article: the sentence highlighted and scrolled into view.
        std::unique_ptr<TabPage> cited(PageFactory::create(
            KbAddress::article({},
                QStringLiteral("In July 2018, F. Abbaszadeh was detained by the Russian authorities and at the "
                               "beginning of 2019 extradited to Azerbaijan, where he was brought to trial for "
                               "anti-state activities.")),
            m_kb.get()));
        QVERIFY(cited);
        show(cited.get());
        QTest::qWait(50);
        if (!dir.isEmpty())
            QVERIFY(cited->grab().save(QDir(dir).filePath(QStringLiteral("page-article-cited.png"))));
    }

    // Last: it adds the example's entities to the base the other tests count.
    void claimsShowTheirQualifiers()
    {
        StoreError err;
        QVERIFY2(m_kb->importPack(tkbtest::claimsExample(), &err), qPrintable(err.message));
        auto page = open<EntityPage>(QStringLiteral("kb:") + tkbtest::claimsExampleId);
        QVERIFY(page);
        show(page.get());
        QTest::qWait(50);
        const QString text = page->browser()->toPlainText();
        for (const QString &words : { QStringLiteral("Baku (former)"), QStringLiteral("(opinion of Alikram Hummatov)"),
                 QStringLiteral("chairman (former)"), QStringLiteral("ambiguous reading"),
                 QStringLiteral("26 June 2007"), QStringLiteral("2008 (reported · according to Unrepresented"),
                 QStringLiteral("began after 2004, ended 2010") })
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" not in:\n") + text));
        // The accordingTo entity is a link that opens it.
        QVERIFY(findAnchor(page->browser()->document(),
                    [](const Anchor &a) {
                        return a.href == u"kb:organization/unrepresented-nations-and-peoples-organization";
                    })
                    .length
            > 0);
        const QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(page->grab().save(QDir(dir).filePath(QStringLiteral("page-claims.png"))));

        // The sidebar's card: both competing dates, and the former chairman marked as former from both sides.
        EntityCard card;
        card.resize(300, 600);
        card.setKnowledgeBase(m_kb.get());
        card.showEntity(tkbtest::claimsExampleId);
        QVERIFY2(card.toPlainText().contains(QStringLiteral("Organization · 26 June 2007 / 2008")),
            qPrintable(card.toPlainText()));
        QVERIFY2(card.toPlainText().contains(QStringLiteral("chairman (former)")), qPrintable(card.toPlainText()));
        card.showEntity(QStringLiteral("person/alikram-hummatov"));
        QVERIFY2(card.toPlainText().contains(QStringLiteral("chairman of (former)")), qPrintable(card.toPlainText()));
    }
};

QTEST_MAIN(TestPages)
#include "test_pages.moc"
