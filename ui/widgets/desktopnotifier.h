// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace steward {

/// Desktop notifications through KNotifications, as the event "highPriorityItem" of
/// steward.notifyrc: the desktop's notification settings (Plasma's, for one) let the user
/// turn it off, add a sound or keep it in the history; elsewhere it reaches the freedesktop.org
/// notification service on the session bus. Each carries an "Open" action; choosing it (or
/// clicking the notification) reports the key it was sent with.
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

    /// The component whose notifyrc describes the events ("steward").
    static QString componentName();

Q_SIGNALS:
    void activated(const QString& key);
};

/// Lets a run from the build tree (bin/ beside share/) find steward.notifyrc, which an
/// installed Steward finds in the system's data directories.
void findNotifyConfigBesideBinary();

} // namespace steward
