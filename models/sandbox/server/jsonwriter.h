// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <vector>

namespace steward::sandbox {

/// Writes compact JSON straight into a buffer, for the server's hot paths (a 50-post page
/// through QJsonObject costs about five times as much). Keys come out in the order written.
/// The caller keeps begin/end calls balanced and writes one value after each key.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(const char* name); ///< name: ASCII, written as is
    JsonWriter& value(QStringView text);
    JsonWriter& value(const QString& text) { return value(QStringView(text)); }
    JsonWriter& value(const char* ascii);
    JsonWriter& value(qint64 number);
    JsonWriter& value(int number) { return value(qint64(number)); }
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& value(const QJsonValue& any); ///< any Qt JSON value, written recursively
    /// A value that is already serialized JSON.
    JsonWriter& rawValue(const QByteArray& json);
    /// Every member of object, as if written key by key.
    JsonWriter& members(const QJsonObject& object);

    QByteArray take() { return std::move(m_out); }
    const QByteArray& buffer() const { return m_out; }

private:
    void separate();
    QByteArray m_out;
    std::vector<bool> m_first{true};
    bool m_afterKey = false;
};

} // namespace steward::sandbox
