// SPDX-License-Identifier: GPL-3.0-or-later
// Names in the reader's script in the running window: after switching to Russian a person with a Cyrillic alias
// shows it in the tab and window titles, the page, the list row, the sidebar, the search results and the
// suggestions, with the source's form beside it or on hover; the page's infobox keys are Russian; View >
// Language > "Names in the language's script" turned off brings back the source's name at once, and is
// remembered; Azerbaijani shows the Azerbaijani Latin form.
#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/language/languagemanager.h>
#include <ui/language/languagemenu.h>
#include <ui/pages/entitylistmodel.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/pages/listpage.h>
#include <ui/search/searchbar.h>
#include <ui/search/searchresultspage.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/tabwidget.h>

#include <QAbstractItemModel>
#include <QAction>
#include <QCompleter>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

using namespace tkb;

namespace {

const QString hummatov = QStringLiteral("person/alikram-hummatov");
const QString cyrillic = QStringLiteral("Аликрам Гумматов");
const QString source = QStringLiteral("Alikram Hummatov");

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QTest::qWait(100);
}

/// The list row of an entity: its index in the name column, or invalid.
QModelIndex rowOf(const EntityListModel *model, const QString &id)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->idAt(r) == id)
            return model->index(r, EntityListModel::NameColumn);
    }
    return {};
}

/// The text of the first link to href in a page, as the reader sees it.
QString linkText(const QTextDocument *doc, const QString &href)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == href)
                return it.fragment().text();
        }
    }
    return {};
}

} // namespace

class TestReaderNames : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString pageText(int tab) const
    {
        const auto *browser = m_window->pageAt(tab)->findChild<LinkBrowser *>();
        return browser ? browser->toPlainText() : QString();
    }
    /// Types into the search field and presses Enter, as a reader would: the results open in the current tab.
    /// The name the search results give the first hit that links to id.
    QString searchResults(const QString &text, const QString &id = hummatov)
    {
        SearchBar *bar = m_window->searchBar();
        bar->setFocus();
        bar->clear();
        QTest::keyClicks(bar, text);
        QTest::keyClick(bar, Qt::Key_Return);
        settle();
        auto *results = qobject_cast<SearchResultsPage *>(m_window->currentPage());
        return results ? linkText(results->resultsView()->document(), KbAddress::entity(id).toString()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test-readernames"));
        QCoreApplication::setApplicationName(QStringLiteral("talysh-kb-test-readernames"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("names.tkb"));
        StoreError error;
        QVERIFY2(BundledBase::build(path, &error), qPrintable(error.message));
        LanguageManager::instance()->initialize(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(path);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->knowledgeBase());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    void russianShowsTheCyrillicName()
    {
        const int list = m_window->openTab(KbAddress::list(EntityKind::Person));
        const int page = m_window->openTab(KbAddress::entity(hummatov));
        settle();
        QCOMPARE(m_window->pageAt(page)->title(), source);
        QVERIFY(pageText(page).startsWith(source));

        LanguageManager::instance()->setLanguage(QStringLiteral("ru"), false);
        settle();
        // Titles: the reader's script first, the source's beside it; the tab and the window say the same.
        const QString title = cyrillic + QStringLiteral(" (") + source + u')';
        QCOMPARE(m_window->pageAt(page)->title(), title);
        QCOMPARE(m_window->tabWidget()->tabTitle(page), title);
        QVERIFY2(m_window->windowTitle().contains(title), qPrintable(m_window->windowTitle()));
        QVERIFY2(pageText(page).startsWith(title), qPrintable(pageText(page).left(200)));
        // Places it is linked to are named in Cyrillic too, where the base holds it.
        QVERIFY(pageText(page).contains(QStringLiteral("Гаага")));
        // Infobox keys are data keys shown in the reader's language.
        const QString role = QCoreApplication::translate("tkb::PageLabels", "Role");
        QVERIFY(role != u"Role");
        QVERIFY2(pageText(page).contains(role), qPrintable(pageText(page)));
        // The sidebar card of the current entity.
        const auto *card = m_window->findChild<LinkBrowser *>(QStringLiteral("entityCard"));
        QVERIFY(card);
        QVERIFY2(card->toPlainText().contains(title), qPrintable(card->toPlainText()));

        // The list row, the source's form on hover.
        auto *people = qobject_cast<ListPage *>(m_window->pageAt(list));
        QVERIFY(people);
        const QModelIndex row = rowOf(people->model(), hummatov);
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), cyrillic);
        QVERIFY(row.data(Qt::ToolTipRole).toString().startsWith(source));

        // A search typed in Latin letters finds him and names him in Cyrillic.
        QCOMPARE(searchResults(QStringLiteral("Hummatov")), cyrillic);
        // So do the suggestions while typing.
        SearchBar *bar = m_window->searchBar();
        bar->setFocus();
        bar->clear();
        QTest::keyClicks(bar, QStringLiteral("Gummatov"));
        QAbstractItemModel *suggestions = bar->completer()->model();
        QTRY_VERIFY(suggestions->rowCount() > 0);
        QCOMPARE(suggestions->index(0, 0).data(SearchBar::NameRole).toString(), cyrillic);
        // The spelling that matched is given beside the name only when it is another one.
        QVERIFY(suggestions->index(0, 0).data(SearchBar::MatchedRole).toString() != cyrillic);
        QTest::keyClick(bar, Qt::Key_Escape);
        bar->clear();
    }

    void turningItOffShowsTheSourceName()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("ru"), false);
        const int page = m_window->openTab(KbAddress::entity(hummatov));
        settle();
        QCOMPARE(m_window->pageAt(page)->title(), cyrillic + QStringLiteral(" (") + source + u')');

        auto *toggle = m_window->findChild<LanguageMenu *>()->findChild<QAction *>(QStringLiteral("actionReaderNames"));
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        settle();
        QVERIFY(!toggle->isChecked());
        QVERIFY(!QSettings().value(LanguageManager::readerNamesKey).toBool());
        QCOMPARE(m_window->pageAt(page)->title(), source);
        QVERIFY(pageText(page).startsWith(source));
        QCOMPARE(m_window->tabWidget()->tabTitle(page), source);
        const int list = m_window->openTab(KbAddress::list(EntityKind::Person));
        settle();
        const QModelIndex row = rowOf(qobject_cast<ListPage *>(m_window->pageAt(list))->model(), hummatov);
        QCOMPARE(row.data().toString(), source);
        QCOMPARE(searchResults(QStringLiteral("Hummatov")), source);

        toggle->trigger();
        settle();
        QVERIFY(QSettings().value(LanguageManager::readerNamesKey).toBool());
        QCOMPARE(m_window->pageAt(page)->title(), cyrillic + QStringLiteral(" (") + source + u')');
    }

    void azerbaijaniShowsTheAzerbaijaniLatinName()
    {
        const int page = m_window->openTab(KbAddress::entity(hummatov));
        LanguageManager::instance()->setLanguage(QStringLiteral("az"), false);
        settle();
        QCOMPARE(m_window->pageAt(page)->title(), QStringLiteral("Əlikram Hümmətov (Alikram Hummatov)"));
        // A language with no script of its own keeps the source's name.
        LanguageManager::instance()->setLanguage(QStringLiteral("de"), false);
        settle();
        QCOMPARE(m_window->pageAt(page)->title(), source);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        settle();
    }
};

QTEST_MAIN(TestReaderNames)
#include "test_readernames.moc"
