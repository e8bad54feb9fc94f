// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/serveraddress.h>
#include <ui/shell/recentbases.h>

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace tkb {

namespace {
const QString keyRecent = QStringLiteral("files/recentBases");
} // namespace

RecentBases::RecentBases(QObject *parent)
    : QObject(parent)
{ }

QStringList RecentBases::list() const
{
    return QSettings().value(keyRecent).toStringList();
}

void RecentBases::store(const QStringList &list)
{
    QSettings().setValue(keyRecent, list);
}

void RecentBases::add(const QString &pathOrAddress)
{
    if (pathOrAddress.isEmpty())
        return;
    QStringList l = list();
    l.removeAll(pathOrAddress);
    l.prepend(pathOrAddress);
    while (l.size() > maximum)
        l.removeLast();
    store(l);
}

void RecentBases::remove(const QString &pathOrAddress)
{
    QStringList l = list();
    l.removeAll(pathOrAddress);
    store(l);
}

void RecentBases::clear()
{
    store({});
}

void RecentBases::attach(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
    menu->installEventFilter(this);
    fill(menu);
}

bool RecentBases::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (auto *menu = qobject_cast<QMenu *>(watched))
            fill(menu);
    }
    return QObject::eventFilter(watched, event);
}

void RecentBases::fill(QMenu *menu)
{
    menu->clear();
    const QStringList entries = list();
    int number = 0;
    for (const QString &entry : entries) {
        QString text;
        if (const auto address = ServerAddress::parse(entry))
            text = tr("%1 (server)").arg(address->displayName());
        else
            text = QFileInfo(entry).fileName();
        // Numbered for the keyboard, as in other programs' recent lists; & in names must not become a mnemonic.
        text.replace(u'&', QStringLiteral("&&"));
        if (++number < 10)
            text = QStringLiteral("&%1 %2").arg(number).arg(text);
        QAction *action = menu->addAction(text);
        action->setToolTip(ServerAddress::isServerAddress(entry) ? entry : QDir::toNativeSeparators(entry));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this, [this, entry] { Q_EMIT openRequested(entry); });
    }
    if (entries.isEmpty())
        menu->addAction(tr("No recent knowledge bases"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!entries.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentBases::clear);
    menu->setToolTipsVisible(true);
}

} // namespace tkb
