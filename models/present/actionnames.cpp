// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/present/actionnames.h"

#include <QCoreApplication>

namespace steward {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(steward::ActionNames)
};

/// The ids Discourse's reviewables offer (app/models/reviewable_flagged_post.rb,
/// reviewable_queued_post.rb, reviewable_user.rb, reviewable_post.rb).
QString knownName(const QString& id)
{
    if (id == u"agree_and_keep")
        return Text::tr("Agree, keep the post");
    if (id == u"agree_and_keep_hidden")
        return Text::tr("Agree, keep the post hidden");
    if (id == u"agree_and_hide")
        return Text::tr("Agree, hide the post");
    if (id == u"agree_and_restore")
        return Text::tr("Agree, restore the post");
    if (id == u"agree_and_edit")
        return Text::tr("Agree, then edit the post");
    if (id == u"agree_and_suspend")
        return Text::tr("Agree, then suspend the author");
    if (id == u"agree_and_silence")
        return Text::tr("Agree, then silence the author");
    if (id == u"delete_and_agree")
        return Text::tr("Agree, delete the post");
    if (id == u"delete_and_agree_replies")
        return Text::tr("Agree, delete the post and its replies");
    if (id == u"disagree")
        return Text::tr("Disagree");
    if (id == u"disagree_and_restore")
        return Text::tr("Disagree, restore the post");
    if (id == u"ignore")
        return Text::tr("Ignore the flags");
    if (id == u"ignore_and_do_nothing")
        return Text::tr("Ignore, change nothing");
    if (id == u"delete_and_ignore")
        return Text::tr("Ignore, delete the post");
    if (id == u"delete_and_ignore_replies")
        return Text::tr("Ignore, delete the post and its replies");
    if (id == u"delete")
        return Text::tr("Delete");
    if (id == u"delete_user")
        return Text::tr("Delete the user");
    if (id == u"delete_user_block")
        return Text::tr("Delete and block the user");
    if (id == u"approve_post")
        return Text::tr("Approve the post");
    if (id == u"approve_post_closed")
        return Text::tr("Approve the post, topic closed");
    if (id == u"reject_post")
        return Text::tr("Reject the post");
    if (id == u"revise_and_reject_post")
        return Text::tr("Reject the post, with a reason");
    if (id == u"approve_user")
        return Text::tr("Approve the user");
    return {};
}

} // namespace

QString actionName(const ReviewableAction& action)
{
    for (const QString& id : {normalizedActionId(action.id), action.performId()})
        if (const QString known = knownName(id); !known.isEmpty())
            return known;
    return action.label.isEmpty() ? action.performId() : action.label;
}

QString bundleName(const QString& family, const QString& fallback)
{
    if (family == u"agree")
        return Text::tr("Agree…");
    if (family == u"disagree")
        return Text::tr("Disagree…");
    if (family == u"ignore")
        return Text::tr("Ignore…");
    if (family == u"delete")
        return Text::tr("Delete…");
    if (family == u"delete_user" || family == u"reject_user")
        return Text::tr("Delete user…");
    if (family == u"approve_post" || family == u"approve_user")
        return Text::tr("Approve…");
    if (family == u"reject_post")
        return Text::tr("Reject…");
    return fallback;
}

} // namespace steward
