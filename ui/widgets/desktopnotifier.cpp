// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/desktopnotifier.h"

#include "models/domain/version.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace steward {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
}

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(kService).value();
}

bool DesktopNotifier::notify(const QString& summary, const QString& body, const QString& key,
                             bool urgent)
{
    if (!isAvailable())
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!m_connected)
        m_connected = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"),
                                  this, SLOT(onActionInvoked(uint, QString)));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
                            {QStringLiteral("desktop-entry"), QString::fromLatin1(kAppId)},
                            {QStringLiteral("category"), QStringLiteral("im.received")}};
    call << QCoreApplication::translate("steward::DesktopNotifier", "Steward") << uint(0)
         << QString::fromLatin1(kAppId) << summary << body.toHtmlEscaped()
         << QStringList{QStringLiteral("default"),
                        QCoreApplication::translate("steward::DesktopNotifier", "Open")}
         << hints << int(-1);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isValid())
            m_keys.insert(reply.value(), key);
        watcher->deleteLater();
    });
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    const auto it = m_keys.constFind(id);
    if (it != m_keys.cend() && action == u"default")
        Q_EMIT activated(*it);
}

} // namespace steward
