// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/storelog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace steward {

Q_LOGGING_CATEGORY(lcStore, "steward.store", QtWarningMsg)

namespace {
bool logged(QSqlQuery& query, bool ok)
{
    if (!ok)
        qCWarning(lcStore, "statement failed: %s [%s]", qPrintable(query.lastError().text()),
                  qPrintable(query.lastQuery().simplified().left(160)));
    return ok;
}
} // namespace

bool execOrLog(QSqlQuery& query)
{
    return logged(query, query.exec());
}

bool execOrLog(QSqlQuery& query, const QString& sql)
{
    return logged(query, query.exec(sql));
}

bool prepareOrLog(QSqlQuery& query, const QString& sql)
{
    if (query.prepare(sql))
        return true;
    qCWarning(lcStore, "statement failed: %s [%s]", qPrintable(query.lastError().text()),
              qPrintable(sql.simplified().left(160)));
    return false;
}

std::unexpected<QString> failedRead(const QSqlQuery& query)
{
    return std::unexpected(query.lastError().text());
}

} // namespace steward
