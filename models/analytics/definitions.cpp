// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analytics/definitions.h"

namespace steward::analytics {

QString Definitions::conventions()
{
    return tr("Periods are whole local days from the first to the last date, in the report's time "
              "zone; the "
              "previous period is as many days just before. A counted topic is a regular (not "
              "private) topic "
              "that is not deleted, in the chosen category or one below it. Staff are admins and "
              "moderators. "
              "Durations are hours. Medians and 90th percentiles interpolate between the two "
              "nearest values.");
}

QString Definitions::responseTitle(ResponseDefinition definition)
{
    switch (definition) {
    case ResponseDefinition::Discourse:
        return tr("Discourse's (any reply)");
    case ResponseDefinition::Staff:
        return tr("Staff reply");
    case ResponseDefinition::AnyReply:
        return tr("Reply or whisper");
    }
    return {};
}

MetricDefinition Definitions::firstResponse(ResponseDefinition definition)
{
    const QString common =
        tr(" Counted topics created in the period; topics no response reached drop out "
           "(their number is reported beside). Replies timed at or before the topic's creation "
           "do not count. The time is grouped by the day the topic was created.");
    switch (definition) {
    case ResponseDefinition::Discourse:
        return {QStringLiteral("first_response"), tr("Time to first response"),
                QStringLiteral("hours"),
                tr("Discourse's time_to_first_response: hours from a topic's creation to its first "
                   "regular reply "
                   "by someone other than its author. The first post, deleted posts, whispers, "
                   "small actions and "
                   "moderator actions do not count; private messages and deleted topics are left "
                   "out.") +
                    common};
    case ResponseDefinition::Staff:
        return {QStringLiteral("first_response"), tr("Time to first staff response"),
                QStringLiteral("hours"),
                tr("Hours from a topic's creation to its first regular reply by an admin or "
                   "moderator other than "
                   "its author; deleted posts, whispers, small actions and moderator actions do "
                   "not count.") +
                    common};
    case ResponseDefinition::AnyReply:
        return {QStringLiteral("first_response"), tr("Time to first response or whisper"),
                QStringLiteral("hours"),
                tr("Hours from a topic's creation to its first regular reply or staff whisper by "
                   "someone other "
                   "than its author: when someone first took it up, even if only staff could see "
                   "it. Deleted "
                   "posts, small actions and moderator actions do not count.") +
                    common};
    }
    return {};
}

QList<MetricDefinition> Definitions::all()
{
    const QString count = QStringLiteral("count");
    const QString hours = QStringLiteral("hours");
    const QString share = QStringLiteral("share");
    return {
        {QStringLiteral("new_topics"), tr("New topics"), count,
         tr("Counted topics created in the period, by the day they were created.")},
        {QStringLiteral("posts"), tr("Posts"), count,
         tr("Regular posts written in the period in counted topics, first posts included; deleted "
            "posts, "
            "whispers, small actions and moderator actions are left out.")},
        {QStringLiteral("new_users"), tr("New users"), count,
         tr("Accounts created in the period. Not filtered by category.")},
        {QStringLiteral("active_users"), tr("Active users"), count,
         tr("Distinct users who wrote at least one counted post in the bucket (or, for the total, "
            "in the period). "
            "Reading is not activity here: the API does not expose visits per user.")},
        {QStringLiteral("first_response_share"), tr("Community share of first responses"), share,
         tr("Of the topics that got a first response (in the chosen definition), the share whose "
            "first responder "
            "is not staff. Staff and community counts are reported beside.")},
        {QStringLiteral("time_to_solution"), tr("Time to solution"), hours,
         tr("For counted topics created in the period that have an accepted answer: hours from the "
            "topic's creation "
            "to the creation of the post accepted as its answer (the API does not say when it was "
            "accepted, so "
            "this is the time until the answer was there).")},
        {QStringLiteral("time_to_close"), tr("Time to close"), hours,
         tr("For counted topics created in the period that were closed without an accepted answer: "
            "hours from the "
            "topic's creation to its last small-action post (the notice Discourse writes when a "
            "topic is closed). "
            "Closed topics without such a post count as closed but have no time.")},
        {QStringLiteral("solved_rate"), tr("Solved rate"), share,
         tr("Counted topics created in the period with an accepted answer, divided by those "
            "created in categories "
            "that allow accepted answers (every category when the site names none).")},
        {QStringLiteral("unanswered"), tr("Unanswered topics"), count,
         tr("Discourse's topics_with_no_response: counted topics created in the period that have "
            "no live regular "
            "reply by anyone other than their author, as of the last sync.")},
        {QStringLiteral("active_topics"), tr("Most active topics"), count,
         tr("Topics by the number of posts (as in Posts) written in the period, whenever the topic "
            "was created.")},
        {QStringLiteral("categories"), tr("Categories"), count,
         tr("Per category: counted topics created and posts written in the period, each with its "
            "share of the "
            "period's total and the previous period's figures for change. Subcategories are listed "
            "on their own.")},
        {QStringLiteral("response_by_category"), tr("Response times by category"), hours,
         tr("Per category: the time to first response (by the report's definition) of counted "
            "topics created in the period, with the previous period's median, the first responses "
            "staff gave and the topics no response reached. Subcategories are listed on their "
            "own.")},
        {QStringLiteral("contributors"), tr("Top contributors"), count,
         tr("Users by posts written in the period (as in Posts), by accepted answers among those "
            "posts, and by the "
            "likes those posts hold now, staff and community apart.")},
        {QStringLiteral("moderator_activity"), tr("Moderator activity"), count,
         tr("Per moderator: review items they resolved in the period (from the synced review "
            "history, filtered by "
            "category) and decisions sent from Steward on this machine that the server confirmed "
            "(from the audit "
            "log; not filtered by category).")},
        {QStringLiteral("flags"), tr("Flags"), count,
         tr("Flags raised in the period, by reason, with how many were agreed, disagreed, ignored "
            "or are pending. "
            "Outcome shares are of the handled flags.")},
        {QStringLiteral("flag_handle_time"), tr("Time to handle a flag"), hours,
         tr("For flags raised in the period and handled since: hours from the flag to its review "
            "(the flag's own "
            "review time, else its item's).")},
        {QStringLiteral("backlog"), tr("Review backlog"), count,
         tr("Review items waiting at the end of each bucket (or now, for the current one), with "
            "the median and "
            "oldest age of those waiting. Items resolved at an unknown time are left out.")},
    };
}

MetricDefinition Definitions::metric(const QString& key)
{
    for (const MetricDefinition& m : all()) {
        if (m.key == key)
            return m;
    }
    return {};
}

} // namespace steward::analytics
