// SPDX-License-Identifier: GPL-3.0-or-later
// A file written by an older version is upgraded on a worker behind a dialog that can cancel it: the window keeps
// its event loop, a cancelled upgrade leaves the file as it was, a finished one opens the file.
#include <core/search/searchindex.h>
#include <core/store/bundledbase.h>
#include <core/store/knowledgebase.h>
#include <ui/shell/mainwindow.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tkb;

namespace {

// Watches for the upgrade dialog to be shown, reads it, and clicks its Cancel button when asked to.
class DialogWatcher : public QObject
{
public:
    explicit DialogWatcher(bool cancel)
        : m_cancel(cancel)
    {
        qApp->installEventFilter(this);
    }
    ~DialogWatcher() override { qApp->removeEventFilter(this); }
    QString label;
    bool modal = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *dialog = qobject_cast<QProgressDialog *>(watched);
        if (event->type() == QEvent::Show && dialog && dialog->objectName() == QLatin1String("upgradeDialog")) {
            label = dialog->labelText();
            modal = dialog->windowModality() != Qt::NonModal;
            if (m_cancel) {
                if (auto *button = dialog->findChild<QPushButton *>())
                    button->click();
            }
        }
        return false;
    }

private:
    bool m_cancel;
};

QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestUpgradeDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_current;

    // A copy of the bundled base stamped with the schema before this one: opening it for writing upgrades it.
    QString olderBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_current, path))
            return {};
        sqlite3 *db = nullptr;
        const QByteArray file = QFile::encodeName(path);
        const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(KnowledgeBase::schemaVersion - 1);
        const bool ok = sqlite3_open(file.constData(), &db) == SQLITE_OK
            && sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("talysh-kb-test"));
        QCoreApplication::setApplicationName(QStringLiteral("test-upgradedialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_current = m_dir.filePath(QStringLiteral("current.tkb"));
        StoreError error;
        QVERIFY2(BundledBase::build(m_current, &error), qPrintable(error.message));
    }

    void upgradesBehindADialog()
    {
        const QString path = olderBase(QStringLiteral("older.tkb"));
        QVERIFY(!path.isEmpty());
        QVERIFY(KnowledgeBase::needsUpgrade(path));
        QVERIFY(!KnowledgeBase::needsUpgrade(m_current));
        MainWindow window;
        window.show();
        DialogWatcher watcher(false);
        QVERIFY(window.openKnowledgeBase(path));
        QVERIFY2(watcher.label.contains(QStringLiteral("older.tkb")), qPrintable(watcher.label));
        QVERIFY(watcher.modal);
        QVERIFY(!KnowledgeBase::needsUpgrade(path));
        QVERIFY(window.knowledgeBase());
        QVERIFY(!window.isReadOnly());
        SearchQuery q;
        q.text = QStringLiteral("arrests"); // a word form: the rebuilt index has the stems
        QVERIFY(!window.knowledgeBase()->search().search(q).isEmpty());
        QVERIFY(!window.findChild<QProgressDialog *>(QStringLiteral("upgradeDialog")));
    }

    void cancelLeavesTheFileAsItWas()
    {
        const QString path = olderBase(QStringLiteral("cancelled.tkb"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = digest(path);
        MainWindow window;
        window.show();
        {
            DialogWatcher watcher(true);
            QVERIFY(!window.openKnowledgeBase(path));
            QVERIFY(!watcher.label.isEmpty());
        }
        QVERIFY(KnowledgeBase::needsUpgrade(path));
        QCOMPARE(digest(path), before);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
            qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.knowledgeBase() || window.knowledgeBase()->path() != path);
        // Asked again, it upgrades.
        DialogWatcher again(false);
        QVERIFY(window.openKnowledgeBase(path));
        QVERIFY(!KnowledgeBase::needsUpgrade(path));
    }
};

QTEST_MAIN(TestUpgradeDialog)
#include "test_upgradedialog.moc"
