// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/serveraddress.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/server/connectdialog.h>
#include <ui/shell/baseopener.h>
#include <ui/shell/importjob.h>
#include <ui/shell/instanceguard.h>
#include <ui/shell/recentbases.h>
#include <ui/shell/upgradejob.h>
#include <ui/shell/verifyjob.h>

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace tkb {

namespace {
const QString keyLastDir = QStringLiteral("files/lastDirectory");
constexpr int statusTimeoutMs = 8000;

QString canonical(const QString &path)
{
    const QFileInfo fi(path);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? fi.absoluteFilePath() : c;
}
} // namespace

BaseOpener::BaseOpener(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_recent(new RecentBases(this))
{
    connect(m_recent, &RecentBases::openRequested, this, [this](const QString &pathOrAddress) {
        if (!isImporting())
            open(pathOrAddress);
    });
}

BaseOpener::~BaseOpener()
{
    stopVerifying();
    abandonImport();
}

bool BaseOpener::sameFile(const QString &a, const QString &b)
{
    if (ServerAddress::isServerAddress(a) || ServerAddress::isServerAddress(b)) {
        const auto x = ServerAddress::parse(a);
        const auto y = ServerAddress::parse(b);
        return x && y && x->toString() == y->toString();
    }
    return canonical(a) == canonical(b);
}

bool BaseOpener::isServer() const
{
    return m_kb && ServerAddress::isServerAddress(m_kb->path());
}

bool BaseOpener::isReadOnly() const
{
    return m_kb && m_kb->isReadOnly();
}

bool BaseOpener::open(const QString &requested)
{
    if (ServerAddress::isServerAddress(requested))
        return openServer(requested);
    const QString bundledPath = BundledBase::defaultPath();
    const bool bundled = requested.isEmpty() || sameFile(requested, bundledPath);
    const QString path = bundled ? bundledPath : QFileInfo(requested).absoluteFilePath();
    if (m_kb && sameFile(m_kb->path(), path)) {
        m_window->statusBar()->showMessage(
            tr("%1 is already open.").arg(QDir::toNativeSeparators(path)), statusTimeoutMs);
        return true;
    }
    if (bundled)
        QDir().mkpath(QFileInfo(path).absolutePath()); // the lock file goes beside it

    // Who else has the file decides how we open it: a second window must not write under the first one.
    auto guard = std::make_unique<InstanceGuard>(path);
    const bool heldByOther = guard->state() == InstanceGuard::State::HeldByOther;
    const auto mode = heldByOther ? KnowledgeBase::OpenMode::ReadOnly : KnowledgeBase::OpenMode::ReadWrite;
    StoreError error;
    // A file from an older version is upgraded first, on a worker, with a dialog to cancel.
    if (!bundled && !heldByOther && KnowledgeBase::needsUpgrade(path) && !upgrade(path, &error)) {
        guard.reset();
        if (error.code == StoreError::Code::Cancelled)
            m_window->statusBar()->showMessage(
                tr("The upgrade was cancelled; %1 was left as it was.").arg(QDir::toNativeSeparators(path)),
                statusTimeoutMs);
        else
            showOpenError(path, bundled, error);
        return false;
    }
    std::unique_ptr<KnowledgeBase> kb;
    // The window shows the file at once; its full check runs on a worker (startVerifying), and the store refuses
    // every write until it has passed.
    const auto verification = KnowledgeBase::Verification::Deferred;
    if (bundled && !heldByOther)
        kb = BundledBase::open(mode, &error, verification);
    else // never rebuild the bundled base while another window reads it
        kb = KnowledgeBase::open(path, mode, &error, verification);
    if (!kb) {
        guard.reset();
        showOpenError(path, bundled, error);
        return false;
    }

    adopt(std::move(kb), std::move(guard), bundled, heldByOther);
    if (!bundled)
        m_recent->add(path);
    return true;
}

bool BaseOpener::openServer(const QString &requested)
{
    QString problem;
    const auto address = ServerAddress::parse(requested, &problem);
    if (!address) {
        showOpenError(requested, false, StoreError::make(StoreError::Code::NotFound, problem));
        return false;
    }
    const QString url = address->toString();
    if (m_kb && sameFile(m_kb->path(), url)) {
        m_window->statusBar()->showMessage(tr("%1 is already open.").arg(address->displayName()), statusTimeoutMs);
        return true;
    }
    StoreError error;
    m_window->statusBar()->showMessage(tr("Connecting to %1…").arg(address->displayName()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // A server's base is checked by the server: there is no file to read through, so the open is quick.
    auto kb = KnowledgeBase::open(url, KnowledgeBase::OpenMode::ReadWrite, &error);
    QApplication::restoreOverrideCursor();
    m_window->statusBar()->clearMessage();
    if (!kb) {
        showOpenError(address->displayName(), false, error);
        return false;
    }
    adopt(std::move(kb), nullptr, false, false);
    m_recent->add(url);
    ConnectDialog::remember(*address);
    return true;
}

void BaseOpener::chooseServerAndOpen()
{
    if (isImporting())
        return;
    if (const auto address = ConnectDialog::ask(m_window))
        open(address->toString());
}

void BaseOpener::adopt(
    std::unique_ptr<KnowledgeBase> kb, std::unique_ptr<InstanceGuard> guard, bool bundled, bool heldByOther)
{
    Q_EMIT aboutToReplace();
    stopVerifying();
    m_kb = std::move(kb);
    m_guard = std::move(guard);
    m_bundled = bundled;
    m_heldByOther = heldByOther;
    Q_EMIT replaced();
    if (isServer() && m_kb->isReadOnly())
        m_window->statusBar()->showMessage(
            tr("Your role on the server allows reading only, so this knowledge base was opened read-only."),
            statusTimeoutMs);
    else if (m_heldByOther)
        m_window->statusBar()->showMessage(
            tr("Another Talysh KB window has this knowledge base open, so it was opened read-only."), statusTimeoutMs);
    else if (m_kb->isReadOnly())
        m_window->statusBar()->showMessage(
            tr("This knowledge base file cannot be written, so it was opened read-only."), statusTimeoutMs);
    Q_EMIT knowledgeBaseChanged();
    startVerifying();
}

void BaseOpener::startVerifying()
{
    if (!m_kb || m_kb->isVerified())
        return;
    m_verifyJob = new VerifyJob(m_kb->path(), this);
    connect(m_verifyJob, &VerifyJob::finished, this, [this](const IntegrityReport &report) {
        m_verifyJob->deleteLater();
        m_verifyJob = nullptr;
        m_kb->setVerified(report);
        Q_EMIT verifyingChanged(false);
        if (!report.ok) {
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Knowledge Base Damaged"),
                tr("The knowledge base %1 is damaged. Nothing has been written to it; you can go on reading what "
                   "can be read, but open a backup or the bundled knowledge base to work on.")
                    .arg(QDir::toNativeSeparators(m_kb->path())),
                QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("damagedBox"));
            box->setInformativeText(report.problems.value(0));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            m_window->statusBar()->showMessage(tr("The knowledge base is damaged: %1").arg(report.problems.value(0)));
        } else if (m_window->statusBar()->currentMessage() == checkingMessage()) {
            // Only in place of its own "Checking…": what the opening said (read-only, say) stays readable.
            m_window->statusBar()->showMessage(
                tr("The knowledge base file has been checked: it is sound."), statusTimeoutMs);
        }
        Q_EMIT verified(report.ok);
    });
    m_verifyJob->start();
    if (m_window->statusBar()->currentMessage().isEmpty())
        m_window->statusBar()->showMessage(checkingMessage());
    Q_EMIT verifyingChanged(true);
}

QString BaseOpener::checkingMessage()
{
    return tr("Checking the knowledge base file…");
}

void BaseOpener::stopVerifying()
{
    if (!m_verifyJob)
        return;
    m_verifyJob->disconnect(this);
    delete m_verifyJob; // stops the check and waits for its worker
    m_verifyJob = nullptr;
    if (m_window->statusBar()->currentMessage() == checkingMessage())
        m_window->statusBar()->clearMessage();
    Q_EMIT verifyingChanged(false);
}

void BaseOpener::close()
{
    stopVerifying();
    m_kb.reset();
    m_guard.reset();
}

void BaseOpener::describeIn(QLabel *label) const
{
    if (!m_kb) {
        label->setText(tr("No knowledge base open"));
        label->setToolTip(QString());
        return;
    }
    const auto address = ServerAddress::parse(m_kb->path());
    const QString name = m_bundled ? tr("bundled (Talysh National Movement)")
        : address                  ? tr("%1 (server)").arg(address->displayName())
                                   : QFileInfo(m_kb->path()).fileName();
    QString text = tr("Knowledge base: %1").arg(name);
    QString tip = address ? m_kb->path() : QDir::toNativeSeparators(m_kb->path());
    if (m_kb->isReadOnly()) {
        text += QStringLiteral(" · ") + tr("read-only");
        tip += u'\n'
            + (address              ? tr("Read-only: your role on the server allows reading only.")
                    : m_heldByOther ? tr("Read-only: another Talysh KB window has this file open.")
                                    : tr("Read-only: the file or its folder cannot be written."));
    }
    label->setText(text);
    label->setToolTip(tip);
}

bool BaseOpener::upgrade(const QString &path, StoreError *error)
{
    QProgressDialog progress(tr("Upgrading %1 to this version's format. Its search index is rebuilt, which can take "
                                "a few minutes for a large knowledge base.")
                                 .arg(QFileInfo(path).fileName()),
        tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("upgradeDialog"));
    progress.setWindowTitle(tr("Upgrading the Knowledge Base"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    UpgradeJob job(path);
    QEventLoop loop;
    connect(&job, &UpgradeJob::finished, &loop, [&](const StoreError &result) {
        *error = result;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &job, &UpgradeJob::cancel);
    job.start();
    progress.show();
    // The window goes on painting and answering while the worker upgrades; the dialog keeps input from it.
    loop.exec();
    progress.close();
    return error->code == StoreError::Code::None;
}

void BaseOpener::showOpenError(const QString &path, bool bundled, const StoreError &error)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot Open Knowledge Base"),
        tr("The knowledge base %1 could not be opened. It was not changed.").arg(QDir::toNativeSeparators(path)),
        QMessageBox::NoButton, m_window);
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
        open({});
    else
        m_window->statusBar()->showMessage(error.message, statusTimeoutMs);
}

QString BaseOpener::askForFile(const QString &title, const QString &filter)
{
    QSettings settings;
    const QString dir
        = settings.value(keyLastDir, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(m_window, title, dir, filter);
    if (!path.isEmpty())
        settings.setValue(keyLastDir, QFileInfo(path).absolutePath());
    return path;
}

void BaseOpener::chooseAndOpen()
{
    if (isImporting())
        return;
    const QString path = askForFile(tr("Open Knowledge Base"), tr("Talysh KB knowledge bases (*.tkb);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void BaseOpener::chooseAndImport()
{
    if (!m_kb || isImporting())
        return;
    const QString input = askForFile(tr("Import Article or Knowledge Pack"),
        tr("Articles and knowledge packs (*.txt *.json);;Articles (*.txt);;Knowledge packs (*.json);;All files (*)"));
    if (input.isEmpty())
        return;
    if (!m_bundled) {
        startImport(input, m_kb->path(), false);
        return;
    }
    // The bundled base is rebuilt whenever the program's own pack changes, which would throw an import away:
    // imports go into a file of the user's own.
    QMessageBox::information(m_window, tr("Import Into a New Knowledge Base"),
        tr("The bundled knowledge base is rebuilt when the program is updated, so it cannot keep "
           "imports. Choose where to create a new knowledge base file for this import."));
    const QFileInfo inputInfo(input);
    const QString suggested = inputInfo.absoluteDir().filePath(inputInfo.completeBaseName() + QStringLiteral(".tkb"));
    QString target = QFileDialog::getSaveFileName(
        m_window, tr("Create Knowledge Base"), suggested, tr("Talysh KB knowledge bases (*.tkb)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".tkb");
    if (sameFile(target, BundledBase::defaultPath())) {
        QMessageBox::warning(m_window, tr("Import"), tr("Choose a file other than the bundled knowledge base."));
        return;
    }
    startImport(input, target, true);
}

void BaseOpener::startImport(const QString &inputPath, const QString &target, bool create)
{
    if (isImporting())
        return;
    const bool intoCurrent = m_kb && sameFile(target, m_kb->path());
    m_importJob = new ImportJob(inputPath, target, create, intoCurrent && m_kb->isReadOnly(), this);
    connect(m_importJob, &ImportJob::finished, this, [this] { onImportFinished(); });
    m_window->statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(inputPath).fileName()));
    Q_EMIT importingChanged(true);
    m_importJob->start();
}

void BaseOpener::abandonImport()
{
    if (m_importJob)
        m_importJob->disconnect(this);
    delete m_importJob; // waits for the worker: it holds its own connection to the file
    m_importJob = nullptr;
}

void BaseOpener::onImportFinished()
{
    ImportJob *job = m_importJob;
    if (!job)
        return;
    m_importJob = nullptr;
    job->deleteLater();
    m_window->statusBar()->clearMessage();
    Q_EMIT importingChanged(false);
    const ImportJob::Result &r = job->result();
    const QString input = QFileInfo(job->inputPath()).fileName();
    if (!r.ok) {
        const QString message = tr("Nothing was imported from %1.").arg(input);
        m_window->statusBar()->showMessage(message, statusTimeoutMs);
        // Window-modal and not blocking: the error names the file and line to fix, and the window stays usable.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Failed"), message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setInformativeText(r.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT importFinished(false, r.error);
        return;
    }
    const QString message
        = tr("Imported “%1” from %2: %n entities", nullptr, r.entities).arg(r.title.isEmpty() ? input : r.title, input);
    if (m_kb && sameFile(job->kbPath(), m_kb->path()))
        Q_EMIT contentChanged();
    else
        open(job->kbPath());
    m_window->statusBar()->showMessage(message, statusTimeoutMs);
    Q_EMIT importFinished(true, message);
}

} // namespace tkb
