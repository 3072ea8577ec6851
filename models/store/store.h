// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/category.h"
#include "models/domain/post.h"
#include "models/domain/reviewable.h"
#include "models/domain/staffaction.h"
#include "models/domain/topic.h"
#include "models/domain/user.h"
#include "models/store/changeset.h"

#include <QHash>
#include <QObject>
#include <QSqlQuery>

#include <memory>

namespace steward {

class Database;
class Statement;

/// How much a user row knows: side-loaded users carry only names and avatars, and must not
/// overwrite what an admin listing said about trust level, roles and penalties.
enum class UserDetail
{
    Basic,
    Full
};

/// The synced entities in the database. Writes happen inside begin()/commit(): one
/// transaction per fetched page, together with the page's checkpoint. After a successful
/// commit, changed() reports exactly the rows written in it (and, on a team database, so does
/// every other Steward's TeamChannel). Writers return false and set
/// lastError() on failure; the caller then rolls back.
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(Database& database, QObject* parent = nullptr);
    ~Store() override;

    Database& database() { return m_database; }
    bool begin();
    bool commit();
    void rollback();
    QString lastError() const { return m_lastError; }

    bool upsertCategories(const QList<Category>& categories);
    bool upsertUsers(const QList<User>& users, UserDetail detail);
    bool upsertTopics(const QList<Topic>& topics);
    bool upsertPosts(const QList<Post>& posts);
    bool upsertReviewables(const QList<Reviewable>& reviewables);
    /// Rows of the staff action log; a row seen again (pages shift as the log grows) is
    /// written again, unchanged but for what the server changed (a cleared penalty's action).
    bool upsertStaffActions(const QList<StaffAction>& actions);
    /// Names the accepted answer of solved topics whose list entry did not name it, from
    /// the posts marked accepted_answer.
    bool resolveAcceptedAnswers();
    /// Sets each topic's author to the author of its post #1 where that post is stored and
    /// names another user (topic lists name the author only indirectly).
    bool resolveTopicAuthors();
    /// Records accepted answers on the stored topics (topic id -> its answer) and posts (every
    /// answer post; a topic may have several).
    bool markAcceptedAnswers(const QHash<Id, Id>& topics, const QSet<Id>& answerPosts);
    /// Bulk loading, for the first walk over all posts: the secondary indexes on posts
    /// (by topic, by author), whose random inserts cost more than the rows themselves, are
    /// dropped and the WAL checkpoints less often; createPostIndexes() builds them again in
    /// one sorted pass (inside the current transaction when there is one). Call outside a
    /// transaction.
    bool beginBulkLoad();
    bool createPostIndexes();
    /// The query planner's statistics brought up to date after many rows changed (a first
    /// sync), outside a transaction: on PostgreSQL VACUUM ANALYZE, which also lets the queue be
    /// read from its index alone; on SQLite PRAGMA optimize.
    bool refreshStatistics();
    /// False while a bulk load has the posts' secondary indexes dropped: then a query by
    /// topic or author scans every post, and readers that would make many should wait.
    bool hasPostIndexes() const;
    /// Posts are indexed for full-text search after they are stored, in batches off the
    /// ingest path (post_search_pending lists the posts not yet indexed). Indexes up to
    /// limit posts in its own transaction; returns how many, or -1 with lastError() set.
    int indexSearch(int limit);
    /// Posts waiting to be indexed for search.
    qint64 searchBacklog() const;
    /// Topics to read whole at the next sync (posts moved between them). Kept in the store,
    /// not in memory: on a team database any Steward asks and the sync leader reads them
    /// (ChangeSet::topicRequests tells it), and a request outlives a leader that was killed.
    bool requestTopics(const QList<Id>& topicIds);
    /// Each requested topic with its request's generation, which asking again raises.
    QHash<Id, qint64> requestedTopics() const;
    /// Done with one, read (or gone from the forum) since the request of that generation; a
    /// later request of the same topic stays.
    bool clearTopicRequest(Id topicId, qint64 generation);
    /// Checkpoints: named strings written in the current transaction.
    QString checkpoint(const QString& name) const;
    bool setCheckpoint(const QString& name, const QString& value);
    bool clearCheckpoints(const QString& prefix);
    /// Marks outbox rows as changed in the current transaction (OutboxStore calls this).
    void noteOutboxChange(Id entryId) { m_pending.outbox.insert(entryId); }
    /// Marks a user's notes as changed in the current transaction (usernotes.h).
    void noteUserNotesChange(Id userId) { m_pending.userNotes.insert(userId); }
    bool inTransaction() const { return m_inTransaction; }

Q_SIGNALS:
    void changed(const steward::ChangeSet& changes);

private:
    bool run(QSqlQuery& query);
    bool upsertPostsAsArrays(const QList<Post>& posts);
    /// PostgreSQL: the queue's search documents (queue_post_search, 0014) of these posts
    /// (an array literal of ids) brought up to date, for those a queue item is about.
    bool indexQueuePosts(const QByteArray& postIds);
    /// On PostgreSQL, tells the team of changes (TeamChannel): in the current transaction, or
    /// on its own when there is none.
    bool notifyTeam(const ChangeSet& changes);
    void tellUntold();
    QSqlQuery& prepared(int slot, const QString& sql);

    Database& m_database;
    ChangeSet m_pending;
    QString m_lastError;
    bool m_inTransaction = false;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries;
    std::unique_ptr<Statement> m_postUpsert;
    std::unique_ptr<Statement> m_queuePostIndex;
    std::unique_ptr<Statement> m_notify;
    ChangeSet m_untold; ///< committed posts the team is told of a moment later
    bool m_untoldTimer = false;
    qint64 m_backendPid = 0;
};

} // namespace steward
