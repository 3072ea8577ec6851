// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/items/queuefiltermodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QSettings;

namespace steward {

/// A named queue filter the moderator can return to.
struct SavedView
{
    QString name;
    QueueFilter filter;
    bool builtIn = false; ///< shipped with Steward; cannot be overwritten or removed
};

/// A filter as JSON and back: unknown or malformed fields fall back to the defaults.
QJsonObject queueFilterToJson(const QueueFilter& filter);
QueueFilter queueFilterFromJson(const QJsonObject& json);

/// The queue's views: a few built in, then the moderator's own, kept in QSettings under
/// "queue/views" (a JSON array, one object per view, in the order saved).
class SavedViews
{
public:
    explicit SavedViews(QSettings& settings);

    static QList<SavedView> builtIn();
    /// Built-in views first, then saved ones.
    QList<SavedView> all() const;
    /// Saves or replaces the view of that name; false for an empty or built-in name.
    bool save(const QString& name, const QueueFilter& filter);
    bool remove(const QString& name);

private:
    QList<SavedView> saved() const;
    void write(const QList<SavedView>& views);

    QSettings& m_settings;
};

} // namespace steward
