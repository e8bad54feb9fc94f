// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Holds the window's knowledge base: opens one (read-only when another window writes it), explains why one
// could not be opened and offers the bundled base instead, and chooses and runs imports on a worker thread.
#include <QObject>
#include <QString>

#include <memory>

class QLabel;
class QMainWindow;

namespace tkb {

class ImportJob;
class VerifyJob;
class InstanceGuard;
class KnowledgeBase;
class RecentBases;
struct StoreError;

class BaseOpener : public QObject
{
    Q_OBJECT
public:
    /// Dialogs go over window, messages to its status bar.
    explicit BaseOpener(QMainWindow *window);
    ~BaseOpener() override;

    /// Opens the knowledge base at path (the bundled one when empty), or at a postgresql:// server address, in
    /// place of the current one. On failure explains why and offers the bundled base; returns whether the
    /// requested base is now open.
    bool open(const QString &path);
    /// Asks where a server's knowledge base is (ConnectDialog) and opens it.
    void chooseServerAndOpen();
    /// The bases opened lately (every base opened but the bundled one goes first in it).
    RecentBases *recent() const { return m_recent; }
    /// Whether the open base is on a server rather than in a file.
    bool isServer() const;
    /// Lets the base go (its users must have let go first, as on aboutToReplace()).
    void close();
    KnowledgeBase *knowledgeBase() const { return m_kb.get(); }
    bool isReadOnly() const;
    bool isBundled() const { return m_bundled; }
    bool isHeldByOther() const { return m_heldByOther; }
    /// Names the open base in label (for the status bar): which file, and why it is read-only if it is.
    void describeIn(QLabel *label) const;

    /// Asks for a knowledge base file and opens it.
    void chooseAndOpen();
    /// Asks for an article or pack and imports it: into the open base, or into a new file when the open one
    /// is the bundled base, which the next update would rebuild.
    void chooseAndImport();
    /// Imports inputPath into target (created when create) on a worker thread.
    void startImport(const QString &inputPath, const QString &target, bool create);
    bool isImporting() const { return m_importJob != nullptr; }
    /// Whether the open file's full check still runs on its worker (nothing is written until it has passed).
    bool isVerifying() const { return m_verifyJob != nullptr; }
    /// Stops listening to a running import and waits for its worker.
    void abandonImport();

    /// Whether two paths name the same file, links and relative parts resolved.
    static bool sameFile(const QString &a, const QString &b);

Q_SIGNALS:
    /// A new base is about to replace the open one: everything pointing into the old one lets go now.
    void aboutToReplace();
    /// The new base is open: show it.
    void replaced();
    /// After replaced() and its status message.
    void knowledgeBaseChanged();
    void importingChanged(bool importing);
    void verifyingChanged(bool verifying);
    /// The open file's full check has ended: ok, or damaged (the window said so; the file stays unwritten).
    void verified(bool ok);
    /// An import went into the open base: its pages are out of date.
    void contentChanged();
    void importFinished(bool ok, const QString &message);

private:
    bool openServer(const QString &address);
    /// Puts kb in place of the open base and says how it was opened.
    void adopt(std::unique_ptr<KnowledgeBase> kb, std::unique_ptr<InstanceGuard> guard, bool bundled, bool heldByOther);
    void showOpenError(const QString &path, bool bundled, const StoreError &error);
    void onImportFinished();
    void startVerifying();
    void stopVerifying();
    static QString checkingMessage();
    bool upgrade(const QString &path, StoreError *error);
    QString askForFile(const QString &title, const QString &filter);

    QMainWindow *m_window = nullptr;
    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<InstanceGuard> m_guard;
    bool m_bundled = false;
    bool m_heldByOther = false;
    ImportJob *m_importJob = nullptr;
    VerifyJob *m_verifyJob = nullptr;
    RecentBases *m_recent = nullptr;
};

} // namespace tkb
