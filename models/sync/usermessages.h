// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one place typed errors become words for people: the window and stewardctl show these, the
// logs keep ApiError::summary(). models/net itself has no translated text.
#pragma once

#include "models/net/apierror.h"
#include "models/net/casetarget.h"
#include "models/net/connectiontest.h"

#include <QString>

namespace steward::messages {

/// What went wrong, as a translated clause that reads after "Sync stopped: " or
/// "stewardctl sync: ", ending with the server's or the network's own words.
QString apiError(const ApiError& error);
/// Why a site address is refused before anything is sent.
QString insecureUrl();
/// The connection test's finding, as the Accounts dialog says it to apiUsername.
QString connectionVerdict(const ConnectionVerdict& verdict, const QString& apiUsername);
/// Why a support case could not be sent, with the case system's own words.
QString caseFailure(const CaseFailure& failure);

} // namespace steward::messages
