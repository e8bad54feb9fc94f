#include <ui/shell/mainwindow.h>

#include <ui/shell/browsertab.h>
#include <ui/export/exportdialog.h>
#include <ui/shell/importjob.h>
#include <ui/shell/instanceguard.h>
#include <ui/language/languagemenu.h>
#include <ui/shell/linkpreview.h>
#include <ui/shell/pagefactory.h>
#include <ui/search/searchbar.h>
#include <ui/search/searchresultspage.h>
#include <ui/sidebar/sidebardock.h>
#include <ui/shell/tabbar.h>
#include <ui/shell/tabwidget.h>

#include <core/render/kbaddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QSvgRenderer>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace tkb {

namespace {

// QSettings keys.
const QString keyGeometry = QStringLiteral("window/geometry");
const QString keyState = QStringLiteral("window/state");
const QString keySidebar = QStringLiteral("window/sidebarVisible");
const QString keyZoom = QStringLiteral("view/zoom");
const QString keyTabs = QStringLiteral("session/tabs");
const QString keyCurrent = QStringLiteral("session/current");
const QString keyBase = QStringLiteral("session/base");
const QString keyLastDir = QStringLiteral("files/lastDirectory");

constexpr int maxClosedTabs = 20;
constexpr int previewDelayMs = 450;
constexpr int statusTimeoutMs = 8000;

QUrl overviewAddress()
{
    return KbAddress::article();
}

/// The views of the View menu and toolbar, in order: Overview, the kinds' lists, the timeline for events.
QList<QUrl> viewAddresses()
{
    return {overviewAddress(),
            KbAddress::list(EntityKind::Person),
            KbAddress::list(EntityKind::Organization),
            KbAddress::list(EntityKind::Place),
            KbAddress::timeline(),
            KbAddress::list(EntityKind::Goal),
            KbAddress::list(EntityKind::Topic),
            KbAddress::list(EntityKind::Source)};
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

/// The installed theme icon, else the one compiled in, drawn directly so no SVG plugin is needed.
QIcon appIcon()
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("org.talyshkb.TalyshKB"));
    if (!icon.isNull())
        return icon;
    QSvgRenderer svg(QStringLiteral(":/talyshkb/icons/talysh-kb.svg"));
    if (!svg.isValid())
        return icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString canonical(const QString &path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(appIcon());

    m_tabs = new TabWidget(this);
    m_tabs->setAccessibleName(tr("Open pages"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::tabBarDoubleClicked, this, [this](int index) {
        if (index < 0 && m_kb)
            openTab(overviewAddress());
    });
    connect(m_tabs->browserTabBar(), &TabBar::contextMenuRequested, this, &MainWindow::showTabContextMenu);

    m_sidebar = new SidebarDock(this);
    addDockWidget(isRightToLeft() ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, m_sidebar);
    connect(m_sidebar, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
            m_sidebarAtEnd = (area == Qt::RightDockWidgetArea) != isRightToLeft();
    });
    connect(m_sidebar, &SidebarDock::linkActivated, this, [this](const QUrl &url, TabPage::OpenIn where) { openLink(url, where); });
    connect(m_sidebar, &SidebarDock::linkHovered, this, &MainWindow::onLinkHovered);

    m_search = new SearchBar(this);
    connect(m_search, &SearchBar::entityChosen, this, [this](const QString &id, TabPage::OpenIn where) {
        if (openLink(KbAddress::entity(id), where) && where == TabPage::OpenIn::CurrentTab && currentPage())
            currentPage()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_search, &SearchBar::searchRequested, this, [this](const QString &text, TabPage::OpenIn where) {
        const QUrl url = SearchResultsPage::addressFor(text);
        // Searching again from a results tab refines it; from any other page it opens results beside it.
        if (where == TabPage::OpenIn::CurrentTab && !qobject_cast<SearchResultsPage *>(currentPage()))
            where = TabPage::OpenIn::NewTab;
        if (openLink(url, where) && where != TabPage::OpenIn::NewBackgroundTab && currentPage())
            currentPage()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_search, &SearchBar::leaveRequested, this, [this] {
        if (currentPage())
            currentPage()->setFocus(Qt::ShortcutFocusReason);
    });

    m_preview = new LinkPreview(this);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &MainWindow::showPendingPreview);

    m_baseLabel = new QLabel(this);
    m_baseLabel->setObjectName(QStringLiteral("baseLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // an import reports no steps: a busy indicator
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_baseLabel);

    createActions();
    createMenus();
    createToolBar();
    retranslate();
    refreshIcons();
    restoreWindowState();
    updateActions();

    // Mouse back/forward buttons act anywhere in the window, whichever child is under the pointer.
    qApp->installEventFilter(this);
}

MainWindow::MainWindow(const QString &kbPath, QWidget *parent)
    : MainWindow(parent)
{
    openKnowledgeBase(kbPath);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    if (m_importJob)
        m_importJob->disconnect(this);
    delete m_importJob; // waits for the worker: it holds its own connection to the file
    m_importJob = nullptr;
    // Pages hold the knowledge base by pointer: they go before it does.
    closeAllTabs();
    m_search->setKnowledgeBasePath({});
    m_sidebar->setKnowledgeBase(nullptr);
    m_preview->setKnowledgeBase(nullptr);
    m_kb.reset();
    m_guard.reset();
}

// ---------------------------------------------------------------------------------------------------------
// Actions, menus, toolbar

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(uniqueKeys(keys));
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work even with the menu bar hidden
        return a;
    };
    m_openBase = make("actionOpenBase", {QKeySequence::Open}, [this] { chooseKnowledgeBase(); });
    m_importAction = make("actionImport", {QKeySequence(Qt::CTRL | Qt::Key_I)}, [this] { chooseImport(); });
    // The export dialog opens its own connection to the file and offers the current tab's section first.
    m_exportPdf = make("actionExportPdf", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, [this] {
        if (m_kb && currentTab())
            ExportDialog::exportAddress(this, m_kb->path(), currentAddress());
    });
    m_print = make("actionPrint", {QKeySequence::Print}, [this] {
        if (m_kb && currentTab())
            ExportDialog::printAddress(this, m_kb->path(), currentAddress(), false);
    });
    m_printPreview = make("actionPrintPreview", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, [this] {
        if (m_kb && currentTab())
            ExportDialog::printAddress(this, m_kb->path(), currentAddress(), true);
    });
    m_newTab = make("actionNewTab", {QKeySequence::AddTab, QKeySequence(Qt::CTRL | Qt::Key_T)}, [this] {
        if (m_kb)
            openTab(overviewAddress());
    });
    m_closeTab = make("actionCloseTab", {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence::Close}, [this] {
        if (currentTabIndex() >= 0)
            closeTab(currentTabIndex());
    });
    m_reopenTab = make("actionReopenTab", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, [this] { reopenClosedTab(); });
    m_quit = make("actionQuit", {QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { close(); });

    m_nextTab = make("actionNextTab",
                     {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::NextChild},
                     [this] {
                         if (tabCount() > 1)
                             m_tabs->setCurrentIndex((currentTabIndex() + 1) % tabCount());
                     });
    m_previousTab = make("actionPreviousTab",
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                          QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::PreviousChild},
                         [this] {
                             if (tabCount() > 1)
                                 m_tabs->setCurrentIndex((currentTabIndex() + tabCount() - 1) % tabCount());
                         });
    m_back = make("actionBack", {QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)},
                  [this] { goBack(); });
    m_forward = make("actionForward",
                     {QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)},
                     [this] { goForward(); });
    m_home = make("actionHome", {QKeySequence(Qt::ALT | Qt::Key_Home), QKeySequence(Qt::Key_HomePage)}, [this] { goHome(); });
    m_reload = make("actionReload", {QKeySequence::Refresh, QKeySequence(Qt::Key_F5)}, [this] {
        if (TabPage *p = currentPage())
            p->reload();
    });
    m_zoomIn = make("actionZoomIn",
                    {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                    [this] { setZoom(m_zoom + 1); });
    m_zoomOut = make("actionZoomOut", {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut},
                     [this] { setZoom(m_zoom - 1); });
    m_zoomReset = make("actionZoomReset", {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { setZoom(0); });
    m_focusSearch = make("actionFocusSearch", {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find}, [this] { focusSearch(); });
    m_focusNext = make("actionFocusNextPane", {QKeySequence(Qt::Key_F6)}, [this] { cycleFocus(true); });
    m_focusPrevious = make("actionFocusPreviousPane", {QKeySequence(Qt::SHIFT | Qt::Key_F6)}, [this] { cycleFocus(false); });

    const QList<QUrl> views = viewAddresses();
    for (int i = 0; i < views.size(); ++i) {
        const QUrl url = views.at(i);
        QAction *a = make("actionView", {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))}, [this, url] {
            if (m_kb)
                openOrFocus(url);
        });
        a->setObjectName(QStringLiteral("actionView_") + url.path().replace(u'/', u'_'));
        a->setData(url);
        m_viewActions << a;
    }
    m_graph = make("actionGraph", {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] {
        const QString id = currentPage() ? currentPage()->currentEntityId() : QString();
        if (m_kb && !id.isEmpty())
            openOrFocus(KbAddress::graph(id));
    });
    m_about = new QAction(this);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Talysh KB"),
                           tr("<h3>Talysh KB %1</h3><p>A knowledge base of the Talysh National Movement: its people, "
                              "organizations, places, events and goals, every fact cited from its source.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });

    QAction *sidebarToggle = m_sidebar->toggleViewAction();
    sidebarToggle->setObjectName(QStringLiteral("actionToggleSidebar"));
    sidebarToggle->setShortcut(QKeySequence(Qt::Key_F9));
    addAction(sidebarToggle);
    connect(sidebarToggle, &QAction::toggled, this, [this](bool on) {
        if (on && currentPage())
            m_sidebar->showEntity(currentPage()->currentEntityId());
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openBase);
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportPdf);
    m_fileMenu->addAction(m_print);
    m_fileMenu->addAction(m_printPreview);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_newTab);
    m_fileMenu->addAction(m_closeTab);
    m_fileMenu->addAction(m_reopenTab);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *a : std::as_const(m_viewActions))
        m_viewMenu->addAction(a);
    m_viewMenu->addAction(m_graph);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sidebar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomIn);
    m_viewMenu->addAction(m_zoomOut);
    m_viewMenu->addAction(m_zoomReset);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reload);
    m_viewMenu->addAction(m_focusSearch);
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(this);
    m_viewMenu->addMenu(m_languageMenu);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_back);
    m_goMenu->addAction(m_forward);
    m_goMenu->addAction(m_home);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_nextTab);
    m_goMenu->addAction(m_previousTab);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_focusNext);
    m_goMenu->addAction(m_focusPrevious);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Home is Overview, which the views already offer: Alt+Home and the Go menu cover it.
    m_toolBar->addAction(m_back);
    m_toolBar->addAction(m_forward);
    m_toolBar->addSeparator();
    for (QAction *a : std::as_const(m_viewActions))
        m_toolBar->addAction(a);
    m_toolBar->addAction(m_graph);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(360);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_toolBar->addWidget(m_search);
    m_toolBar->addAction(m_sidebar->toggleViewAction());
    // Navigation arrows are icons only; the views read as words.
    for (QAction *a : {m_back, m_forward, m_home, m_sidebar->toggleViewAction()}) {
        if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a)))
            b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    for (QAction *a : std::as_const(m_viewActions)) {
        if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a)))
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_graph)))
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MainWindow::refreshIcons()
{
    // Theme icons where the desktop has them, the style's own otherwise; the style's arrows follow the layout
    // direction, so this runs again when it changes.
    QStyle *s = style();
    m_back->setIcon(s->standardIcon(QStyle::SP_ArrowBack, nullptr, this));
    m_forward->setIcon(s->standardIcon(QStyle::SP_ArrowForward, nullptr, this));
    m_home->setIcon(QIcon::fromTheme(QStringLiteral("go-home"), s->standardIcon(QStyle::SP_DirHomeIcon, nullptr, this)));
    m_reload->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), s->standardIcon(QStyle::SP_BrowserReload, nullptr, this)));
    m_openBase->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), s->standardIcon(QStyle::SP_DialogOpenButton, nullptr, this)));
    m_sidebar->toggleViewAction()->setIcon(
        QIcon::fromTheme(QStringLiteral("sidebar-show-right"), s->standardIcon(QStyle::SP_FileDialogDetailedView, nullptr, this)));
    m_closeTab->setIcon(QIcon::fromTheme(QStringLiteral("tab-close"), s->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this)));
    m_newTab->setIcon(QIcon::fromTheme(QStringLiteral("tab-new")));
}

void MainWindow::placeSidebar()
{
    // QMainWindow does not mirror dock areas for right-to-left layouts: move the sidebar ourselves.
    if (m_sidebar->isFloating())
        return;
    const Qt::DockWidgetArea want = m_sidebarAtEnd != isRightToLeft() ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    if (dockWidgetArea(m_sidebar) == want)
        return;
    const bool atEnd = m_sidebarAtEnd;
    const int width = m_sidebar->width();
    addDockWidget(want, m_sidebar);
    m_sidebarAtEnd = atEnd; // the move itself reports a location change
    resizeDocks({m_sidebar}, {width}, Qt::Horizontal);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Navigation"));
    m_toolBar->setAccessibleName(tr("Navigation"));
    m_tabs->setAccessibleName(tr("Open pages"));
    m_baseLabel->setAccessibleName(tr("Open knowledge base"));
    m_progress->setAccessibleName(tr("Import progress"));

    m_openBase->setText(tr("&Open Knowledge Base…"));
    m_openBase->setToolTip(tr("Open another knowledge base file"));
    m_importAction->setText(tr("&Import Article…"));
    m_importAction->setToolTip(tr("Import an article (.txt) or a knowledge pack (.json)"));
    m_exportPdf->setText(tr("&Export to PDF…"));
    m_exportPdf->setToolTip(tr("Save the current page or another section as a PDF file"));
    m_print->setText(tr("&Print…"));
    m_printPreview->setText(tr("Print Pre&view…"));
    m_newTab->setText(tr("New &Tab"));
    m_closeTab->setText(tr("&Close Tab"));
    m_reopenTab->setText(tr("&Reopen Closed Tab"));
    m_quit->setText(tr("&Quit"));
    m_nextTab->setText(tr("&Next Tab"));
    m_previousTab->setText(tr("&Previous Tab"));
    m_back->setText(tr("&Back"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setText(tr("&Forward"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_home->setText(tr("&Home"));
    m_home->setToolTip(tr("Overview (Alt+Home)"));
    m_reload->setText(tr("&Reload"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomReset->setText(tr("&Normal Size"));
    m_focusSearch->setText(tr("&Search…"));
    m_focusNext->setText(tr("Next &Pane"));
    m_focusPrevious->setText(tr("Previous P&ane"));
    m_graph->setText(tr("&Graph"));
    m_graph->setToolTip(tr("The graph around the current entity (Ctrl+G)"));
    m_about->setText(tr("&About Talysh KB"));

    const QStringList viewNames = {tr("&Overview"), tr("&People"),  tr("O&rganizations"), tr("P&laces"),
                                   tr("&Events"),   tr("G&oals"),   tr("&Topics"),        tr("&Sources")};
    const QStringList viewTips = {tr("The article: lead, history, goals and problems"),
                                  tr("Everyone the article names"),
                                  tr("Organizations, parties and institutions"),
                                  tr("Countries, regions and cities"),
                                  tr("Events in time order"),
                                  tr("What the movement seeks"),
                                  tr("Languages, peoples and issues"),
                                  tr("The documents every fact is cited from")};
    for (int i = 0; i < m_viewActions.size() && i < viewNames.size(); ++i) {
        m_viewActions[i]->setText(viewNames.at(i));
        const QString keys = m_viewActions[i]->shortcut().toString(QKeySequence::NativeText);
        m_viewActions[i]->setToolTip(viewTips.at(i) + QStringLiteral(" (%1)").arg(keys));
    }
    updateBaseLabel();
    updateWindowTitle();
}

// ---------------------------------------------------------------------------------------------------------
// Knowledge base

bool MainWindow::isReadOnly() const
{
    return m_kb && m_kb->isReadOnly();
}

bool MainWindow::openKnowledgeBase(const QString &requested)
{
    const QString bundledPath = BundledBase::defaultPath();
    const bool bundled = requested.isEmpty() || canonical(requested) == canonical(bundledPath);
    const QString path = bundled ? bundledPath : QFileInfo(requested).absoluteFilePath();
    if (m_kb && canonical(m_kb->path()) == canonical(path)) {
        statusBar()->showMessage(tr("%1 is already open.").arg(QDir::toNativeSeparators(path)), statusTimeoutMs);
        return true;
    }
    if (bundled)
        QDir().mkpath(QFileInfo(path).absolutePath()); // the lock file goes beside it

    // Who else has the file decides how we open it: a second window must not write under the first one.
    auto guard = std::make_unique<InstanceGuard>(path);
    const bool heldByOther = guard->state() == InstanceGuard::State::HeldByOther;
    const auto mode = heldByOther ? KnowledgeBase::OpenMode::ReadOnly : KnowledgeBase::OpenMode::ReadWrite;
    StoreError error;
    std::unique_ptr<KnowledgeBase> kb;
    if (bundled && !heldByOther)
        kb = BundledBase::open(mode, &error);
    else // never rebuild the bundled base while another window reads it
        kb = KnowledgeBase::open(path, mode, &error);
    if (!kb) {
        guard.reset();
        showOpenError(path, bundled, error);
        return false;
    }

    closeAllTabs();
    m_closed.clear();
    hidePreview();
    m_search->setKnowledgeBasePath({});
    m_sidebar->setKnowledgeBase(nullptr);
    m_preview->setKnowledgeBase(nullptr);
    m_kb = std::move(kb);
    m_guard = std::move(guard);
    m_bundled = bundled;
    m_heldByOther = heldByOther;
    m_sidebar->setKnowledgeBase(m_kb.get());
    m_preview->setKnowledgeBase(m_kb.get());
    m_search->setKnowledgeBasePath(m_kb->path());

    restoreTabs();
    updateBaseLabel();
    updateWindowTitle();
    updateActions();
    if (m_heldByOther)
        statusBar()->showMessage(tr("Another Talysh KB window has this knowledge base open, so it was opened read-only."),
                                 statusTimeoutMs);
    else if (m_kb->isReadOnly())
        statusBar()->showMessage(tr("This knowledge base file cannot be written, so it was opened read-only."), statusTimeoutMs);
    Q_EMIT knowledgeBaseChanged();
    return true;
}

void MainWindow::showOpenError(const QString &path, bool bundled, const StoreError &error)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot Open Knowledge Base"),
                    tr("The knowledge base %1 could not be opened. It was not changed.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("openErrorBox"));
    box.setInformativeText(error.message);
    QPushButton *useBundled = nullptr;
    const bool bundledIsOpen = m_kb && m_bundled;
    if (!bundled && !bundledIsOpen) {
        useBundled = box.addButton(tr("Open the bundled knowledge base instead"), QMessageBox::AcceptRole);
        useBundled->setObjectName(QStringLiteral("openBundledButton"));
    }
    QPushButton *close = box.addButton(m_kb ? tr("Keep the current one") : tr("Close"), QMessageBox::RejectRole);
    box.setDefaultButton(useBundled ? useBundled : close);
    box.exec();
    if (useBundled && box.clickedButton() == useBundled)
        openKnowledgeBase({});
    else
        statusBar()->showMessage(error.message, statusTimeoutMs);
}

void MainWindow::chooseKnowledgeBase()
{
    if (isImporting())
        return;
    QSettings settings;
    const QString dir = settings.value(keyLastDir, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Knowledge Base"), dir,
                                                      tr("Talysh KB knowledge bases (*.tkb);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(keyLastDir, QFileInfo(path).absolutePath());
    openKnowledgeBase(path);
}

void MainWindow::chooseImport()
{
    if (!m_kb || isImporting())
        return;
    QSettings settings;
    const QString dir = settings.value(keyLastDir, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString input = QFileDialog::getOpenFileName(
        this, tr("Import Article or Knowledge Pack"), dir,
        tr("Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)"));
    if (input.isEmpty())
        return;
    settings.setValue(keyLastDir, QFileInfo(input).absolutePath());
    if (!m_bundled) {
        startImport(input, m_kb->path(), false);
        return;
    }
    // The bundled base is rebuilt whenever the program's own pack changes, which would throw an import away:
    // imports go into a file of the user's own.
    QMessageBox::information(this, tr("Import Into a New Knowledge Base"),
                             tr("The bundled knowledge base is rebuilt when the program is updated, so it cannot keep "
                                "imports. Choose where to create a new knowledge base file for this import."));
    const QFileInfo inputInfo(input);
    const QString suggested = inputInfo.absoluteDir().filePath(inputInfo.completeBaseName() + QStringLiteral(".tkb"));
    QString target = QFileDialog::getSaveFileName(this, tr("Create Knowledge Base"), suggested,
                                                  tr("Talysh KB knowledge bases (*.tkb)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".tkb");
    if (canonical(target) == canonical(BundledBase::defaultPath())) {
        QMessageBox::warning(this, tr("Import"), tr("Choose a file other than the bundled knowledge base."));
        return;
    }
    startImport(input, target, true);
}

bool MainWindow::isImporting() const
{
    return m_importJob != nullptr;
}

void MainWindow::startImport(const QString &inputPath, const QString &target, bool create)
{
    if (isImporting())
        return;
    const bool intoCurrent = m_kb && canonical(target) == canonical(m_kb->path());
    m_importJob = new ImportJob(inputPath, target, create, intoCurrent && m_kb->isReadOnly(), this);
    connect(m_importJob, &ImportJob::finished, this, [this] { onImportFinished(); });
    m_progress->show();
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(inputPath).fileName()));
    updateActions();
    m_importJob->start();
}

void MainWindow::onImportFinished()
{
    ImportJob *job = m_importJob;
    if (!job)
        return;
    m_importJob = nullptr;
    job->deleteLater();
    m_progress->hide();
    statusBar()->clearMessage();
    updateActions();
    const ImportJob::Result &r = job->result();
    const QString input = QFileInfo(job->inputPath()).fileName();
    if (!r.ok) {
        const QString message = tr("Nothing was imported from %1.").arg(input);
        statusBar()->showMessage(message, statusTimeoutMs);
        // Window-modal and not blocking: the error names the file and line to fix, and the window stays usable.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Failed"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setInformativeText(r.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT importFinished(false, r.error);
        return;
    }
    const QString message = tr("Imported “%1” from %2: %n entities", nullptr, r.entities)
                                .arg(r.title.isEmpty() ? input : r.title, input);
    if (m_kb && canonical(job->kbPath()) == canonical(m_kb->path())) {
        reloadAll();
    } else {
        openKnowledgeBase(job->kbPath());
    }
    statusBar()->showMessage(message, statusTimeoutMs);
    Q_EMIT importFinished(true, message);
}

void MainWindow::reloadAll()
{
    for (int i = 0; i < tabCount(); ++i) {
        if (TabPage *p = pageAt(i))
            p->reload();
    }
    m_sidebar->refresh();
    refreshTabTitles();
}

// ---------------------------------------------------------------------------------------------------------
// Tabs

TabPage *MainWindow::createPage(const QUrl &address, QWidget *parent)
{
    if (!m_kb || address.scheme() != KbAddress::scheme)
        return nullptr;
    if (SearchResultsPage::isSearchAddress(address))
        return new SearchResultsPage(address, m_kb.get(), parent);
    return PageFactory::create(address, m_kb.get(), parent);
}

BrowserTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<BrowserTab *>(m_tabs->widget(index));
}

BrowserTab *MainWindow::currentTab() const
{
    return qobject_cast<BrowserTab *>(m_tabs->currentWidget());
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

int MainWindow::currentTabIndex() const
{
    return m_tabs->currentIndex();
}

TabPage *MainWindow::currentPage() const
{
    BrowserTab *t = currentTab();
    return t ? t->page() : nullptr;
}

TabPage *MainWindow::pageAt(int index) const
{
    BrowserTab *t = tabAt(index);
    return t ? t->page() : nullptr;
}

QUrl MainWindow::currentAddress() const
{
    BrowserTab *t = currentTab();
    return t ? t->address() : QUrl();
}

QList<QUrl> MainWindow::tabAddresses() const
{
    QList<QUrl> out;
    for (int i = 0; i < tabCount(); ++i)
        out << tabAt(i)->address();
    return out;
}

const NavigationHistory *MainWindow::historyAt(int index) const
{
    BrowserTab *t = tabAt(index);
    return t ? &t->history() : nullptr;
}

BrowserTab *MainWindow::newTab()
{
    auto *tab = new BrowserTab([this](const QUrl &address, QWidget *parent) { return createPage(address, parent); });
    tab->setZoom(m_zoom);
    connect(tab, &BrowserTab::linkActivated, this, [this, tab](const QUrl &url, TabPage::OpenIn where) {
        // A link in a background tab still navigates that tab, not whichever is in front.
        if (where == TabPage::OpenIn::CurrentTab && tab != currentTab()) {
            if (KbAddress::parse(url).isValid() || url.scheme() == KbAddress::scheme) {
                if (!tab->navigate(url))
                    refuse(url);
                return;
            }
        }
        openLink(url, where);
    });
    connect(tab, &BrowserTab::linkHovered, this, &MainWindow::onLinkHovered);
    connect(tab, &BrowserTab::titleChanged, this, [this, tab] { onTabTitleChanged(tab); });
    connect(tab, &BrowserTab::currentEntityChanged, this, [this, tab](const QString &id) { onTabEntityChanged(tab, id); });
    connect(tab, &BrowserTab::pageReplaced, this, [this, tab] {
        hidePreview();
        if (tab == currentTab())
            updateActions();
    });
    return tab;
}

int MainWindow::insertTab(BrowserTab *tab, int position, bool activate)
{
    const int index = m_tabs->insertTab(position, tab, QString());
    m_tabs->setTabTitle(index, tab->title());
    if (activate)
        m_tabs->setCurrentIndex(index);
    updateActions();
    return index;
}

int MainWindow::openTab(const QUrl &address, bool activate)
{
    if (!m_kb)
        return -1;
    BrowserTab *tab = newTab();
    if (!tab->navigate(address)) {
        delete tab;
        statusBar()->showMessage(tr("There is nothing to show at %1.").arg(address.toDisplayString()), statusTimeoutMs);
        return -1;
    }
    return insertTab(tab, tabCount(), activate);
}

void MainWindow::openOrFocus(const QUrl &address)
{
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->address() == address) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    openTab(address);
}

bool MainWindow::openLink(const QUrl &url, TabPage::OpenIn where)
{
    if (url.isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == KbAddress::scheme) {
        if (!m_kb)
            return false;
        BrowserTab *tab = currentTab();
        if (where == TabPage::OpenIn::CurrentTab && tab) {
            if (!tab->navigate(url)) {
                statusBar()->showMessage(tr("There is nothing to show at %1.").arg(url.toDisplayString()), statusTimeoutMs);
                return false;
            }
            updateActions();
            return true;
        }
        // Tabs opened from a link go right after the current one, as in a web browser.
        BrowserTab *fresh = newTab();
        if (!fresh->navigate(url)) {
            delete fresh;
            statusBar()->showMessage(tr("There is nothing to show at %1.").arg(url.toDisplayString()), statusTimeoutMs);
            return false;
        }
        insertTab(fresh, tab ? currentTabIndex() + 1 : tabCount(), where != TabPage::OpenIn::NewBackgroundTab);
        return true;
    }
    if (KbAddress::isSafeLink(url)) { // http(s) with a host
        QDesktopServices::openUrl(url);
        statusBar()->showMessage(tr("Opened %1 in your web browser.").arg(url.toDisplayString()), statusTimeoutMs);
        return true;
    }
    refuse(url);
    return false;
}

void MainWindow::refuse(const QUrl &url)
{
    QString shown = url.toDisplayString();
    if (shown.size() > 80)
        shown = shown.left(79) + QStringLiteral("…");
    statusBar()->showMessage(tr("Refused to open “%1”: only kb: pages and web (http, https) links are followed.").arg(shown),
                             statusTimeoutMs);
}

void MainWindow::closeTab(int index)
{
    BrowserTab *tab = tabAt(index);
    if (!tab)
        return;
    m_closed.append(ClosedTab{tab->address(), tab->history().backList(), tab->history().forwardList()});
    if (m_closed.size() > maxClosedTabs)
        m_closed.removeFirst();
    hidePreview();
    m_tabs->removeTab(index);
    // The close may come from inside the tab (its context menu): let the event that asked for it finish.
    tab->hide();
    tab->deleteLater();
    updateActions();
    if (tabCount() == 0) {
        m_sidebar->showEntity({});
        updateWindowTitle();
    }
}

void MainWindow::closeOtherTabs(int index)
{
    BrowserTab *keep = tabAt(index);
    if (!keep)
        return;
    for (int i = tabCount() - 1; i >= 0; --i) {
        if (tabAt(i) != keep)
            closeTab(i);
    }
}

int MainWindow::duplicateTab(int index)
{
    BrowserTab *source = tabAt(index);
    if (!source)
        return -1;
    BrowserTab *copy = newTab();
    if (!copy->navigate(source->address())) {
        delete copy;
        return -1;
    }
    copy->setHistory(source->history());
    return insertTab(copy, index + 1, true);
}

bool MainWindow::reopenClosedTab()
{
    while (m_kb && !m_closed.isEmpty()) {
        const ClosedTab closed = m_closed.takeLast();
        BrowserTab *tab = newTab();
        if (!tab->navigate(closed.address)) {
            delete tab;
            continue;
        }
        NavigationHistory history;
        for (const QUrl &u : closed.back)
            history.visit(u);
        history.visit(closed.address);
        for (const QUrl &u : closed.forward)
            history.visit(u);
        for (qsizetype i = 0; i < closed.forward.size(); ++i)
            history.back();
        tab->setHistory(history);
        insertTab(tab, qMin(tabCount(), currentTabIndex() + 1), true);
        return true;
    }
    updateActions();
    return false;
}

void MainWindow::closeAllTabs()
{
    hidePreview();
    while (tabCount() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w; // now, not later: the pages must not outlive the knowledge base they point to
    }
}

bool MainWindow::goBack()
{
    BrowserTab *tab = currentTab();
    const bool ok = tab && tab->goBack();
    updateActions();
    return ok;
}

bool MainWindow::goForward()
{
    BrowserTab *tab = currentTab();
    const bool ok = tab && tab->goForward();
    updateActions();
    return ok;
}

void MainWindow::goHome()
{
    if (!m_kb)
        return;
    if (currentTab())
        openLink(overviewAddress(), TabPage::OpenIn::CurrentTab);
    else
        openTab(overviewAddress());
}

void MainWindow::onCurrentTabChanged()
{
    hidePreview();
    TabPage *page = currentPage();
    m_sidebar->showEntity(page ? page->currentEntityId() : QString());
    updateActions();
    updateWindowTitle();
}

void MainWindow::onTabTitleChanged(BrowserTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabTitle(index, tab->title());
    if (tab == currentTab()) {
        updateWindowTitle();
        updateActions();
    }
}

void MainWindow::onTabEntityChanged(BrowserTab *tab, const QString &id)
{
    if (tab != currentTab())
        return;
    m_sidebar->showEntity(id);
    updateActions();
}

void MainWindow::refreshTabTitles()
{
    for (int i = 0; i < tabCount(); ++i)
        m_tabs->setTabTitle(i, tabAt(i)->title());
    updateWindowTitle();
}

void MainWindow::showTabContextMenu(int index, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("tabContextMenu"));
    menu.addAction(m_newTab);
    if (index >= 0) {
        menu.addSeparator();
        menu.addAction(tr("&Reload"), this, [this, index] {
            if (TabPage *p = pageAt(index))
                p->reload();
        });
        menu.addAction(tr("&Duplicate"), this, [this, index] { duplicateTab(index); });
        menu.addSeparator();
        menu.addAction(tr("&Close"), this, [this, index] { closeTab(index); });
        QAction *others = menu.addAction(tr("Close &Others"), this, [this, index] { closeOtherTabs(index); });
        others->setEnabled(tabCount() > 1);
    }
    menu.addSeparator();
    menu.addAction(m_reopenTab);
    menu.exec(globalPos);
}

void MainWindow::updateActions()
{
    BrowserTab *tab = currentTab();
    const bool haveBase = m_kb != nullptr;
    m_back->setEnabled(tab && tab->history().canGoBack());
    m_forward->setEnabled(tab && tab->history().canGoForward());
    m_home->setEnabled(haveBase);
    m_reload->setEnabled(tab != nullptr);
    m_closeTab->setEnabled(tab != nullptr);
    m_newTab->setEnabled(haveBase);
    m_reopenTab->setEnabled(haveBase && !m_closed.isEmpty());
    m_nextTab->setEnabled(tabCount() > 1);
    m_previousTab->setEnabled(tabCount() > 1);
    for (QAction *a : std::as_const(m_viewActions))
        a->setEnabled(haveBase);
    m_graph->setEnabled(haveBase && currentPage() && !currentPage()->currentEntityId().isEmpty());
    m_openBase->setEnabled(!isImporting());
    m_importAction->setEnabled(haveBase && !isImporting());
    m_exportPdf->setEnabled(haveBase && tab);
    m_print->setEnabled(haveBase && tab);
    m_printPreview->setEnabled(haveBase && tab);
}

void MainWindow::updateWindowTitle()
{
    QStringList parts;
    if (currentTab() && !currentTab()->title().isEmpty())
        parts << currentTab()->title();
    if (m_kb && !m_bundled)
        parts << QFileInfo(m_kb->path()).fileName();
    parts << tr("Talysh KB");
    QString title = parts.join(QStringLiteral(" — "));
    if (isReadOnly())
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
}

void MainWindow::updateBaseLabel()
{
    if (!m_kb) {
        m_baseLabel->setText(tr("No knowledge base open"));
        m_baseLabel->setToolTip(QString());
        return;
    }
    const QString name = m_bundled ? tr("bundled (Talysh National Movement)") : QFileInfo(m_kb->path()).fileName();
    QString text = tr("Knowledge base: %1").arg(name);
    QString tip = QDir::toNativeSeparators(m_kb->path());
    if (m_kb->isReadOnly()) {
        text += QStringLiteral(" · ") + tr("read-only");
        tip += u'\n' + (m_heldByOther ? tr("Read-only: another Talysh KB window has this file open.")
                                      : tr("Read-only: the file or its folder cannot be written."));
    }
    m_baseLabel->setText(text);
    m_baseLabel->setToolTip(tip);
}

// ---------------------------------------------------------------------------------------------------------
// Session

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(keyGeometry).toByteArray()))
        resize(1200, 800);
    if (!restoreState(settings.value(keyState).toByteArray())) {
        // First run: room for a card's names and labels without wrapping every line.
        resizeDocks({m_sidebar}, {340}, Qt::Horizontal);
    }
    const Qt::DockWidgetArea area = dockWidgetArea(m_sidebar);
    if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
        m_sidebarAtEnd = (area == Qt::RightDockWidgetArea) != isRightToLeft();
    m_sidebar->setVisible(settings.value(keySidebar, true).toBool());
    m_zoom = qBound(minZoom, settings.value(keyZoom, 0).toInt(), maxZoom);
}

void MainWindow::restoreTabs()
{
    QSettings settings;
    const bool first = !m_sessionRestored;
    m_sessionRestored = true;
    // The saved tabs belong to the file they were open on; another file starts with the usual two.
    const bool sameBase = settings.contains(keyTabs) && canonical(settings.value(keyBase).toString()) == canonical(m_kb->path());
    if (first && sameBase) {
        const QStringList saved = settings.value(keyTabs).toStringList();
        for (const QString &s : saved)
            openTab(QUrl(s), false);
        if (tabCount() > 0) {
            m_tabs->setCurrentIndex(qBound(0, settings.value(keyCurrent, 0).toInt(), tabCount() - 1));
            onCurrentTabChanged();
            return;
        }
    }
    openTab(overviewAddress(), false);
    openTab(KbAddress::list(EntityKind::Person), false);
    if (tabCount() > 0)
        m_tabs->setCurrentIndex(0);
    onCurrentTabChanged();
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(keyGeometry, saveGeometry());
    settings.setValue(keyState, saveState());
    settings.setValue(keySidebar, m_sidebar->isVisible() || (!isVisible() && !m_sidebar->isHidden()));
    settings.setValue(keyZoom, m_zoom);
    if (m_kb) {
        QStringList tabs;
        for (const QUrl &u : tabAddresses())
            tabs << u.toString(QUrl::FullyEncoded);
        settings.setValue(keyTabs, tabs);
        settings.setValue(keyCurrent, currentTabIndex());
        settings.setValue(keyBase, m_kb->path());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    hidePreview();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------------------------
// Zoom, focus, previews

void MainWindow::setZoom(int steps)
{
    m_zoom = qBound(minZoom, steps, maxZoom);
    for (int i = 0; i < tabCount(); ++i)
        tabAt(i)->setZoom(m_zoom);
    m_zoomIn->setEnabled(m_zoom < maxZoom);
    m_zoomOut->setEnabled(m_zoom > minZoom);
    statusBar()->showMessage(tr("Zoom: %1%").arg(100 + 10 * m_zoom), 2000);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::cycleFocus(bool forward)
{
    QList<QWidget *> panes;
    panes << m_search;
    if (currentPage())
        panes << currentPage();
    if (m_sidebar->isVisible())
        panes << m_sidebar->widget();
    QWidget *focus = QApplication::focusWidget();
    int at = -1;
    for (int i = 0; i < panes.size(); ++i) {
        if (focus && (panes[i] == focus || panes[i]->isAncestorOf(focus)))
            at = i;
    }
    const int next = at < 0 ? 0 : (at + (forward ? 1 : int(panes.size()) - 1)) % int(panes.size());
    panes[next]->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

void MainWindow::onLinkHovered(const QUrl &url)
{
    const KbAddress address = KbAddress::parse(url);
    // Where a web link leads is worth seeing before clicking it; the line goes when the mouse leaves the link.
    const QString target = (!url.isEmpty() && url.scheme() != KbAddress::scheme) ? url.toDisplayString() : QString();
    if (!target.isEmpty())
        statusBar()->showMessage(target, statusTimeoutMs);
    else if (!m_hoveredTarget.isEmpty() && statusBar()->currentMessage() == m_hoveredTarget)
        statusBar()->clearMessage();
    m_hoveredTarget = target;
    if (url.isEmpty() || address.type() != KbAddress::Type::Entity) {
        hidePreview();
        return;
    }
    if (m_preview->isVisible() && m_preview->entityId() == address.entityId())
        return;
    m_preview->hide();
    m_pendingPreview = url;
    m_previewTimer->start();
}

void MainWindow::showPendingPreview()
{
    if (m_pendingPreview.isEmpty() || !isVisible())
        return;
    m_preview->showFor(m_pendingPreview, QCursor::pos());
}

void MainWindow::hidePreview()
{
    m_previewTimer->stop();
    m_pendingPreview.clear();
    if (m_preview)
        m_preview->hide();
}

// ---------------------------------------------------------------------------------------------------------
// Events

void MainWindow::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        // Pages retranslate after the window (children get the event later): read their titles then.
        QMetaObject::invokeMethod(this, &MainWindow::refreshTabTitles, Qt::QueuedConnection);
        break;
    case QEvent::LayoutDirectionChange:
        refreshIcons();
        placeSidebar();
        break;
    case QEvent::StyleChange:
        refreshIcons();
        break;
    case QEvent::ActivationChange:
        if (!isActiveWindow())
            hidePreview();
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        const auto *me = static_cast<QMouseEvent *>(event);
        if (w->window() == this && (me->button() == Qt::BackButton || me->button() == Qt::ForwardButton)) {
            if (me->button() == Qt::BackButton)
                goBack();
            else
                goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace tkb
