// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What Statement asks of a database's C API; one implementation per driver.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace steward {

class StatementBackend
{
public:
    virtual ~StatementBackend() = default;
    virtual void bindInt(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, const QString& value) = 0;
    virtual void bindUtf8(int index, const QByteArray& value) = 0;
    virtual void bindNull(int index) = 0;
    virtual bool step(QString* error) = 0;
    virtual bool next(QString* error) = 0;
    virtual qint64 int64(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual const char* utf8(int column) const = 0;
    virtual void setBinaryResults(bool) {}
    virtual void setStreamedResults(bool) {}
};

/// The statement on the connection's own handle, or null with error set when the SQL does
/// not compile. These return null without an error when the connection is another driver's.
std::unique_ptr<StatementBackend> prepareSqlite(const QVariant& handle, const char* sql,
                                                QString* error);
std::unique_ptr<StatementBackend> preparePostgres(const QVariant& handle, const char* sql,
                                                  QString* error);

} // namespace steward
