// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// For tst_generator: how many cases a community holds for each clause of docs/metrics.md,
// read from the generator's own record with the definitions stated there.
#pragma once

#include "models/sandbox/community.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <array>
#include <span>
#include <utility>
#include <vector>

namespace steward::sandbox::testing {

/// The clauses of docs/metrics.md a community must have cases of: key and clause.
inline constexpr std::pair<const char*, const char*> kMetricClauses[] = {
    {"private_messages", "Counted topic: a regular topic (not a private message)"},
    {"private_messages_without_category",
     "Counted topic: in the chosen category (messages have none)"},
    {"private_messages_with_responses",
     "first_response (discourse): private messages are left out"},
    {"deleted_topics", "Counted topic: that is not deleted"},
    {"deleted_topics_with_responses", "first_response (discourse): deleted topics are left out"},
    {"subcategory_topics", "Counted topic: or any category below it"},
    {"moderators_not_admins", "Staff: admins and moderators"},
    {"deleted_posts", "posts: deleted posts are left out"},
    {"whispers", "posts: whispers are left out"},
    {"small_actions", "posts: small actions are left out"},
    {"moderator_actions", "posts: moderator actions are left out"},
    {"posters_without_counted_posts", "active_users: at least one counted post"},
    {"without_response", "first_response: topics that no response reached are counted beside"},
    {"replies_at_creation_second",
     "first_response: replies timed at or before the creation never count"},
    {"answered_only_at_creation_second",
     "unanswered vs first_response: answered, but no response time"},
    {"author_replies_before_anyone", "first_response: by someone other than the topic's author"},
    {"deleted_would_be_first_responses", "first_response: deleted posts do not count"},
    {"whispers_taking_up_first", "first_response (any): a staff whisper takes the topic up"},
    {"small_actions_before_first_response", "first_response: small actions do not count"},
    {"moderator_actions_before_first_response", "first_response: moderator actions do not count"},
    {"staff_responses_after_community",
     "first_response (staff): the first reply by an admin or moderator"},
    {"staff_topics_answered_by_other_staff", "first_response (staff): other than the author"},
    {"staff_authors_replying", "first_response (staff): the author's own replies do not count"},
    {"topics_reached_only_by_staff", "first_response_share: staff only"},
    {"topics_reached_only_by_community", "first_response_share: community only"},
    {"first_responses_by_staff", "first_response_share: staff count"},
    {"first_responses_by_community", "first_response_share: community count"},
    {"response_bin_0", "histogram: [0,1)"},
    {"response_bin_1", "histogram: [1,2)"},
    {"response_bin_2", "histogram: [2,4)"},
    {"response_bin_3", "histogram: [4,8)"},
    {"response_bin_4", "histogram: [8,24)"},
    {"response_bin_5", "histogram: [24,48)"},
    {"response_bin_6", "histogram: [48,168)"},
    {"response_bin_7", "histogram: 168 hours or more"},
    {"solved", "time_to_solution: topics with an accepted answer"},
    {"deleted_accepted_answers",
     "time_to_solution: a deleted accepted post does not make a topic solved"},
    {"closed_unsolved_with_notice", "time_to_close: closed without an accepted answer"},
    {"closed_unsolved_without_notice",
     "time_to_close: a closed topic without such a post has no time"},
    {"closed_unsolved_with_several_small_actions",
     "time_to_close: the topic's last small-action post"},
    {"closed_solved", "time_to_close: closed topics with an accepted answer are not counted"},
    {"topics_outside_solution_categories", "solved_rate: categories that allow accepted answers"},
    {"solved_outside_solution_categories", "solved_rate: a solved topic always counts as eligible"},
    {"unanswered", "unanswered: no live regular reply by anyone other than the author"},
    {"unanswered_with_replies_by_the_author", "unanswered: other than their author"},
    {"unanswered_with_deleted_replies", "unanswered: live"},
    {"unanswered_with_whispers", "unanswered: regular (whispers)"},
    {"unanswered_with_small_actions", "unanswered: regular (small actions)"},
    {"posts_a_month_after_creation", "active_topics: whenever the topic was created"},
    {"long_threads", "active_topics: topics by the number of posts"},
    {"moved_topics", "categories: per category (where the topic is now)"},
    {"accepted_answers_by_staff", "contributors: accepted answers, staff ranked apart"},
    {"accepted_answers_by_community", "contributors: accepted answers, community ranked apart"},
    {"liked_posts", "contributors: the likes those posts hold now"},
    {"reviews_resolved_by_moderators", "moderator_activity: review items they resolved"},
    {"reviews_resolved_in_a_category", "moderator_activity: filtered by category"},
    {"flags_reason_3", "flags: by reason (off-topic)"},
    {"flags_reason_4", "flags: by reason (inappropriate)"},
    {"flags_reason_7", "flags: by reason (something else)"},
    {"flags_reason_8", "flags: by reason (spam)"},
    {"flags_reason_10", "flags: by reason (illegal)"},
    {"flags_status_0", "flags: still pending"},
    {"flags_status_1", "flags: agreed"},
    {"flags_status_2", "flags: disagreed"},
    {"flags_status_3", "flags: ignored"},
    {"flags_with_own_review_time", "flag_handle_time: the flag's own review time"},
    {"flags_with_the_items_review_time", "flag_handle_time: else its item's"},
    {"reviews_waiting", "backlog: review items waiting"},
    {"reviews_left_at_unknown_time", "backlog: items that left the queue at an unknown time"},
};

inline std::span<const std::pair<const char*, const char*>> metricClauses()
{
    return kMetricClauses;
}

/// The cases, by clause key (the keys of tst_generator's clause table).
inline QHash<QString, int> metricCases(const SandboxCommunity& c)
{
    QHash<QString, int> n;
    const auto staff = [&c](Id id) {
        const SandboxUser* u = c.user(id);
        return u && u->user.isStaff();
    };
    std::vector<int> counted(c.users.size() + 1, 0);
    std::vector<int> written(c.users.size() + 1, 0);
    static constexpr std::array<double, 8> kBins{1, 2, 4, 8, 24, 48, 168, 1e300};

    for (const TopicRecord& t : c.topics) {
        const Topic& x = t.topic;
        const qint64 created = toSeconds(x.createdAt);
        const Category* category = c.category(x.categoryId);
        const bool isCounted = !x.isPrivateMessage() && !x.isDeleted();
        // Posts are in stream order, which is time order: the first seen is the earliest.
        const PostRecord* firstReply = nullptr;    // by another, after creation, live or deleted
        const PostRecord* firstResponse = nullptr; // discourse: regular, live, by another
        const PostRecord* firstStaff = nullptr;    // staff: as above, by staff
        const PostRecord* firstTakeUp = nullptr;   // any: a regular reply or a whisper
        const PostRecord* firstByAuthor = nullptr;
        qint64 firstSmallAction = 0, firstModeratorAction = 0, lastPost = 0;
        int liveSmallActions = 0;
        bool answered = false, atCreation = false, deletedReply = false, whisper = false;
        bool byStaff = false, byCommunity = false, byAuthor = false, otherStaff = false;
        for (int index : t.posts) {
            const PostRecord& p = c.posts[std::size_t(index)];
            lastPost = std::max(lastPost, p.createdAt);
            const bool live = p.deletedAt == 0;
            if (p.type == PostType::Regular && !p.deletedAt) {
                ++written[std::size_t(p.userId)];
                counted[std::size_t(p.userId)] += isCounted;
            }
            if (p.postNumber == 1)
                continue;
            const bool other = p.userId != x.userId;
            const bool after = p.createdAt > created;
            switch (p.type) {
            case PostType::Regular:
                if (other && after && !firstReply)
                    firstReply = &p;
                if (!live) {
                    deletedReply = deletedReply || other;
                    break;
                }
                if (!other) {
                    byAuthor = true;
                    if (after && !firstByAuthor)
                        firstByAuthor = &p;
                    break;
                }
                answered = true;
                atCreation = atCreation || !after;
                (staff(p.userId) ? byStaff : byCommunity) = true;
                otherStaff = otherStaff || (staff(x.userId) && staff(p.userId));
                if (after) {
                    firstResponse = firstResponse ? firstResponse : &p;
                    firstTakeUp = firstTakeUp ? firstTakeUp : &p;
                    if (staff(p.userId) && !firstStaff)
                        firstStaff = &p;
                }
                break;
            case PostType::Whisper:
                if (live && other && after) {
                    whisper = true;
                    firstTakeUp = firstTakeUp ? firstTakeUp : &p;
                }
                break;
            case PostType::SmallAction:
                if (live) {
                    ++liveSmallActions;
                    firstSmallAction = firstSmallAction ? firstSmallAction : p.createdAt;
                }
                break;
            case PostType::ModeratorAction:
                if (live)
                    firstModeratorAction =
                        firstModeratorAction ? firstModeratorAction : p.createdAt;
                break;
            }
            if (isCounted) {
                n[QStringLiteral("deleted_posts")] += !live;
                n[QStringLiteral("whispers")] += p.type == PostType::Whisper;
                n[QStringLiteral("small_actions")] += p.type == PostType::SmallAction;
                n[QStringLiteral("moderator_actions")] += p.type == PostType::ModeratorAction;
            }
        }

        if (x.isPrivateMessage()) {
            ++n[QStringLiteral("private_messages")];
            n[QStringLiteral("private_messages_with_responses")] += firstResponse != nullptr;
            n[QStringLiteral("private_messages_without_category")] += x.categoryId == 0;
            continue;
        }
        if (x.isDeleted()) {
            ++n[QStringLiteral("deleted_topics")];
            n[QStringLiteral("deleted_topics_with_responses")] += firstResponse != nullptr;
            continue;
        }
        // Counted topics.
        n[QStringLiteral("subcategory_topics")] += category && category->parentId != 0;
        n[QStringLiteral("topics_outside_solution_categories")] +=
            category && !category->acceptedAnswersEnabled;
        n[QStringLiteral("moved_topics")] += x.categoryId != t.originalCategoryId;
        n[QStringLiteral("long_threads")] += t.posts.size() >= 100;
        n[QStringLiteral("posts_a_month_after_creation")] += lastPost - created > 30 * 86400;

        n[QStringLiteral("without_response")] += firstResponse == nullptr;
        n[QStringLiteral("replies_at_creation_second")] += atCreation;
        n[QStringLiteral("answered_only_at_creation_second")] += atCreation && !firstResponse;
        n[QStringLiteral("author_replies_before_anyone")] +=
            firstByAuthor &&
            (!firstResponse || firstByAuthor->createdAt < firstResponse->createdAt);
        n[QStringLiteral("deleted_would_be_first_responses")] +=
            firstReply && firstReply->deletedAt != 0;
        n[QStringLiteral("whispers_taking_up_first")] +=
            firstTakeUp && firstTakeUp->type == PostType::Whisper;
        n[QStringLiteral("small_actions_before_first_response")] +=
            firstSmallAction > created &&
            (!firstResponse || firstSmallAction < firstResponse->createdAt);
        n[QStringLiteral("moderator_actions_before_first_response")] +=
            firstModeratorAction > created &&
            (!firstResponse || firstModeratorAction < firstResponse->createdAt);
        n[QStringLiteral("staff_responses_after_community")] +=
            firstStaff && firstStaff != firstResponse;
        n[QStringLiteral("staff_topics_answered_by_other_staff")] += otherStaff;
        n[QStringLiteral("staff_authors_replying")] += staff(x.userId) && byAuthor;
        n[QStringLiteral("topics_reached_only_by_staff")] += byStaff && !byCommunity;
        n[QStringLiteral("topics_reached_only_by_community")] += byCommunity && !byStaff;
        if (firstResponse) {
            ++n[staff(firstResponse->userId) ? QStringLiteral("first_responses_by_staff")
                                             : QStringLiteral("first_responses_by_community")];
            const double hours = double(firstResponse->createdAt - created) / 3600.0;
            const auto bin = std::upper_bound(kBins.begin(), kBins.end(), hours) - kBins.begin();
            ++n[QStringLiteral("response_bin_%1").arg(bin)];
        }

        const PostRecord* accepted =
            x.acceptedAnswerPostId ? c.post(*x.acceptedAnswerPostId) : nullptr;
        const bool solved = accepted && accepted->deletedAt == 0;
        n[QStringLiteral("solved")] += solved;
        n[QStringLiteral("deleted_accepted_answers")] += accepted && accepted->deletedAt != 0;
        n[QStringLiteral("solved_outside_solution_categories")] +=
            solved && category && !category->acceptedAnswersEnabled;
        if (solved)
            ++n[staff(accepted->userId) ? QStringLiteral("accepted_answers_by_staff")
                                        : QStringLiteral("accepted_answers_by_community")];
        if (x.closed) {
            n[QStringLiteral("closed_solved")] += solved;
            n[QStringLiteral("closed_unsolved_with_notice")] += !solved && liveSmallActions > 0;
            n[QStringLiteral("closed_unsolved_without_notice")] += !solved && liveSmallActions == 0;
            n[QStringLiteral("closed_unsolved_with_several_small_actions")] +=
                !solved && liveSmallActions > 1;
        }
        if (!answered) {
            ++n[QStringLiteral("unanswered")];
            n[QStringLiteral("unanswered_with_replies_by_the_author")] += byAuthor;
            n[QStringLiteral("unanswered_with_deleted_replies")] += deletedReply;
            n[QStringLiteral("unanswered_with_whispers")] += whisper;
            n[QStringLiteral("unanswered_with_small_actions")] += liveSmallActions > 0;
        }
    }
    for (const PostRecord& p : c.posts)
        n[QStringLiteral("liked_posts")] += p.likeCount > 0;
    for (std::size_t id = 1; id < written.size(); ++id)
        n[QStringLiteral("posters_without_counted_posts")] += written[id] > 0 && counted[id] == 0;
    for (const SandboxUser& u : c.users)
        n[QStringLiteral("moderators_not_admins")] += u.user.moderator && !u.user.admin;

    for (const ReviewRecord& r : c.reviews) {
        const bool handled = !r.item.isPending();
        const SandboxUser* reviewer = c.user(r.reviewedById);
        n[QStringLiteral("reviews_resolved_by_moderators")] +=
            handled && reviewer && reviewer->user.moderator;
        n[QStringLiteral("reviews_resolved_in_a_category")] += handled && r.item.categoryId != 0;
        n[QStringLiteral("reviews_left_at_unknown_time")] += handled && !r.reviewedAt.isValid();
        n[QStringLiteral("reviews_waiting")] += !handled;
        if (r.item.type != ReviewableType::FlaggedPost)
            continue;
        for (const ReviewableScore& s : r.item.scores) {
            n[QStringLiteral("flags_reason_%1").arg(s.scoreTypeId)] += 1;
            n[QStringLiteral("flags_status_%1").arg(int(s.status))] += 1;
            n[QStringLiteral("flags_with_own_review_time")] += s.reviewedAt.isValid();
            n[QStringLiteral("flags_with_the_items_review_time")] +=
                handled && !s.reviewedAt.isValid() && r.reviewedAt.isValid();
        }
    }
    return n;
}

} // namespace steward::sandbox::testing
