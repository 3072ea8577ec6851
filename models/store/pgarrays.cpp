// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/pgarrays.h"

namespace steward::pgarray {

void Builder::separate()
{
    if (!m_empty)
        m_text += ',';
    m_empty = false;
}

void Builder::add(qint64 value)
{
    separate();
    m_text += QByteArray::number(value);
}

void Builder::addNull()
{
    separate();
    m_text += "NULL";
}

void Builder::add(const QString& value)
{
    separate();
    const QByteArray utf8 = value.toUtf8();
    m_text.reserve(m_text.size() + utf8.size() + 8);
    m_text += '"';
    for (const char c : utf8) {
        if (c == '"' || c == '\\')
            m_text += '\\';
        m_text += c;
    }
    m_text += '"';
}

QByteArray Builder::take()
{
    QByteArray out = std::move(m_text);
    out += '}';
    m_text = "{";
    m_empty = true;
    return out;
}

} // namespace steward::pgarray
