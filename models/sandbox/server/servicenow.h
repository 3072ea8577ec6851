// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sandbox/server/reply.h"
#include "models/sandbox/server/sandboxserver.h"

#include <QJsonObject>

#include <functional>

namespace steward::sandbox {

/// POST /api/now/table/sn_customerservice_case: checks the basic authentication against
/// credentials and the mandatory short_description, then hands a "case.create" action to
/// write (which applies and journals it).
Reply serviceNowCase(const QByteArray& authorization, const ApiCredentials& credentials,
                     const QJsonObject& body, const std::function<Reply(const QJsonObject&)>& write,
                     qint64 at);

} // namespace steward::sandbox
