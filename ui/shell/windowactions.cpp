// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/entitykind.h>
#include <core/render/kbaddress.h>
#include <ui/shell/windowactions.h>
#include <ui/theme/thememenu.h>

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace tkb {

namespace {

/// The views of the View menu and toolbar, in order: Overview, the kinds' lists, the timeline for events.
QList<QUrl> viewAddresses()
{
    return { KbAddress::article(), KbAddress::list(EntityKind::Person), KbAddress::list(EntityKind::Organization),
        KbAddress::list(EntityKind::Place), KbAddress::timeline(), KbAddress::list(EntityKind::Goal),
        KbAddress::list(EntityKind::Topic), KbAddress::list(EntityKind::Source) };
}

QList<QKeySequence> uniqueKeys(const QList<QKeySequence> &keys)
{
    // The same sequence twice on one action makes Qt treat it as ambiguous and fire nothing.
    QList<QKeySequence> out;
    for (const QKeySequence &k : keys) {
        if (!k.isEmpty() && !out.contains(k))
            out << k;
    }
    return out;
}

} // namespace

WindowActions::WindowActions(QMainWindow *window, QAction *sidebarToggle)
    : QObject(window)
    , sidebarToggle(sidebarToggle)
    , m_window(window)
{
    openBase = make("actionOpenBase", { QKeySequence::Open });
    connectServer = make("actionConnectServer", { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) });
    importArticle = make("actionImport", { QKeySequence(Qt::CTRL | Qt::Key_I) });
    exportPdf = make("actionExportPdf", { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) });
    print = make("actionPrint", { QKeySequence::Print });
    printPreview = make("actionPrintPreview", { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
    newTab = make("actionNewTab", { QKeySequence::AddTab, QKeySequence(Qt::CTRL | Qt::Key_T) });
    closeTab = make("actionCloseTab", { QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close });
    reopenTab = make("actionReopenTab", { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T) });
    quit = make("actionQuit", { QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q) });
    nextTab = make("actionNextTab",
        { QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::NextChild });
    previousTab = make("actionPreviousTab",
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
            QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::PreviousChild });
    back = make("actionBack", { QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back) });
    forward = make("actionForward",
        { QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward) });
    home = make("actionHome", { QKeySequence(Qt::ALT | Qt::Key_Home), QKeySequence(Qt::Key_HomePage) });
    reload = make("actionReload", { QKeySequence::Refresh, QKeySequence(Qt::Key_F5) });
    zoomIn = make("actionZoomIn",
        { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus) });
    zoomOut = make("actionZoomOut", { QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut });
    zoomReset = make("actionZoomReset", { QKeySequence(Qt::CTRL | Qt::Key_0) });
    focusSearch = make("actionFocusSearch", { QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find });
    focusNext = make("actionFocusNextPane", { QKeySequence(Qt::Key_F6) });
    focusPrevious = make("actionFocusPreviousPane", { QKeySequence(Qt::SHIFT | Qt::Key_F6) });

    const QList<QUrl> addresses = viewAddresses();
    for (int i = 0; i < addresses.size(); ++i) {
        QAction *a = make("actionView", { QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) });
        a->setObjectName(QStringLiteral("actionView_") + QString(addresses.at(i).path()).replace(u'/', u'_'));
        a->setData(addresses.at(i));
        views << a;
    }
    graph = make("actionGraph", { QKeySequence(Qt::CTRL | Qt::Key_G) });
    about = new QAction(window); // from the Help menu only
    about->setObjectName(QStringLiteral("actionAbout"));

    sidebarToggle->setObjectName(QStringLiteral("actionToggleSidebar"));
    sidebarToggle->setShortcut(QKeySequence(Qt::Key_F9));
    window->addAction(sidebarToggle);
}

QAction *WindowActions::make(const char *name, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(m_window);
    a->setObjectName(QLatin1String(name));
    a->setShortcuts(uniqueKeys(keys));
    m_window->addAction(a); // shortcuts work even with the menu bar hidden
    return a;
}

void WindowActions::place(QMenu *languageMenu, QWidget *search, QMenu *editMenu)
{
    QMenuBar *bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(openBase);
    recentMenu = m_fileMenu->addMenu(QString());
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addActions({ connectServer, importArticle });
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({ exportPdf, print, printPreview });
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({ newTab, closeTab, reopenTab });
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    bar->addMenu(editMenu);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addActions(views);
    m_viewMenu->addAction(graph);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(sidebarToggle);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({ zoomIn, zoomOut, zoomReset });
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({ reload, focusSearch });
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(languageMenu);
    m_viewMenu->addMenu(new ThemeMenu(m_window));

    m_goMenu = bar->addMenu(QString());
    m_goMenu->addActions({ back, forward, home });
    m_goMenu->addSeparator();
    m_goMenu->addActions({ nextTab, previousTab });
    m_goMenu->addSeparator();
    m_goMenu->addActions({ focusNext, focusPrevious });

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);

    m_toolBar = m_window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Home is Overview, which the views already offer: Alt+Home and the Go menu cover it.
    m_toolBar->addAction(back);
    m_toolBar->addAction(forward);
    m_toolBar->addSeparator();
    m_toolBar->addActions(views);
    m_toolBar->addAction(graph);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    search->setMinimumWidth(220);
    search->setMaximumWidth(360);
    search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_toolBar->addWidget(search);
    m_toolBar->addAction(sidebarToggle);
    // Navigation arrows are icons only; the views read as words.
    const auto setStyle = [this](QAction *a, Qt::ToolButtonStyle style) {
        if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a)))
            b->setToolButtonStyle(style);
    };
    for (QAction *a : { back, forward, home, sidebarToggle })
        setStyle(a, Qt::ToolButtonIconOnly);
    for (QAction *a : std::as_const(views))
        setStyle(a, Qt::ToolButtonTextOnly);
    setStyle(graph, Qt::ToolButtonTextOnly);
}

void WindowActions::update(const State &s)
{
    back->setEnabled(s.haveTab && s.canGoBack);
    forward->setEnabled(s.haveTab && s.canGoForward);
    home->setEnabled(s.haveBase);
    reload->setEnabled(s.haveTab);
    closeTab->setEnabled(s.haveTab);
    newTab->setEnabled(s.haveBase);
    reopenTab->setEnabled(s.haveBase && s.canReopen);
    nextTab->setEnabled(s.tabCount > 1);
    previousTab->setEnabled(s.tabCount > 1);
    for (QAction *a : std::as_const(views))
        a->setEnabled(s.haveBase);
    graph->setEnabled(s.haveBase && s.haveEntity);
    openBase->setEnabled(!s.importing);
    connectServer->setEnabled(!s.importing);
    recentMenu->setEnabled(!s.importing);
    importArticle->setEnabled(s.haveBase && !s.importing);
    exportPdf->setEnabled(s.haveBase && s.haveTab);
    print->setEnabled(s.haveBase && s.haveTab);
    printPreview->setEnabled(s.haveBase && s.haveTab);
}

void WindowActions::setZoomLimits(bool canZoomIn, bool canZoomOut)
{
    zoomIn->setEnabled(canZoomIn);
    zoomOut->setEnabled(canZoomOut);
}

void WindowActions::refreshIcons()
{
    // The style's arrows follow the layout direction.
    QStyle *s = m_window->style();
    QWidget *w = m_window;
    back->setIcon(s->standardIcon(QStyle::SP_ArrowBack, nullptr, w));
    forward->setIcon(s->standardIcon(QStyle::SP_ArrowForward, nullptr, w));
    home->setIcon(QIcon::fromTheme(QStringLiteral("go-home"), s->standardIcon(QStyle::SP_DirHomeIcon, nullptr, w)));
    reload->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload, nullptr, w)));
    openBase->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), s->standardIcon(QStyle::SP_DialogOpenButton, nullptr, w)));
    sidebarToggle->setIcon(QIcon::fromTheme(
        QStringLiteral("sidebar-show-right"), s->standardIcon(QStyle::SP_FileDialogDetailedView, nullptr, w)));
    closeTab->setIcon(
        QIcon::fromTheme(QStringLiteral("tab-close"), s->standardIcon(QStyle::SP_DialogCloseButton, nullptr, w)));
    newTab->setIcon(QIcon::fromTheme(QStringLiteral("tab-new")));
}

void WindowActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Navigation"));
    m_toolBar->setAccessibleName(tr("Navigation"));

    openBase->setText(tr("&Open Knowledge Base…"));
    openBase->setToolTip(tr("Open another knowledge base file"));
    recentMenu->setTitle(tr("Open &Recent"));
    connectServer->setText(tr("Connect to &Server…"));
    connectServer->setToolTip(tr("Open a team's knowledge base on a PostgreSQL server"));
    importArticle->setText(tr("&Import Article…"));
    importArticle->setToolTip(tr("Import an article (.txt) or a knowledge pack (.json)"));
    exportPdf->setText(tr("&Export to PDF…"));
    exportPdf->setToolTip(tr("Save the current page or another section as a PDF file"));
    print->setText(tr("&Print…"));
    printPreview->setText(tr("Print Pre&view…"));
    newTab->setText(tr("New &Tab"));
    closeTab->setText(tr("&Close Tab"));
    reopenTab->setText(tr("&Reopen Closed Tab"));
    quit->setText(tr("&Quit"));
    nextTab->setText(tr("&Next Tab"));
    previousTab->setText(tr("&Previous Tab"));
    back->setText(tr("&Back"));
    back->setToolTip(tr("Back (Alt+Left)"));
    forward->setText(tr("&Forward"));
    forward->setToolTip(tr("Forward (Alt+Right)"));
    home->setText(tr("&Home"));
    home->setToolTip(tr("Overview (Alt+Home)"));
    reload->setText(tr("&Reload"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    zoomReset->setText(tr("&Normal Size"));
    focusSearch->setText(tr("&Search…"));
    focusNext->setText(tr("Next &Pane"));
    focusPrevious->setText(tr("Previous P&ane"));
    graph->setText(tr("&Graph"));
    graph->setToolTip(tr("The graph around the current entity (Ctrl+G)"));
    about->setText(tr("&About Talysh KB"));

    const QStringList viewNames = { tr("&Overview"), tr("&People"), tr("O&rganizations"), tr("P&laces"), tr("&Events"),
        tr("G&oals"), tr("&Topics"), tr("&Sources") };
    const QStringList viewTips = { tr("The article: lead, history, goals and problems"),
        tr("Everyone the article names"), tr("Organizations, parties and institutions"),
        tr("Countries, regions and cities"), tr("Events in time order"), tr("What the movement seeks"),
        tr("Languages, peoples and issues"), tr("The documents every fact is cited from") };
    for (int i = 0; i < views.size() && i < viewNames.size(); ++i) {
        views[i]->setText(viewNames.at(i));
        const QString keys = views[i]->shortcut().toString(QKeySequence::NativeText);
        views[i]->setToolTip(viewTips.at(i) + QStringLiteral(" (%1)").arg(keys));
    }
}

} // namespace tkb
