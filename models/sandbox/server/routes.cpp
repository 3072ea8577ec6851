// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sandbox/server/routes.h"

namespace steward::sandbox {

QList<SandboxServer::Route> sandboxRoutes()
{
    using M = QHttpServerRequest::Method;
    using A = SandboxServer::Access;
    auto r = [](M method, const char* pattern, A access, SandboxServer::Handler handler) {
        return SandboxServer::Route{
            method, QRegularExpression(QStringLiteral("^%1$").arg(QString::fromLatin1(pattern))),
            access, std::move(handler)};
    };
    using namespace routes;
    return {
        r(M::Get, "/site", A::Public, site),
        r(M::Get, "/site/basic-info", A::Public, basicInfo),
        r(M::Get, "/about", A::Public, about),
        r(M::Get, "/categories", A::Public, categories),
        r(M::Get, "/latest", A::Public, latest),
        r(M::Get, "/c/(?:[^/]+/)*?(\\d+)(?:/l/latest)?", A::Public, categoryTopics),
        r(M::Get, "/t/(\\d+)/posts", A::Public, topicPosts),
        r(M::Get, "/t/(\\d+)/post_ids", A::Public, topicPostIds),
        r(M::Get, "/t/(?:[^/]+/)?(\\d+)(?:/(\\d+))?", A::Public, topic),
        r(M::Get, "/posts", A::Public, latestPosts),
        r(M::Get, "/posts/(\\d+)", A::Public, post),
        r(M::Get, "/u/([^/]+)", A::Public, user),
        r(M::Get, "/directory_items", A::Public, directory),
        r(M::Get, "/admin/users/(\\d+)", A::Staff, adminUser),
        r(M::Get, "/admin/users/list/([a-z_]+)", A::Staff, adminUserList),
        r(M::Get, "/review", A::Staff, reviewList),
        r(M::Get, "/review/count", A::Staff, reviewCount),
        r(M::Get, "/review/(\\d+)", A::Staff, reviewDetail),
        r(M::Put, "/review/(\\d+)/perform/([a-z_]+)", A::Staff, reviewPerform),
        r(M::Post, "/reviewable_claimed_topics", A::Staff, claim),
        r(M::Delete, "/reviewable_claimed_topics/(\\d+)", A::Staff, unclaim),
        r(M::Put, "/t/(\\d+)/status", A::Staff, topicStatus),
        r(M::Put, "/t/[^/]+/(\\d+)", A::Staff, topicUpdate),
        r(M::Post, "/t/(\\d+)/move-posts", A::Staff, movePosts),
        r(M::Post, "/posts", A::Staff, postCreate),
        r(M::Delete, "/posts/(\\d+)", A::Staff, postDelete),
        r(M::Put, "/posts/(\\d+)/recover", A::Staff, postRecover),
        r(M::Post, "/solution/accept", A::Staff, acceptSolution),
        r(M::Post, "/solution/unaccept", A::Staff, unacceptSolution),
        r(M::Put, "/admin/users/(\\d+)/suspend", A::Staff, suspend),
        r(M::Put, "/admin/users/(\\d+)/unsuspend", A::Staff, unsuspend),
        r(M::Put, "/admin/users/(\\d+)/silence", A::Staff, silence),
        r(M::Put, "/admin/users/(\\d+)/unsilence", A::Staff, unsilence),
        r(M::Get, "/admin/reports/([a-z_]+)", A::Staff, report),
        r(M::Get, "/admin/logs/staff_action_logs", A::Staff, staffActionLogs),
        // Data Explorer checks its own access (404 when off, 403 for non-admins).
        r(M::Get, "/admin/plugins/discourse-data-explorer/queries", A::Public, explorerList),
        r(M::Get, "/admin/plugins/discourse-data-explorer/queries/(-?\\d+)", A::Public,
          explorerShow),
        r(M::Get, "/admin/plugins/explorer/queries(?:/(-?\\d+))?", A::Public, explorerLegacyGet),
        r(M::Post, "/admin/plugins/(?:discourse-data-explorer|explorer)/queries", A::Public,
          explorerCreate),
        r(M::Put, "/admin/plugins/(?:discourse-data-explorer|explorer)/queries/(-?\\d+)", A::Public,
          explorerUpdate),
        r(M::Delete, "/admin/plugins/(?:discourse-data-explorer|explorer)/queries/(-?\\d+)",
          A::Public, explorerDelete),
        r(M::Post, "/admin/plugins/(?:discourse-data-explorer|explorer)/queries/(-?\\d+)/run",
          A::Public, explorerRun),
        // The user-notes plugin's engine at /user_notes checks its own access (404 when off,
        // 403 for anyone but staff). Its paths have no ".json" (SandboxServer::dispatch).
        r(M::Get, "/user_notes", A::Public, userNotes),
        r(M::Post, "/user_notes", A::Public, userNoteCreate),
        r(M::Delete, "/user_notes/([^/]+)", A::Public, userNoteDestroy),
    };
}

} // namespace steward::sandbox
