// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/reviewableaction.h"

#include <QString>

namespace steward {

/// What the window calls a review action, in the user's language: Steward's own name for the
/// actions it knows, found by the action's own id, never by the server's label, which comes in
/// the site's language; for an action it does not know, the server's label, else the id. Not
/// by performId(): newer servers run agree_and_suspend, agree_and_edit and others as
/// agree_and_keep (ReviewableFlaggedPost.action_aliases), and each must keep its own name.
QString actionName(const ReviewableAction& action);

/// A bundle's button ("Agree…", "Delete user…"), by the bundle's family (the id's last part:
/// "agree", "delete_user"); fallback for a family Steward does not know.
QString bundleName(const QString& family, const QString& fallback);

} // namespace steward
