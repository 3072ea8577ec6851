// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

/// One action a moderator may take on a reviewable right now, as the server offers it.
/// The UI is built from these, never from a fixed table (see discourse-api.md §9.2).
struct ReviewableAction
{
    QString id;           ///< may be prefixed: "1234-agree_and_keep"
    QString serverAction; ///< the bare id the server runs (newer servers); may be empty
    QString actionName;   ///< older servers' bare id; may be empty
    QString bundleId;     ///< the bundle (button group) this action belongs to
    QString label;        ///< localised by the server; display only
    QString icon;
    QString description;
    QString confirmMessage;
    bool requireRejectReason = false;

    /// The id for PUT /review/{id}/perform/{performId}: serverAction, else actionName, else
    /// id without a leading "<digits>-" prefix. Always matches [a-z_]+ or is empty.
    QString performId() const;
    /// True for the aliases that only agree on the server and need a second call from the
    /// client (suspend, silence, edit): agree_and_suspend, agree_and_silence, agree_and_edit.
    bool needsFollowUp() const;

    friend bool operator==(const ReviewableAction&, const ReviewableAction&) = default;
};

/// Strips a "<digits>-" prefix and anything outside [a-z_] checks; empty when invalid.
QString normalizedActionId(const QString& id);

} // namespace steward
