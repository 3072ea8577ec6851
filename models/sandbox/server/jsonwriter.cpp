// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace steward::sandbox {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.back())
        m_out += ',';
    m_first.back() = false;
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_first.pop_back();
    m_out += '}';
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_first.pop_back();
    m_out += ']';
    return *this;
}

JsonWriter& JsonWriter::key(const char* name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(QStringView text)
{
    separate();
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                m_out += "\\u00";
                m_out += kHex[(c >> 4) & 0xf];
                m_out += kHex[c & 0xf];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
    return *this;
}

JsonWriter& JsonWriter::value(const char* ascii)
{
    return value(QString::fromLatin1(ascii));
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    separate();
    if (number == double(qint64(number)) && std::abs(number) < 1e15)
        m_out += QByteArray::number(qint64(number));
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::rawValue(const QByteArray& json)
{
    separate();
    m_out += json;
    return *this;
}

JsonWriter& JsonWriter::members(const QJsonObject& object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        key(it.key().toUtf8().constData());
        value(it.value());
    }
    return *this;
}

JsonWriter& JsonWriter::value(const QJsonValue& any)
{
    switch (any.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return value(any.toBool());
    case QJsonValue::Double:
        return any.isDouble() && any.toDouble() == double(any.toInteger()) ? value(any.toInteger())
                                                                           : value(any.toDouble());
    case QJsonValue::String:
        return value(any.toString());
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue& v : any.toArray())
            value(v);
        return endArray();
    case QJsonValue::Object:
        beginObject();
        members(any.toObject());
        return endObject();
    }
    return null();
}

} // namespace steward::sandbox
