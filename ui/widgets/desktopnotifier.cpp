// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <KNotification>

namespace steward {

namespace {
const QString kNotifyConfig = QStringLiteral("knotifications6/steward.notifyrc");
} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
}

QString DesktopNotifier::componentName()
{
    return QStringLiteral("steward");
}

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()
               ->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications"))
               .value();
}

bool DesktopNotifier::notify(const QString& summary, const QString& body, const QString& key,
                             bool urgent)
{
    if (!isAvailable())
        return false;
    auto* notification =
        new KNotification(QStringLiteral("highPriorityItem"), KNotification::CloseOnTimeout, this);
    notification->setComponentName(componentName());
    notification->setTitle(summary);
    notification->setText(body.toHtmlEscaped());
    notification->setUrgency(urgent ? KNotification::CriticalUrgency
                                    : KNotification::NormalUrgency);
    KNotificationAction* open = notification->addDefaultAction(
        QCoreApplication::translate("steward::DesktopNotifier", "Open"));
    connect(open, &KNotificationAction::activated, this, [this, key] { Q_EMIT activated(key); });
    notification->sendEvent(); // deletes itself once closed
    return true;
}

void findNotifyConfigBesideBinary()
{
    if (!QStandardPaths::locate(QStandardPaths::GenericDataLocation, kNotifyConfig).isEmpty())
        return;
    const QString share =
        QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../share")).absolutePath();
    if (!QFileInfo::exists(share + u'/' + kNotifyConfig))
        return;
    QString dirs = qEnvironmentVariable("XDG_DATA_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/usr/local/share:/usr/share"); // the XDG default
    qputenv("XDG_DATA_DIRS", (share + u':' + dirs).toLocal8Bit());
}

} // namespace steward
