// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/changebanner.h>
#include <ui/editing/editactions.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entitydeleter.h>
#include <ui/editing/entityeditor.h>
#include <ui/editing/mergedialog.h>
#include <ui/editing/selectionactions.h>
#include <ui/editing/sourcedialog.h>
#include <ui/editing/undohistorydock.h>
#include <ui/export/exportdialog.h>
#include <ui/language/languagemenu.h>
#include <ui/search/searchbar.h>
#include <ui/search/searchresultspage.h>
#include <ui/shell/appicon.h>
#include <ui/shell/browsertab.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/previewcontroller.h>
#include <ui/shell/recentbases.h>
#include <ui/shell/tabwidget.h>
#include <ui/shell/windowactions.h>
#include <ui/sidebar/sidebardock.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tkb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(AppIcon::load());

    m_base = new BaseOpener(this);
    connect(m_base, &BaseOpener::aboutToReplace, this, &MainWindow::detachBase);
    connect(m_base, &BaseOpener::replaced, this, &MainWindow::attachBase);
    connect(m_base, &BaseOpener::knowledgeBaseChanged, this, &MainWindow::knowledgeBaseChanged);
    connect(m_base, &BaseOpener::importFinished, this, &MainWindow::importFinished);
    connect(m_base, &BaseOpener::contentChanged, this, &MainWindow::refreshAll);
    for (auto busy : { &BaseOpener::importingChanged, &BaseOpener::verifyingChanged }) {
        connect(m_base, busy, this, [this] {
            m_progress->setVisible(m_base->isImporting() || m_base->isVerifying());
            updateActions();
        });
    }

    m_edits = new EditSession(this);
    m_tabs = new TabManager(new TabWidget(this), this);
    m_tabs->setEditSession(m_edits);
    // The banner that says another window changed the file sits over the pages it is about.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_banner = new ChangeBanner(centre);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_tabs->widget(), 1);
    setCentralWidget(centre);
    connect(m_tabs, &TabManager::stateChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &TabManager::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &TabManager::currentTitleChanged, this, [this] {
        updateWindowTitle();
        updateActions();
    });
    connect(m_tabs, &TabManager::currentEntityChanged, this, [this](const QString &id) {
        m_sidebar->showEntity(id);
        updateActions();
    });
    connect(m_tabs, &TabManager::lastTabClosed, this, [this] {
        m_sidebar->showEntity({});
        updateWindowTitle();
    });

    m_sidebar = new SidebarDock(this);
    addDockWidget(isRightToLeft() ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, m_sidebar);
    connect(m_sidebar, &QDockWidget::dockLocationChanged, this, &MainWindow::noteSidebarArea);
    connect(m_sidebar, &SidebarDock::linkActivated, m_tabs,
        [this](const QUrl &url, TabPage::OpenIn where) { openLink(url, where); });

    m_search = new SearchBar(this);
    connectSearch();

    m_previews = new PreviewController(this);
    connect(m_tabs, &TabManager::pageLeft, m_previews, &PreviewController::hide);
    connect(m_tabs, &TabManager::linkHovered, m_previews, &PreviewController::hover);
    connect(m_sidebar, &SidebarDock::linkHovered, m_previews, &PreviewController::hover);

    m_baseLabel = new QLabel(this);
    m_baseLabel->setObjectName(QStringLiteral("baseLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // an import reports no steps: a busy indicator
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_baseLabel);

    m_actions = new WindowActions(this, m_sidebar->toggleViewAction());
    m_editActions = new EditActions(this, m_edits);
    m_actions->place(new LanguageMenu(this), m_search, m_editActions->menu());
    m_undoDock = new UndoHistoryDock(m_edits->undoStack(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    connectEditing();
    m_tabs->setMenuActions(m_actions->newTab, m_actions->reopenTab);
    connectActions();
    retranslate();
    m_actions->refreshIcons();
    m_zoom = SessionStore::restoreWindow(this, m_sidebar, minZoom, maxZoom);
    m_tabs->setZoom(m_zoom);
    noteSidebarArea(dockWidgetArea(m_sidebar));
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
    m_base->abandonImport();
    // Pages hold the knowledge base by pointer: they go before it does.
    detachBase();
    m_base->close();
    // The parts go one by one after this: none may call back into the window meanwhile.
    m_sidebar->toggleViewAction()->disconnect(this);
    m_tabs->disconnect(this);
}

void MainWindow::connectSearch()
{
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
}

void MainWindow::connectActions()
{
    const WindowActions *a = m_actions;
    const auto on = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    on(a->openBase, [this] { m_base->chooseAndOpen(); });
    on(a->connectServer, [this] { m_base->chooseServerAndOpen(); });
    m_base->recent()->attach(a->recentMenu);
    on(a->importArticle, [this] { m_base->chooseAndImport(); });
    // The export dialog opens its own connection to the file and offers the current tab's section first.
    on(a->exportPdf, [this] {
        if (knowledgeBase() && m_tabs->currentTab())
            ExportDialog::exportAddress(this, knowledgeBase()->path(), currentAddress());
    });
    for (const bool preview : { false, true }) {
        on(preview ? a->printPreview : a->print, [this, preview] {
            if (knowledgeBase() && m_tabs->currentTab())
                ExportDialog::printAddress(this, knowledgeBase()->path(), currentAddress(), preview);
        });
    }
    on(a->newTab, [this] {
        if (knowledgeBase())
            openTab(KbAddress::article());
    });
    on(a->closeTab, [this] {
        if (currentTabIndex() >= 0)
            closeTab(currentTabIndex());
    });
    on(a->reopenTab, [this] { reopenClosedTab(); });
    on(a->quit, [this] { close(); });
    on(a->nextTab, [this] { m_tabs->cycle(true); });
    on(a->previousTab, [this] { m_tabs->cycle(false); });
    on(a->back, [this] { goBack(); });
    on(a->forward, [this] { goForward(); });
    on(a->home, [this] { goHome(); });
    on(a->reload, [this] {
        if (TabPage *p = currentPage())
            p->reload();
    });
    on(a->zoomIn, [this] { setZoom(m_zoom + 1); });
    on(a->zoomOut, [this] { setZoom(m_zoom - 1); });
    on(a->zoomReset, [this] { setZoom(0); });
    on(a->focusSearch, [this] { focusSearch(); });
    on(a->focusNext, [this] { cycleFocus(true); });
    on(a->focusPrevious, [this] { cycleFocus(false); });
    for (QAction *view : a->views) {
        on(view, [this, view] {
            if (knowledgeBase())
                openFocused(view->data().toUrl());
        });
    }
    on(a->graph, [this] {
        const QString id = currentPage() ? currentPage()->currentEntityId() : QString();
        if (knowledgeBase() && !id.isEmpty())
            openFocused(KbAddress::graph(id));
    });
    on(a->about, [this] { showAbout(); });
    connect(a->sidebarToggle, &QAction::toggled, this, [this](bool shown) {
        if (shown && currentPage())
            m_sidebar->showEntity(currentPage()->currentEntityId());
    });
}

void MainWindow::openFocused(const QUrl &address)
{
    // The keyboard goes into the page the shortcut opened.
    openOrFocus(address);
    if (currentPage() && currentPage()->address() == address)
        currentPage()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::connectEditing()
{
    const EditActions *a = m_editActions;
    const auto on = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    connect(m_edits, &EditSession::changed, this, &MainWindow::refreshAll);
    connect(m_edits, &EditSession::refused, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Talysh KB"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_banner, &ChangeBanner::refreshRequested, this, &MainWindow::refreshAll);
    connect(a->undoHistory, &QAction::toggled, m_undoDock, &QWidget::setVisible);
    connect(m_undoDock, &QDockWidget::visibilityChanged, a->undoHistory, &QAction::setChecked);
    on(a->author, [this] { askAuthor(); });
    on(a->addSource, [this] {
        connect(SourceDialog::start(this, m_edits), &SourceDialog::added, this,
            [this](const QString &id) { openLink(KbAddress::article({}, {}, id), TabPage::OpenIn::NewTab); });
    });
    on(a->history, [this] {
        const QString id = currentPage() ? currentPage()->currentEntityId() : QString();
        if (knowledgeBase() && !id.isEmpty())
            openFocused(KbAddress::history(id));
    });
    on(a->recentChanges, [this] {
        if (knowledgeBase())
            openFocused(KbAddress::changes());
    });
    const auto current = [this] { return currentPage() ? currentPage()->currentEntityId() : QString(); };
    on(a->editEntity, [this, current] { EntityEditor::edit(this, m_edits, current()); });
    on(a->newEntity, [this] {
        if (EntityEditor *editor = EntityEditor::create(this, m_edits))
            connect(editor, &EntityEditor::saved, this,
                [this](const QString &id) { openLink(KbAddress::entity(id), TabPage::OpenIn::NewTab); });
    });
    // "New Entity from Selection" in a page's menu opens the same form, resting on the passage chosen. The handler
    // is the process's, so it finds its window through parent, never this.
    SelectionActions::setNewEntityHandler(
        [](QWidget *parent, EditSession *edits, const QString &name, const Citation &cite) {
            auto *window = qobject_cast<MainWindow *>(parent);
            if (EntityEditor *editor = EntityEditor::create(parent, edits, name, cite); editor && window)
                connect(editor, &EntityEditor::saved, window,
                    [window](const QString &id) { window->openLink(KbAddress::entity(id), TabPage::OpenIn::NewTab); });
        });
    on(a->deleteEntity, [this, current] { EntityDeleter::ask(this, m_edits, current()); });
    on(a->mergeEntity, [this, current] {
        // The page of the entry that went shows the one it went into.
        if (MergeDialog *merge = MergeDialog::ask(this, m_edits, current()))
            connect(merge, &MergeDialog::merged, this,
                [this](const QString &, const QString &kept) { openLink(KbAddress::entity(kept)); });
    });
}

void MainWindow::askAuthor()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your Name"),
        tr("Your changes are recorded in the knowledge base's history under this name:"), QLineEdit::Normal,
        EditSession::author(), &ok);
    if (ok && !name.trimmed().isEmpty())
        EditSession::setAuthor(name);
}

void MainWindow::refreshAll()
{
    m_tabs->reloadAll();
    m_sidebar->refresh();
    updateActions();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Talysh KB"),
        tr("<h3>Talysh KB %1</h3><p>A knowledge base of the Talysh National Movement: its people, "
           "organizations, places, events and goals, every fact cited from its source.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::noteSidebarArea(Qt::DockWidgetArea area)
{
    if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
        m_sidebarAtEnd = (area == Qt::RightDockWidgetArea) != isRightToLeft();
}

void MainWindow::placeSidebar()
{
    // QMainWindow does not mirror dock areas for right-to-left layouts: move the sidebar ourselves.
    if (m_sidebar->isFloating())
        return;
    const Qt::DockWidgetArea want
        = m_sidebarAtEnd != isRightToLeft() ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    if (dockWidgetArea(m_sidebar) == want)
        return;
    const bool atEnd = m_sidebarAtEnd;
    const int width = m_sidebar->width();
    addDockWidget(want, m_sidebar);
    m_sidebarAtEnd = atEnd; // the move itself reports a location change
    resizeDocks({ m_sidebar }, { width }, Qt::Horizontal);
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_editActions->retranslate();
    m_tabs->widget()->setAccessibleName(tr("Open pages"));
    m_baseLabel->setAccessibleName(tr("Open knowledge base"));
    m_progress->setAccessibleName(tr("Work in progress"));
    m_base->describeIn(m_baseLabel);
    updateWindowTitle();
}

void MainWindow::detachBase()
{
    m_tabs->closeAll();
    m_tabs->forgetClosedTabs();
    m_previews->hide();
    m_tabs->setKnowledgeBase(nullptr);
    m_search->setKnowledgeBasePath({});
    m_sidebar->setKnowledgeBase(nullptr);
    m_previews->setKnowledgeBase(nullptr);
    m_edits->setKnowledgeBase(nullptr);
    m_banner->setKnowledgeBase(nullptr);
}

void MainWindow::attachBase()
{
    KnowledgeBase *kb = knowledgeBase();
    m_tabs->setKnowledgeBase(kb);
    m_sidebar->setKnowledgeBase(kb);
    m_previews->setKnowledgeBase(kb);
    m_edits->setKnowledgeBase(kb);
    m_banner->setKnowledgeBase(kb);
    m_search->setKnowledgeBasePath(kb->path());
    m_session.restoreTabs(*m_tabs, kb->path());
    m_base->describeIn(m_baseLabel);
    updateWindowTitle();
    updateActions();
}

void MainWindow::onCurrentTabChanged()
{
    m_previews->hide();
    TabPage *page = currentPage();
    m_sidebar->showEntity(page ? page->currentEntityId() : QString());
    updateActions();
    updateWindowTitle();
}

void MainWindow::updateActions()
{
    BrowserTab *tab = m_tabs->currentTab();
    WindowActions::State s;
    s.haveBase = knowledgeBase() != nullptr;
    s.haveTab = tab != nullptr;
    if (const NavigationHistory *history = historyAt(currentTabIndex())) {
        s.canGoBack = history->canGoBack();
        s.canGoForward = history->canGoForward();
    }
    s.tabCount = tabCount();
    s.canReopen = closedTabCount() > 0;
    s.haveEntity = currentPage() && !currentPage()->currentEntityId().isEmpty();
    s.importing = isImporting();
    m_actions->update(s);
    // Nothing is written before the file's full check has passed (it runs on a worker after opening).
    m_editActions->update(s.haveBase, s.haveBase && !isReadOnly() && knowledgeBase()->isVerified(), s.haveEntity);
}

void MainWindow::updateWindowTitle()
{
    QStringList parts;
    if (m_tabs->currentTab() && !m_tabs->currentTab()->title().isEmpty())
        parts << m_tabs->currentTab()->title();
    if (knowledgeBase() && !isBundled())
        parts << QFileInfo(knowledgeBase()->path()).fileName();
    parts << tr("Talysh KB");
    QString title = parts.join(QStringLiteral(" — "));
    if (isReadOnly())
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
}

void MainWindow::saveSession() const
{
    SessionStore::save(this, m_sidebar, m_zoom, *m_tabs, knowledgeBase() ? knowledgeBase()->path() : QString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    m_previews->hide();
    QMainWindow::closeEvent(event);
}

void MainWindow::setZoom(int steps)
{
    m_zoom = qBound(minZoom, steps, maxZoom);
    m_tabs->setZoom(m_zoom);
    m_actions->setZoomLimits(m_zoom<maxZoom, m_zoom> minZoom);
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

void MainWindow::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        statusBar()->clearMessage(); // a passing message was said in the language just left
        // Pages retranslate after the window (children get the event later): read their titles then.
        QMetaObject::invokeMethod(m_tabs, &TabManager::refreshTitles, Qt::QueuedConnection);
        break;
    case QEvent::LayoutDirectionChange:
        m_actions->refreshIcons();
        placeSidebar();
        break;
    case QEvent::StyleChange:
        m_actions->refreshIcons();
        break;
    case QEvent::ActivationChange:
        if (!isActiveWindow())
            m_previews->hide();
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
