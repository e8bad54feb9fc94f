// SPDX-License-Identifier: GPL-3.0-or-later
// View > Theme: picking a theme in the menu switches the application palette at once, and the rendered pages (their
// style sheet and drawn colours), the graph, the timeline, the sidebar's card, the kind colours and the source
// view's highlighting theme all follow; "Follow the System" gives the starting colours back; the choice is stored
// and the real program started again wears it.
#include <core/model/entitykind.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/common/errorlabel.h>
#include <ui/common/kindcolors.h>
#include <ui/graph/graphpage.h>
#include <ui/pages/entitypage.h>
#include <ui/pages/linkbrowser.h>
#include <ui/pages/sourcepage.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/pagefactory.h>
#include <ui/sidebar/entitycard.h>
#include <ui/theme/thememanager.h>
#include <ui/theme/thememenu.h>
#include <ui/theme/themepalettes.h>
#include <ui/timeline/timelinepage.h>
#include <ui/timeline/timelineview.h>

#include <QApplication>
#include <QDir>
#include <QGraphicsView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <cmath>
#include <memory>

using namespace tkb;
using Theme = ThemeManager::Theme;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QTest::qWait(30);
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// Mean lightness of an image, sampled on a grid.
double lightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5, ++n)
            sum += QColor(image.pixel(x, y)).lightnessF();
    }
    return n ? sum / n : 0;
}

/// The colour of the first link the document draws.
QColor firstLinkColour(const QTextDocument *doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && !f.anchorHref().isEmpty())
                return f.foreground().color();
        }
    }
    return {};
}

QPalette paletteOf(Theme t)
{
    switch (t) {
    case Theme::Light:
        return ThemePalettes::light();
    case Theme::Dark:
        return ThemePalettes::dark();
    case Theme::HighContrast:
        return ThemePalettes::highContrast();
    case Theme::System:
        break;
    }
    return {};
}

} // namespace

class TestThemes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeBase> m_kb;
    QPalette m_systemPalette;

    std::unique_ptr<TabPage> open(const QString &address)
    {
        std::unique_ptr<TabPage> page(PageFactory::create(QUrl(address), m_kb.get()));
        if (page) {
            page->resize(900, 600);
            page->show();
            if (!QTest::qWaitForWindowExposed(page.get()))
                return {};
        }
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_systemPalette = QApplication::palette();
        QVERIFY(m_dir.isValid());
        StoreError err;
        const QString path = m_dir.filePath(QStringLiteral("pack.tkb"));
        QVERIFY2(BundledBase::build(path, &err), qPrintable(err.message));
        m_kb = KnowledgeBase::open(path, KnowledgeBase::OpenMode::ReadWrite, &err);
        QVERIFY2(m_kb, qPrintable(err.message));
    }
    void cleanup() { ThemeManager::instance()->setTheme(Theme::System, false); }

    void menuSwitchesLiveAndRemembers()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *menu = w.findChild<ThemeMenu *>(QStringLiteral("themeMenu"));
        QVERIFY(menu);
        // It sits in the View menu.
        bool inView = false;
        for (QAction *top : w.menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(menu->menuAction()))
                inView = top->menu()->title().contains(QStringLiteral("View"));
        }
        QVERIFY(inView);
        QVERIFY(menu->actionFor(Theme::System)->isChecked());

        menu->actionFor(Theme::Dark)->trigger();
        settle();
        QCOMPARE(ThemeManager::instance()->theme(), Theme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base), ThemePalettes::dark().color(QPalette::Base));
        QCOMPARE(w.palette().color(QPalette::Window), ThemePalettes::dark().color(QPalette::Window));
        QVERIFY(menu->actionFor(Theme::Dark)->isChecked());
        QCOMPARE(QSettings().value(ThemeManager::settingsKey).toString(), QStringLiteral("dark"));

        menu->actionFor(Theme::HighContrast)->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::white));
        QVERIFY(ThemeManager::isHighContrast(QApplication::palette()));
        QCOMPARE(QSettings().value(ThemeManager::settingsKey).toString(), QStringLiteral("high-contrast"));

        // Following the system again gives the starting colours back and forgets the choice.
        menu->actionFor(Theme::System)->trigger();
        for (auto role : { QPalette::Base, QPalette::Text, QPalette::Window, QPalette::Link, QPalette::Highlight })
            QCOMPARE(QApplication::palette().color(role), m_systemPalette.color(role));
        QVERIFY(!QSettings().contains(ThemeManager::settingsKey));
    }

    void pagesFollowTheTheme()
    {
        auto entity = open(QStringLiteral("kb:person/alikram-hummatov"));
        auto graph = open(QStringLiteral("kb:graph/person/alikram-hummatov"));
        auto timeline = open(QStringLiteral("kb:timeline"));
        auto source = open(QStringLiteral("kb:source/article"));
        QVERIFY(entity && graph && timeline && source);
        EntityCard card;
        card.setKnowledgeBase(m_kb.get());
        card.showEntity(QStringLiteral("person/alikram-hummatov"));
        card.resize(300, 500);
        card.show();
        auto *browser = qobject_cast<EntityPage *>(entity.get())->browser();
        auto *view = qobject_cast<GraphPage *>(graph.get())->view();
        auto *axis = qobject_cast<TimelinePage *>(timeline.get())->timeline();
        auto *highlighter = source->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
        QVERIFY(highlighter);

        QSet<QString> syntaxThemes;
        QSet<QRgb> kindAccents;
        for (Theme t : { Theme::Light, Theme::Dark, Theme::HighContrast }) {
            ThemeManager::instance()->setTheme(t, false);
            settle();
            const QPalette want = paletteOf(t);
            const bool dark = t != Theme::Light;
            const QString name = ThemeManager::code(t);
            QCOMPARE(QApplication::palette().color(QPalette::Base), want.color(QPalette::Base));

            // The page: its style sheet and the colours the document really draws.
            QCOMPARE(browser->palette().color(QPalette::Base), want.color(QPalette::Base));
            QVERIFY2(
                browser->document()->defaultStyleSheet().contains(want.color(QPalette::Link).name()), qPrintable(name));
            QCOMPARE(firstLinkColour(browser->document()), want.color(QPalette::Link));
            QCOMPARE(browser->document()->defaultStyleSheet().contains(QStringLiteral("underline")),
                t == Theme::HighContrast);
            const QImage page = browser->viewport()->grab().toImage();
            QCOMPARE(QColor(page.pixel(3, page.height() - 3)), want.color(QPalette::Base));
            QVERIFY2(dark ? lightness(page) < 0.35 : lightness(page) > 0.75, qPrintable(name));
            // The sidebar's card likewise.
            QCOMPARE(firstLinkColour(card.document()), want.color(QPalette::Link));

            // The graph and the timeline are drawn on the theme's base, their marks in its colours.
            const QImage g = view->viewport()->grab().toImage();
            QCOMPARE(QColor(g.pixel(2, 2)), want.color(QPalette::Base));
            QVERIFY2(dark ? lightness(g) < 0.35 : lightness(g) > 0.7, qPrintable(name));
            const QImage tl = axis->grab().toImage();
            QVERIFY2(dark ? lightness(tl) < 0.35 : lightness(tl) > 0.7, qPrintable(name));
            kindAccents.insert(KindColors::accent(EntityKind::Person, QApplication::palette()).rgb());

            // The source view: a highlighting theme for this palette, on its base.
            QVERIFY(highlighter->theme().isValid());
            syntaxThemes.insert(highlighter->theme().name());
            QCOMPARE(qobject_cast<SourcePage *>(source.get())->editor()->palette().color(QPalette::Base),
                want.color(QPalette::Base));
        }
        QVERIFY2(syntaxThemes.size() >= 2, qPrintable(QStringList(syntaxThemes.values()).join(u',')));
        QCOMPARE(kindAccents.size(), 3);
    }

    // A form's error line is drawn in a red that keeps the contrast of body text (WCAG AA, 4.5:1) on each theme's
    // window, and changes with a theme switched while the form is open.
    void errorTextReadsOnEveryTheme()
    {
        QWidget form;
        auto *error = new ErrorLabel(&form);
        error->showError(QStringLiteral("No such entity"));
        error->setGeometry(10, 10, 200, 30);
        form.resize(220, 50);
        form.show();
        QDir().mkpath(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots"));
        QSet<QRgb> reds;
        for (Theme t : { Theme::Light, Theme::Dark, Theme::HighContrast }) {
            ThemeManager::instance()->setTheme(t, false);
            settle();
            const QColor red = error->palette().color(QPalette::WindowText);
            const QColor window = error->palette().color(QPalette::Window);
            QCOMPARE(window, paletteOf(t).color(QPalette::Window));
            QVERIFY2(contrast(red, window) >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3").arg(red.name(), window.name()).arg(contrast(red, window))));
            QVERIFY2(red.red() > red.green() + 60, qPrintable(red.name())); // still a red
            reds.insert(red.rgb());
            form.grab().save(QCoreApplication::applicationDirPath()
                + QStringLiteral("/screenshots/error-%1.png").arg(ThemeManager::code(t)));
        }
        QCOMPARE(reds.size(), 3);
    }

    void choiceSurvivesARestart()
    {
        ThemeManager *m = ThemeManager::instance();
        m->setTheme(Theme::HighContrast);
        m->setTheme(Theme::Light, false); // for this run only
        QCOMPARE(QSettings().value(ThemeManager::settingsKey).toString(), QStringLiteral("high-contrast"));
        QVERIFY(m->initialize());
        QCOMPARE(m->theme(), Theme::HighContrast);
        // A command line's theme wins for its run; an unknown one is refused and the remembered one used.
        QVERIFY(m->initialize(QStringLiteral("dark")));
        QCOMPARE(m->theme(), Theme::Dark);
        QVERIFY(!m->initialize(QStringLiteral("purple")));
        QCOMPARE(m->theme(), Theme::HighContrast);
        m->setTheme(Theme::System);

        // The real program, started with the settings a dark choice left, comes up dark; with light, light.
        for (const QString &choice : { QStringLiteral("dark"), QStringLiteral("light") }) {
            QTemporaryDir home;
            const QString config = home.filePath(QStringLiteral("config"));
            {
                QSettings stored(config + QStringLiteral("/talysh-kb/talysh-kb.conf"), QSettings::IniFormat);
                stored.setValue(ThemeManager::settingsKey, choice);
            }
            QProcess gui;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            gui.setProcessEnvironment(env);
            gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            const QString shot = home.filePath(QStringLiteral("shot.png"));
            gui.start(QStringLiteral(TALYSHKB_BIN_DIR "/talysh-kb"), { QStringLiteral("--screenshot"), shot });
            QVERIFY2(gui.waitForFinished(60000), qPrintable(gui.errorString()));
            QCOMPARE(gui.exitCode(), 0);
            const QImage image(shot);
            QVERIFY(!image.isNull());
            QVERIFY2(choice == u"dark" ? lightness(image) < 0.35 : lightness(image) > 0.7, qPrintable(choice));
        }
    }

    void screenshots()
    {
        // TALYSHKB_SCREENSHOT_DIR=docs/screenshots refreshes the documentation's pictures; by default they go next to
        // the test binary for a look.
        QString dir = qEnvironmentVariable("TALYSHKB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        MainWindow w { QString() };
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLink(QUrl(QStringLiteral("kb:person/alikram-hummatov"))));
        QVERIFY(w.openLink(
            QUrl(QStringLiteral("kb:organization/talysh-national-movement")), TabPage::OpenIn::NewBackgroundTab));
        for (Theme t : ThemeManager::themes()) {
            ThemeManager::instance()->setTheme(t, false);
            settle();
            QTest::qWait(100);
            const QImage shot = w.grab().toImage();
            QVERIFY(!shot.isNull());
            if (t != Theme::System)
                QVERIFY(t == Theme::Light ? lightness(shot) > 0.7 : lightness(shot) < 0.35);
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("window-theme-%1.png").arg(ThemeManager::code(t)))));
        }
    }
};

QTEST_MAIN(TestThemes)
#include "test_themes.moc"
