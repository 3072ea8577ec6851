// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace steward {

/// Desktop notifications through the freedesktop.org notification service on the session
/// bus (what GNOME, KDE Plasma and most Linux desktops run). Each carries an "Open" action;
/// choosing it (or clicking the notification) reports the key it was sent with.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject* parent = nullptr);

    /// Whether a notification service answers on the session bus.
    bool isAvailable() const;
    /// Sends a notification; false (and nothing shown) when no service is there.
    /// urgent asks the desktop to keep it until seen.
    bool notify(const QString& summary, const QString& body, const QString& key, bool urgent);

Q_SIGNALS:
    void activated(const QString& key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);

private:
    QHash<uint, QString> m_keys; ///< notification id -> key
    bool m_connected = false;
};

} // namespace steward
