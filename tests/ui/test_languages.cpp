// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the interface language while the program runs: in every offered language no English string of the
// program's own catalogue stays on screen (menus, toolbar, tabs, docks, headers, tooltips, placeholders, status
// texts, rendered pages), switching back restores English, and Persian mirrors the window.
#include <core/model/entitykind.h>
#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/export/exportdialog.h>
#include <ui/language/languagemanager.h>
#include <ui/language/languagemenu.h>
#include <ui/shell/mainwindow.h>
#include <ui/sidebar/sidebardock.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace tkb;

namespace {

const QStringList translatedLanguages { QStringLiteral("ru"), QStringLiteral("az"), QStringLiteral("fa"),
    QStringLiteral("nl"), QStringLiteral("de"), QStringLiteral("tr") };

/// One message of a .ts file: its source text and what it became in that language (all plural forms).
struct Message
{
    QString context;
    QString source;
    QStringList translations;
};

QList<Message> readCatalogue(const QString &code)
{
    QFile f(QStringLiteral(TALYSHKB_SOURCE_DIR "/translations/talysh-kb_%1.ts").arg(code));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message { context, {}, {} };
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            // Either text, or one <numerusform> per plural form.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            out << current;
        }
    }
    return out;
}

/// "&File" -> "File", "Print Pre&view…" -> "Print Preview": menus, buttons and tooltips show texts like that.
QString normalized(QString s)
{
    s.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    s.remove(u'&');
    s.replace(u'\x01', u'&');
    s = s.trimmed();
    if (s.endsWith(u'…'))
        s.chop(1);
    else if (s.endsWith(QLatin1String("...")))
        s.chop(3);
    return s.trimmed();
}

/// The language menu names each language in its own language, whatever the interface speaks.
bool isLanguageName(const QString &text)
{
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
        if (normalized(text) == l.nativeName)
            return true;
    }
    return false;
}

bool hasWord(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return word.match(s).hasMatch();
}

/// A source text with placeholders as a pattern for the texts it produces: "Search: %1" matches "Search: x".
QRegularExpression patternFor(const QString &source)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d|n)"));
    QString pattern;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) + QStringLiteral("(.+?)");
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(at));
    return QRegularExpression(
        QStringLiteral("^") + pattern + QStringLiteral("$"), QRegularExpression::DotMatchesEverythingOption);
}

/// The English texts that must not be seen while another language is on: each source text whose translation
/// differs from it (a German "Import" or Dutch "Zoom: %1%" is legitimately English-looking), with the English
/// plural forms for "%n ..." messages.
struct EnglishCatalogue
{
    QSet<QString> exact; ///< normalized texts without placeholders
    QList<QPair<QString, QRegularExpression>> patterns; ///< texts with placeholders and a word outside them
};

EnglishCatalogue englishFor(const QString &code)
{
    QHash<QString, QStringList> englishPlurals;
    for (const Message &m : readCatalogue(QStringLiteral("en")))
        englishPlurals.insert(m.context + u'\x1f' + m.source, m.translations);

    EnglishCatalogue out;
    for (const Message &m : readCatalogue(code)) {
        QStringList english { m.source };
        english << englishPlurals.value(m.context + u'\x1f' + m.source);
        for (const QString &e : std::as_const(english)) {
            if (m.translations.contains(e))
                continue; // the same in this language
            const QString n = normalized(e);
            if (!hasWord(n))
                continue; // "%1 — %2", "%1 (%2)": punctuation only
            if (n.contains(u'%')) {
                // Only where the fixed text says enough on its own, so names put into it cannot look alike.
                QString fixed = n;
                fixed.remove(QRegularExpression(QStringLiteral("%L?(\\d|n)")));
                if (hasWord(fixed))
                    out.patterns << qMakePair(n, patternFor(n));
            } else {
                out.exact.insert(n);
            }
        }
    }
    return out;
}

/// Texts shown on screen, each with where it was found (for the failure message).
struct ScreenText
{
    QString text;
    QString where;
    bool content = false; ///< rendered page text: knowledge-base prose is English data, match only exactly
    bool qtInternal = false; ///< a part Qt makes itself (a dock's title buttons), named "qt_..."
};

class TextCollector
{
public:
    QList<ScreenText> texts;

    bool qtInternal = false; ///< set while collecting a widget Qt made itself

    void add(const QString &text, const QString &where, bool content = false)
    {
        const QString t = text.trimmed();
        if (!t.isEmpty())
            texts << ScreenText { t, where, content, qtInternal };
    }
    void addRich(const QString &text, const QString &where)
    {
        add(Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text, where);
    }
    void addAction(QAction *a, const QString &where)
    {
        if (a->isSeparator() || !a->isVisible())
            return;
        add(a->text(), where + QStringLiteral(" action"));
        add(a->toolTip(), where + QStringLiteral(" action tooltip"));
        add(a->statusTip(), where + QStringLiteral(" action status tip"));
        if (QMenu *sub = a->menu())
            addMenu(sub, where + u'>' + normalized(a->text()));
    }
    void addMenu(QMenu *menu, const QString &where)
    {
        add(menu->title(), where + QStringLiteral(" menu title"));
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions)
            addAction(a, where);
    }
    void addDocument(const QTextDocument *doc, const QString &where)
    {
        QString plain = doc->toPlainText();
        plain.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
        for (const QString &line : plain.split(u'\n'))
            add(line, where, true);
    }
    void addWidget(QWidget *w)
    {
        const QString name = QString::fromLatin1(w->metaObject()->className())
            + (w->objectName().isEmpty() ? QString() : u'#' + w->objectName());
        qtInternal = w->objectName().startsWith(QLatin1String("qt_"));
        add(w->toolTip(), name + QStringLiteral(" tooltip"));
        // Qt names the parts it makes for screen readers once, in the language of the moment; those are Qt's
        // (and only heard, never seen), ours are checked.
        if (!qtInternal) {
            add(w->accessibleName(), name + QStringLiteral(" accessible name"));
            add(w->accessibleDescription(), name + QStringLiteral(" accessible description"));
        }
        add(w->statusTip(), name + QStringLiteral(" status tip"));
        if (w->isWindow() || qobject_cast<QDockWidget *>(w) || qobject_cast<QToolBar *>(w))
            add(w->windowTitle(), name + QStringLiteral(" title"));
        if (auto *l = qobject_cast<QLabel *>(w))
            addRich(l->text(), name);
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text(), name);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText(), name + QStringLiteral(" placeholder"));
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(c->itemText(i), name + QStringLiteral(" item"));
        }
        if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                add(bar->tabText(i), name + QStringLiteral(" tab"));
                add(bar->tabToolTip(i), name + QStringLiteral(" tab tooltip"));
            }
        }
        if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (QAbstractItemModel *m = header->model()) {
                const int n = header->orientation() == Qt::Horizontal ? m->columnCount() : m->rowCount();
                for (int i = 0; i < n && i < 20; ++i) {
                    add(m->headerData(i, header->orientation(), Qt::DisplayRole).toString(),
                        name + QStringLiteral(" header"));
                    add(m->headerData(i, header->orientation(), Qt::ToolTipRole).toString(),
                        name + QStringLiteral(" header tooltip"));
                }
            }
        }
        if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            const QList<QAction *> actions = menuBar->actions();
            for (QAction *a : actions)
                addAction(a, QStringLiteral("menu bar"));
        }
        if (auto *toolBar = qobject_cast<QToolBar *>(w)) {
            const QList<QAction *> actions = toolBar->actions();
            for (QAction *a : actions)
                addAction(a, name);
        }
        if (auto *edit = qobject_cast<QTextEdit *>(w)) {
            addDocument(edit->document(), name + QStringLiteral(" page"));
            add(edit->placeholderText(), name + QStringLiteral(" placeholder"));
        }
        if (auto *view = qobject_cast<QGraphicsView *>(w); view && view->scene()) {
            const QList<QGraphicsItem *> items = view->scene()->items();
            for (QGraphicsItem *item : items) {
                if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    add(t->text(), name + QStringLiteral(" scene text"), true);
                else if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                    addDocument(rich->document(), name + QStringLiteral(" scene text"));
                add(item->toolTip(), name + QStringLiteral(" scene tooltip"), true);
            }
        }
    }
    void collect(QWidget *window)
    {
        add(window->windowTitle(), QStringLiteral("window title"));
        if (auto *main = qobject_cast<QMainWindow *>(window))
            add(main->statusBar()->currentMessage(), QStringLiteral("status message"));
        addWidget(window);
        const QList<QWidget *> children = window->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (w->isVisibleTo(window))
                addWidget(w);
        }
    }
};

void settle()
{
    // The switch posts LanguageChange; pages may re-render on a zero timer after it.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QTest::qWait(150);
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void translationsAreCompiledIn();
    void menuListsEveryLanguageByItsOwnName();
    void everyLanguageReplacesEnglish_data();
    void everyLanguageReplacesEnglish();
    void englishComesBack();
    void persianMirrorsTheWindow();
    void datesFollowTheLanguage();
    void exportDialogFollows();
    void qtDialogsFollow();
    void cleanupTestCase();

private:
    QStringList leftoverEnglish(const QString &code, QWidget *root = nullptr) const;
    QStringList leftoverOf(const QString &previous, const QString &current) const;
    QStringList latinWordsIn(const QList<ScreenText> &texts) const;
    void saveScreenshot(const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QSet<QString> m_data; ///< names, aliases, section and source titles: English content, not UI
    QSet<QString> m_dataWords; ///< their words, lower case, and the words of entity ids
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test-languages"));
    QCoreApplication::setApplicationName(QStringLiteral("talysh-kb-test-languages"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());

    const QString path = m_dir.filePath(QStringLiteral("languages.tkb"));
    StoreError error;
    QVERIFY2(BundledBase::build(path, &error), qPrintable(error.message));
    {
        const auto kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadOnly, &error);
        QVERIFY2(kb, qPrintable(error.message));
        static const QRegularExpression wordRe(QStringLiteral("[A-Za-z]+"));
        const auto addWords = [this](const QString &s) {
            for (auto it = wordRe.globalMatch(s); it.hasNext();)
                m_dataWords.insert(it.next().captured().toLower());
        };
        for (const EntityRef &e : kb->entities(std::nullopt, {}, 0, -1, true)) {
            m_data << e.name;
            for (const QString &a : e.aliases)
                m_data << a;
            addWords(e.name);
            addWords(e.id);
            for (const QString &a : e.aliases)
                addWords(a);
        }
        for (const SourceDocument &s : kb->sources()) {
            m_data << s.title << s.origin;
            addWords(s.title);
            addWords(s.origin);
            for (const Section &sec : s.sections) {
                m_data << sec.title;
                addWords(sec.title);
            }
            // The article's infobox is the source's own text, shown as written ("Founded: 2007").
            for (const Attribute &a : s.infobox) {
                m_data << a.key;
                addWords(a.key);
            }
        }
        addWords(QDir::toNativeSeparators(path)); // the status bar names the file, its tooltip the path
    }
    QVERIFY(m_data.size() > 20);

    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    m_window = std::make_unique<MainWindow>(path);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->knowledgeBase());

    // Several kinds of page: the article, an entity, a list, the timeline and a graph, the entity last so
    // the sidebar shows its card.
    for (const QUrl &address : { KbAddress::article(), KbAddress::list(EntityKind::Person), KbAddress::timeline(),
             KbAddress::graph(QStringLiteral("person/alikram-hummatov")),
             KbAddress::entity(QStringLiteral("person/alikram-hummatov")) }) {
        QVERIFY2(m_window->openTab(address) >= 0, qPrintable(address.toString()));
    }
    QCOMPARE(m_window->currentAddress(), KbAddress::entity(QStringLiteral("person/alikram-hummatov")));
    settle();
}

void TestLanguages::init()
{
    // Each test starts from English, whatever the previous one left behind when it failed.
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
}

void TestLanguages::cleanupTestCase()
{
    m_window.reset();
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
}

void TestLanguages::translationsAreCompiledIn()
{
    for (const QString &code : translatedLanguages + QStringList { QStringLiteral("en") }) {
        const QString qm = QStringLiteral("%1/talysh-kb_%2.qm").arg(LanguageManager::resourcePrefix, code);
        QVERIFY2(QFile::exists(qm), qPrintable(qm));
    }
    // Every offered language has its catalogue, and the catalogue is finished.
    for (const QString &code : translatedLanguages) {
        QVERIFY2(LanguageManager::isSupported(code), qPrintable(code));
        const QList<Message> messages = readCatalogue(code);
        QVERIFY2(messages.size() > 100, qPrintable(code));
        for (const Message &m : messages) {
            for (const QString &t : m.translations)
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(code + u' ' + m.context + QStringLiteral(": ") + m.source));
        }
    }
    // English carries only the plural messages, and "%n result(s)" reads right for one.
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    const QList<Message> plurals = readCatalogue(QStringLiteral("en"));
    QVERIFY(!plurals.isEmpty());
    for (const Message &m : plurals)
        QVERIFY2(m.source.contains(QLatin1String("%n")), qPrintable(m.source));
}

void TestLanguages::menuListsEveryLanguageByItsOwnName()
{
    auto *menu = m_window->findChild<LanguageMenu *>();
    QVERIFY(menu);
    QVERIFY(menu->actionFor(QString()) != nullptr); // System default
    const QStringList expected { QStringLiteral("English"), QStringLiteral("Русский"), QStringLiteral("Azərbaycanca"),
        QStringLiteral("فارسی"), QStringLiteral("Nederlands"), QStringLiteral("Deutsch"), QStringLiteral("Türkçe") };
    const QList<LanguageManager::Language> offered = LanguageManager::languages();
    QCOMPARE(offered.size(), expected.size());
    for (qsizetype i = 0; i < offered.size(); ++i) {
        QCOMPARE(offered[i].nativeName, expected[i]);
        QAction *a = menu->actionFor(offered[i].code);
        QVERIFY(a);
        QCOMPARE(a->text(), expected[i]);
    }
    // Picking one in the menu switches at once, and the names stay in their own languages.
    menu->actionFor(QStringLiteral("de"))->trigger();
    settle();
    QCOMPARE(LanguageManager::instance()->effective(), QStringLiteral("de"));
    QCOMPARE(menu->actionFor(QStringLiteral("ru"))->text(), QStringLiteral("Русский"));
    QCOMPARE(menu->title(), QStringLiteral("&Sprache"));
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
    QCOMPARE(menu->title(), QStringLiteral("&Language"));
}

void TestLanguages::everyLanguageReplacesEnglish_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("previous");
    QString previous = QStringLiteral("en");
    for (const QString &code : translatedLanguages) {
        QTest::newRow(qPrintable(code)) << code << previous;
        previous = code;
    }
}

void TestLanguages::everyLanguageReplacesEnglish()
{
    QFETCH(QString, code);
    QFETCH(QString, previous);
    // Arrive from the previous language, as a user going down the menu would, so that texts which do not
    // follow a switch show up as the previous language's.
    LanguageManager::instance()->setLanguage(previous, false);
    settle();
    LanguageManager::instance()->setLanguage(code, false);
    settle();
    QCOMPARE(LanguageManager::instance()->effective(), code);
    QCOMPARE(QLocale().name().section(u'_', 0, 0), code);
    if (code == u"ru" || code == u"az" || code == u"fa")
        saveScreenshot(code); // before the checks, so a failure can be looked at

    // All kinds of leftover in one report, so one run shows everything to fix.
    QStringList problems;
    for (const QString &p : leftoverEnglish(code))
        problems << QStringLiteral("English: ") + p;
    if (previous != u"en") {
        for (const QString &p : leftoverOf(previous, code))
            problems << QStringLiteral("still %1: ").arg(previous) + p;
    }
    // Russian and Persian write no Latin letters: a Latin word in the interface that is no name from the
    // knowledge base is a string that never went through tr().
    if (code == u"ru" || code == u"fa") {
        TextCollector c;
        c.collect(m_window.get());
        for (const QString &p : latinWordsIn(c.texts))
            problems << QStringLiteral("Latin: ") + p;
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("Not in %1:\n  ").arg(code) + problems.join(QStringLiteral("\n  "))));
    const Qt::LayoutDirection expected = code == u"fa" ? Qt::RightToLeft : Qt::LeftToRight;
    QCOMPARE(QGuiApplication::layoutDirection(), expected);
}

void TestLanguages::englishComesBack()
{
    LanguageManager::instance()->setLanguage(QStringLiteral("ru"), false);
    settle();
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("Talysh KB")));
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QStringList menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus,
        (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Go"),
            QStringLiteral("&Help") }));
    QVERIFY2(m_window->windowTitle().endsWith(QLatin1String("Talysh KB")), qPrintable(m_window->windowTitle()));
    const QStringList stale = leftoverOf(QStringLiteral("ru"), QStringLiteral("en"));
    QVERIFY2(stale.isEmpty(),
        qPrintable(QStringLiteral("Russian left after switching back:\n  ") + stale.join(QStringLiteral("\n  "))));
}

void TestLanguages::persianMirrorsTheWindow()
{
    SidebarDock *sidebar = m_window->sidebar();
    QVERIFY(sidebar && sidebar->isVisible());
    const auto sidebarIsRight
        = [&] { return sidebar->geometry().center().x() > m_window->centralWidget()->geometry().center().x(); };
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
    const bool rightInEnglish = sidebarIsRight();

    LanguageManager::instance()->setLanguage(QStringLiteral("fa"), false);
    settle();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QVERIFY(m_window->isRightToLeft());
    QVERIFY(m_window->menuBar()->isRightToLeft());
    QCOMPARE(sidebarIsRight(), !rightInEnglish);
    // The menu bar starts at the right: its first menu lies right of its last.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QVERIFY(
        m_window->menuBar()->actionGeometry(menus.first()).x() > m_window->menuBar()->actionGeometry(menus.last()).x());
    // The page itself runs right to left.
    auto *page = m_window->currentPage();
    QVERIFY(page);
    const QList<QTextBrowser *> browsers = page->findChildren<QTextBrowser *>();
    QVERIFY(!browsers.isEmpty());
    const QTextBlock first = browsers.first()->document()->firstBlock();
    QCOMPARE(first.textDirection(), Qt::RightToLeft);

    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
    QVERIFY(!m_window->isRightToLeft());
    QCOMPARE(sidebarIsRight(), rightInEnglish);
}

void TestLanguages::datesFollowTheLanguage()
{
    const int index = int(m_window->tabAddresses().indexOf(KbAddress::timeline()));
    QVERIFY(index >= 0);
    TabPage *page = m_window->pageAt(index);
    QVERIFY(page);
    auto *tree = page->findChild<QTreeWidget *>();
    QVERIFY(tree);
    // The date column of the timeline, as its rows show it now.
    const auto dates = [tree] {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int c = 0; c < tree->columnCount(); ++c) {
                const QString t = tree->topLevelItem(i)->text(c);
                if (t.contains(QRegularExpression(QStringLiteral("\\d{4}|[\\x{06F0}-\\x{06F9}]{4}"))))
                    out << t;
            }
        }
        return out;
    };
    const QStringList english = dates();
    QVERIFY2(english.size() >= 5, qPrintable(english.join(u'|')));
    QVERIFY2(english.join(u' ').contains(QRegularExpression(QStringLiteral(
                 "January|February|March|April|May|June|July|August|September|October|November|December"))),
        qPrintable(english.join(u'|')));

    LanguageManager::instance()->setLanguage(QStringLiteral("ru"), false);
    settle();
    const QStringList russian = dates();
    QCOMPARE(russian.size(), english.size());
    // Month names in Russian (a day's month is in the genitive: "15 июля 2018").
    QVERIFY2(russian.join(u' ').contains(
                 QRegularExpression(QStringLiteral("(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
                                                   "октября|ноября|декабря|январь|май|июль|август)"))),
        qPrintable(russian.join(u'|')));

    LanguageManager::instance()->setLanguage(QStringLiteral("fa"), false);
    settle();
    // Persian writes its own digits.
    const QStringList persian = dates();
    QVERIFY2(persian.join(u' ').contains(QRegularExpression(QStringLiteral("[\\x{06F0}-\\x{06F9}]{4}"))),
        qPrintable(persian.join(u'|')));

    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
    QCOMPARE(dates(), english);
}

void TestLanguages::exportDialogFollows()
{
    // A dialog left open while the language changes follows it like the window does.
    ExportDialog dialog(m_window->knowledgeBase()->path(), KbAddress::entity(QStringLiteral("person/alikram-hummatov")),
        ExportDialog::Purpose::Export, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString englishTitle = dialog.windowTitle();
    for (const QString &code : translatedLanguages) {
        LanguageManager::instance()->setLanguage(code, false);
        settle();
        // Azerbaijani too: Qt has no catalogue for it, so the dialog must name its Cancel button itself.
        const QStringList english = leftoverEnglish(code, &dialog);
        QVERIFY2(english.isEmpty(),
            qPrintable(QStringLiteral("English left in the export dialog in %1:\n  ").arg(code)
                + english.join(QStringLiteral("\n  "))));
    }
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
    QCOMPARE(dialog.windowTitle(), englishTitle);
    dialog.reject();
}

void TestLanguages::qtDialogsFollow()
{
    // Qt's own buttons and dialogs use qtbase_<code>.qm where Qt ships one (it has none for Azerbaijani).
    const QString english = QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text();
    for (const QString &code : { QStringLiteral("ru"), QStringLiteral("fa"), QStringLiteral("nl"), QStringLiteral("de"),
             QStringLiteral("tr") }) {
        LanguageManager::instance()->setLanguage(code, false);
        settle();
        const QString text = QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text();
        QVERIFY2(text != english, qPrintable(code + QStringLiteral(": ") + text));
    }
    LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    settle();
    QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(), english);
}

QStringList TestLanguages::leftoverEnglish(const QString &code, QWidget *root) const
{
    const EnglishCatalogue english = englishFor(code);
    QStringList found;
    TextCollector c;
    c.collect(root ? root : m_window.get());
    // Qt's own parts speak Qt's translation, which Qt ships for most languages but not, for one, Azerbaijani.
    const bool qtTranslated
        = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(code));
    for (const ScreenText &t : std::as_const(c.texts)) {
        const QString n = normalized(t.text);
        if (m_data.contains(t.text) || m_data.contains(n) || isLanguageName(n))
            continue;
        if (t.qtInternal && !qtTranslated)
            continue;
        if (english.exact.contains(n)) {
            found << QStringLiteral("%1: \"%2\"").arg(t.where, t.text);
            continue;
        }
        if (t.content)
            continue; // page prose is the knowledge base's English; only whole UI lines count there
        for (const auto &[source, re] : english.patterns) {
            if (re.match(n).hasMatch()) {
                found << QStringLiteral("%1: \"%2\" (from \"%3\")").arg(t.where, t.text, source);
                break;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

QStringList TestLanguages::leftoverOf(const QString &previous, const QString &current) const
{
    // The previous language's texts that the current language (or English) does not share.
    QSet<QString> shared;
    for (const Message &m : readCatalogue(current)) {
        shared.insert(normalized(m.source));
        for (const QString &t : m.translations)
            shared.insert(normalized(t));
    }
    QSet<QString> old;
    for (const Message &m : readCatalogue(previous)) {
        for (const QString &t : m.translations) {
            const QString n = normalized(t);
            if (!n.contains(u'%') && n.size() > 2 && !shared.contains(n))
                old.insert(n);
        }
    }
    QStringList found;
    TextCollector c;
    c.collect(m_window.get());
    for (const ScreenText &t : std::as_const(c.texts)) {
        if (old.contains(normalized(t.text)) && !isLanguageName(t.text))
            found << QStringLiteral("%1: \"%2\"").arg(t.where, t.text);
    }
    found.removeDuplicates();
    return found;
}

QStringList TestLanguages::latinWordsIn(const QList<ScreenText> &texts) const
{
    // Names of keys, formats and file types stay Latin in every language.
    static const QSet<QString> technical { QStringLiteral("kb"), QStringLiteral("pdf"), QStringLiteral("ctrl"),
        QStringLiteral("alt"), QStringLiteral("shift"), QStringLiteral("home"), QStringLiteral("enter"),
        QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("txt"), QStringLiteral("md"),
        QStringLiteral("json"), QStringLiteral("tkb"), QStringLiteral("esc"), QStringLiteral("tab"),
        QStringLiteral("del"), QStringLiteral("postgresql") };
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (const ScreenText &t : texts) {
        if (t.content || m_data.contains(t.text) || isLanguageName(t.text))
            continue;
        for (auto it = word.globalMatch(t.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString w = m.captured().toLower();
            // An elided tab title cuts a name short ("Alikra…"): the start of a data word is data too.
            const bool cut = t.text.mid(m.capturedEnd(), 1) == u"…"
                && std::any_of(
                    m_dataWords.cbegin(), m_dataWords.cend(), [&w](const QString &d) { return d.startsWith(w); });
            if (!cut && !technical.contains(w) && !m_dataWords.contains(w)) {
                found << QStringLiteral("%1: \"%2\"").arg(t.where, t.text);
                break;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

void TestLanguages::saveScreenshot(const QString &code)
{
    // TALYSHKB_SCREENSHOT_DIR=docs/screenshots refreshes the documentation's pictures; by default they go
    // next to the test binary for a look.
    QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("window-%1.png").arg(code))));
}

QTEST_MAIN(TestLanguages)
#include "test_languages.moc"
