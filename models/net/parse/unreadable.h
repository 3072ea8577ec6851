// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fields a server sent that Steward could not read. The readers in jsonread.h never fail (a
// value that cannot be read keeps its default), so that one odd field does not lose a whole
// page; but nothing may vanish without a word. While an UnreadableScope is alive on a thread,
// every present, non-null value of the wrong type or form read on that thread is counted in
// its log, with a few examples for the user.
#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace steward::parse {

struct UnreadableLog
{
    qint64 total = 0;
    QMap<QString, qint64> byField; ///< field name -> how many values of it could not be read
    QStringList examples;          ///< the first few, as `field: value`

    void note(QStringView field, const QString& value);
    void merge(const UnreadableLog& other);
    bool isEmpty() const { return total == 0; }
    /// "created_at ×3, raw ×1": every field, most frequent first.
    QString fieldsSummary() const;
};

/// Installs log as this thread's collector until destroyed; scopes nest (the inner one wins).
class UnreadableScope
{
public:
    explicit UnreadableScope(UnreadableLog& log);
    ~UnreadableScope();
    UnreadableScope(const UnreadableScope&) = delete;
    UnreadableScope& operator=(const UnreadableScope&) = delete;

private:
    UnreadableLog* m_previous;
};

/// Records an unreadable value in this thread's collector, if one is installed.
void noteUnreadable(QStringView field, const QJsonValue& value);
void noteUnreadable(QStringView field, const QString& valueText);

} // namespace steward::parse
