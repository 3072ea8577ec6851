// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL array literals, for writing a page of rows in one statement
// (INSERT ... SELECT * FROM unnest($1::bigint[], $2::text[], ...)).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace steward::pgarray {

/// One array literal being built: "{1,NULL,3}" or "{\"a\",\"b \\\"c\\\"\"}".
class Builder
{
public:
    Builder() { m_text = "{"; }
    void add(qint64 value);
    void addNull();
    /// Text, quoted and escaped; a null QString is added as ''.
    void add(const QString& value);
    /// The literal, closed; the builder is empty after.
    QByteArray take();

private:
    void separate();
    QByteArray m_text;
    bool m_empty = true;
};

} // namespace steward::pgarray
