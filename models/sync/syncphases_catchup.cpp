// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Catching up after a long absence: an incremental sync that finds itself far behind goes on
// through Data Explorer (docs/sync.md "The bulk path"), then the REST steps finish as usual.
#include "models/net/dataexplorer.h"
#include "models/store/store.h"
#include "models/store/store_queries.h"
#include "models/sync/bulkqueries.h"
#include "models/sync/syncengine.h"
#include "models/sync/synclog.h"

namespace steward {

using bulk::kNoBound;

void SyncEngine::bulkCatchUp(Id top, Id lowest)
{
    qCInfo(lcSync, "more than %lld posts behind (%lld to %lld): catching up through Data Explorer",
           m_catchUpPosts, qint64(lowest), qint64(top));
    prepareExplorer(
        [this] {
            m_summary.bulkPath = BulkPath::CatchUp;
            m_catchingUp = true;
            m_postsFloor = m_postsWatermark;
            // Every topic (bumps, closings, moves: no cheaper "changed since" exists), the posts
            // down to the watermark, every user (their counts moved too), and the answers.
            QList<std::function<void()>> steps{
                [this] { bulkSolved(0, 0); },
                [this] { bulkTopics(kNoBound, -1); },
                [this] { bulkPosts(kNoBound, m_runLimit, -1); },
                [this] { bulkUsers(-kNoBound); },
                [this] { finishCatchUp(); },
            };
            m_steps = steps + m_steps;
            next();
        },
        [this, top, lowest] { newPosts(QString::number(lowest), top); }); // the REST walk goes on
}

void SyncEngine::finishCatchUp()
{
    // The walks stored every post, topic and user the REST steps would look for.
    const std::optional<qint64> top = read(queries::maxOf(m_store.database(), "posts", "id"));
    if (!top)
        return;
    m_newTop = std::max<Id>(m_newTop, *top);
    m_newPostTopics.clear();
    m_seenPosts.clear();
    m_answers.clear();
    m_answerPosts.clear();
    if (!m_store.begin() ||
        !setCheckpoint(QStringLiteral("posts.max"), QString::number(m_newTop)) ||
        !setCheckpointToMax(QStringLiteral("topics.bumped"), "topics", "bumped_at") ||
        !setCheckpointToMax(QStringLiteral("users.created"), "users", "created_at"))
        return failStore();
    if (commitPage())
        next();
}

} // namespace steward
