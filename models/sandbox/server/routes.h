// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Route handlers of the sandbox server, one function per endpoint.
#pragma once

#include "models/sandbox/server/requestcontext.h"
#include "models/sandbox/server/sandboxserver.h"

namespace steward::sandbox::routes {

using S = SandboxServer;
using C = RequestContext;

// Site and categories
Reply site(S&, C&);
Reply basicInfo(S&, C&);
Reply about(S&, C&);
Reply categories(S&, C&);
// Topics and posts
Reply latest(S&, C&);
Reply categoryTopics(S&, C&);
Reply topic(S&, C&);
Reply topicPosts(S&, C&);
Reply topicPostIds(S&, C&);
Reply latestPosts(S&, C&);
Reply post(S&, C&);
// Users
Reply user(S&, C&);
Reply adminUser(S&, C&);
Reply adminUserList(S&, C&);
Reply directory(S&, C&);
// Review queue
Reply reviewList(S&, C&);
Reply reviewCount(S&, C&);
Reply reviewDetail(S&, C&);
Reply reviewPerform(S&, C&);
Reply claim(S&, C&);
Reply unclaim(S&, C&);
// Writes
Reply topicStatus(S&, C&);
Reply movePosts(S&, C&);
Reply topicUpdate(S&, C&);
Reply postCreate(S&, C&);
Reply postDelete(S&, C&);
Reply postRecover(S&, C&);
Reply acceptSolution(S&, C&);
Reply unacceptSolution(S&, C&);
Reply suspend(S&, C&);
Reply unsuspend(S&, C&);
Reply silence(S&, C&);
Reply unsilence(S&, C&);
// Reports
Reply report(S&, C&);
// Staff action log (routes_stafflog.cpp)
Reply staffActionLogs(S&, C&);
// Data Explorer (routes_explorer.cpp): admins only, 404 when ServerOptions::dataExplorer is off
Reply explorerList(S&, C&);
Reply explorerShow(S&, C&);
Reply explorerCreate(S&, C&);
Reply explorerUpdate(S&, C&);
Reply explorerDelete(S&, C&);
Reply explorerRun(S&, C&);
Reply explorerLegacyGet(S&, C&);
// User notes (routes_usernotes.cpp): staff only, 404 when ServerOptions::userNotes is off
Reply userNotes(S&, C&);
Reply userNoteCreate(S&, C&);
Reply userNoteDestroy(S&, C&);

/// Whether the acting user may see a topic (staff see everything, others public ones).
bool canSee(const SandboxCommunity& community, const RequestContext& context,
            const TopicRecord& topic);

} // namespace steward::sandbox::routes
