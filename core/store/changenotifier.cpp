// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/server/serverschema.h>
#include <core/store/changenotifier.h>
#include <core/store/connection_p.h>

#include <QSqlDriver>

namespace tkb {

ChangeNotifier::ChangeNotifier(const KnowledgeBase &kb, QObject *parent)
    : QObject(parent)
{
    QSqlDriver *driver = connection(kb).driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)
        || connection(kb).driverName() != QLatin1String("QPSQL"))
        return;
    const QString channel = QLatin1String(ServerSchema::changeChannel);
    // One LISTEN per connection, however many notifiers it has: the subscription stays with the connection.
    m_live = driver->subscribedToNotifications().contains(channel) || driver->subscribeToNotification(channel);
    if (!m_live)
        return;
    connect(driver, &QSqlDriver::notification, this,
        [this, channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
            if (name == channel && source != QSqlDriver::SelfSource)
                Q_EMIT changed();
        });
}

ChangeNotifier::~ChangeNotifier() = default;

} // namespace tkb
