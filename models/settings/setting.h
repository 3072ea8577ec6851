// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Typed preferences: each is declared once, with its key and default, in preferences.h.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace steward {

/// One preference of type T, kept in the application's QSettings (the organisation and
/// application names set at start; tests point QSettings at a temporary folder). Reading a
/// missing or unreadable value gives the default; nothing is cached, so every reader sees
/// the latest write.
template <typename T> class Setting
{
public:
    Setting(QString key, T defaultValue)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    /// Back to the default (the key is removed).
    void reset() const { QSettings().remove(m_key); }
    bool isSet() const { return QSettings().contains(m_key); }
    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace steward
