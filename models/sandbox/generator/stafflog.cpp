// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The generated history's staff action log: the rows StaffActionLogger would have written for
// the moderation the earlier stages left in the community. It reads that state only (no
// random draws), so it leaves every other figure of the generator as it was.
#include "models/sandbox/stafflog.h"

#include "models/sandbox/generator/communitygenerator.h"

#include <algorithm>

namespace steward::sandbox::detail {

namespace {

bool isStaff(const SandboxCommunity& community, Id id)
{
    const SandboxUser* member = community.user(id);
    return member && member->user.isStaff();
}

/// PostDestroyer#perform_delete logs a deletion by anyone but the author; a first post's
/// deletion is its topic's (log_topic_delete_recover), any other post's log_post_deletion.
void deletions(const SandboxCommunity& community, std::vector<StaffActionRecord>& rows)
{
    for (const PostRecord& p : community.posts) {
        if (p.deletedAt == 0 || p.deletedById == p.userId || !isStaff(community, p.deletedById))
            continue;
        StaffActionRecord r;
        r.actingUserId = p.deletedById;
        r.createdAt = p.deletedAt;
        if (p.postNumber == 1) {
            r.action = UserHistoryAction::DeleteTopic;
            r.topicId = p.topicId;
        } else {
            r.action = UserHistoryAction::DeletePost;
            r.postId = p.id;
        }
        rows.push_back(r);
    }
}

/// The standing suspension and silence of each member (log_user_suspend, log_silence_user);
/// a member holds at most one of each, so there is nothing earlier to log.
void penalties(const SandboxCommunity& community, std::vector<StaffActionRecord>& rows)
{
    for (const SandboxUser& m : community.users) {
        if (m.suspendedAt.isValid()) {
            StaffActionRecord r;
            r.action = UserHistoryAction::SuspendUser;
            r.actingUserId = m.suspendedById;
            r.targetUserId = m.user.id;
            r.createdAt = toSeconds(m.suspendedAt);
            r.details = staffMessage(m.user.suspendReason, QString());
            rows.push_back(r);
        }
        if (m.silencedAt.isValid()) {
            StaffActionRecord r;
            r.action = UserHistoryAction::SilenceUser;
            r.actingUserId = m.silencedById;
            r.targetUserId = m.user.id;
            r.createdAt = toSeconds(m.silencedAt);
            r.details = staffMessage(m.silenceReason, QString());
            r.context = silenceContext(m.silenceReason);
            rows.push_back(r);
        }
    }
}

/// Queued posts handled by staff: log_post_approved (the created post, when the generator
/// made one) and log_post_rejected. Ignoring one logs nothing.
void queuedPosts(const SandboxCommunity& community, std::vector<StaffActionRecord>& rows)
{
    for (const ReviewRecord& review : community.reviews) {
        if (review.item.type != ReviewableType::QueuedPost || !review.reviewedAt.isValid() ||
            !isStaff(community, review.reviewedById))
            continue;
        StaffActionRecord r;
        r.actingUserId = review.reviewedById;
        r.createdAt = toSeconds(review.reviewedAt);
        if (review.item.status == ReviewableStatus::Approved) {
            r.action = UserHistoryAction::PostApproved;
            r.postId = review.createdPostId;
        } else if (review.item.status == ReviewableStatus::Rejected) {
            r.action = UserHistoryAction::PostRejected;
            r.details = postRejectedDetails(community, review, r.createdAt);
        } else {
            continue;
        }
        rows.push_back(r);
    }
}

} // namespace

void generateStaffLog(SandboxCommunity& community)
{
    std::vector<StaffActionRecord> rows;
    deletions(community, rows);
    penalties(community, rows);
    queuedPosts(community, rows);
    // Same-second rows keep the order above: agreed spam is deleted, then its author suspended.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const StaffActionRecord& a, const StaffActionRecord& b) {
                         return a.createdAt < b.createdAt;
                     });
    community.staffActions.clear();
    community.staffActions.reserve(rows.size());
    for (StaffActionRecord& r : rows)
        appendStaffAction(community, std::move(r));
}

} // namespace steward::sandbox::detail
