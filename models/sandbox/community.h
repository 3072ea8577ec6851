// SPDX-FileCopyrightText: 2026 The Steward developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/category.h"
#include "models/domain/post.h"
#include "models/domain/reviewable.h"
#include "models/domain/topic.h"
#include "models/domain/user.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <vector>

namespace steward::sandbox {

/// Who a generated member is; it decides how often and how they post.
enum class Persona : quint8
{
    Admin,
    Moderator,
    Staff,
    Champion,
    Regular,
    Newcomer,
    Lurker,
    Spammer
};

/// What a topic is; it decides its title, body and replies.
enum class TopicKind : quint8
{
    Question,
    Announcement,
    Idea,
    Discussion,
    Spam,
    CategoryAbout,  ///< a category's "About the … category" topic (Category::definitionTopicId)
    PrivateMessage, ///< a message between a few members (archetype private_message, no category)
    KnownIssue,     ///< a long-running support thread about one problem, with hundreds of replies
    Megathread,     ///< a long community thread: introductions, feedback on a release
};

/// What a post says; the text is made from it on demand (see postContent()).
enum class PostKind : quint8
{
    Opening,
    Answer,
    StaffAnswer,
    FollowUp,
    Thanks,
    Agreement,
    Spam,
    /// A small action whose action code was not recorded (the server's own status writes).
    ClosedNotice,
    StaffWhisper,
    MoreDetail,    ///< the asker adds detail before anyone answered
    Bump,          ///< the asker bumps a topic nobody answered
    AutoReply,     ///< a staff account's automatic acknowledgement, at the topic's own second
    StaffUpdate,   ///< staff's progress note in a known-issue thread
    ThreadReply,   ///< a reply to a megathread
    MessageReply,  ///< a reply in a private message
    AskForDetails, ///< moderator action: asks the author for version, platform, error
    CleanupNote,   ///< moderator action: off-topic replies were removed
    FixedNote,     ///< moderator action: a known issue is fixed, the thread closes
    // Small actions with their Discourse action codes (actionCode()).
    Closed,
    Reopened,
    Pinned,
    PinnedGlobally,
    Unpinned,
    Archived,
    Unlisted,
    Listed,
};

/// Discourse's action_code of a small-action kind ("closed.enabled", ...); nullptr for the others
/// and for ClosedNotice.
const char* actionCode(PostKind kind);

struct SandboxUser
{
    User user;
    Persona persona = Persona::Lurker;
    QString email;
    int utcOffsetMinutes = 0;
    double activity = 0.0; ///< relative weight when choosing who posts
    Id suspendedById = 0;
    QDateTime suspendedAt;
    Id silencedById = 0;
    QDateTime silencedAt;
    QString silenceReason;
    bool deleted = false; ///< deleted by a moderator; gone from every endpoint
};

/// A post, compactly: its Markdown and HTML are generated from (topic, post number, kind).
struct PostRecord
{
    Id id = 0;
    Id topicId = 0;
    Id userId = 0;
    qint64 createdAt = 0; ///< seconds since the epoch, UTC
    qint64 deletedAt = 0; ///< 0 unless deleted
    Id deletedById = 0;
    int postNumber = 0;
    int replyToPostNumber = 0;
    int likeCount = 0;
    int version = 1;
    PostType type = PostType::Regular;
    PostKind kind = PostKind::Answer;
    bool hidden = false;
};

struct TopicRecord
{
    Topic topic;
    Id originalCategoryId = 0; ///< where it was created (0 for messages); its words come from there
    Id deletedById = 0;        ///< who deleted it; 0 unless deleted
    /// Private messages: the members it is between (topic_allowed_users), its author first.
    std::vector<Id> allowedUserIds;
    TopicKind kind = TopicKind::Question;
    qint64 solvedAt = 0; ///< when the accepted answer was accepted; 0 if unsolved
    Id solvedById =
        0; ///< who accepted it; 0 when not recorded (the generator's): the topic's author
    std::vector<int> posts; ///< indexes into SandboxCommunity::posts, by post number
};

/// One generated review item plus what the server needs that the domain type lacks.
struct ReviewRecord
{
    Reviewable item;
    QDateTime reviewedAt;
    Id reviewedById = 0;
    QString rejectReason;
    Id createdPostId = 0; ///< queued posts: the post an approval created
};

/// UserHistory.actions (app/models/user_history.rb): the numbers of the staff actions the
/// sandbox logs. They never change.
namespace UserHistoryAction {
constexpr int DeleteUser = 1;
constexpr int SuspendUser = 10;
constexpr int UnsuspendUser = 11;
constexpr int DeletePost = 17;
constexpr int DeleteTopic = 18;
constexpr int SilenceUser = 30;
constexpr int UnsilenceUser = 31;
constexpr int RecoverTopic = 55;
constexpr int PostApproved = 56;
constexpr int PostRejected = 64;
constexpr int ApproveUser = 69;
} // namespace UserHistoryAction

/// One row of the staff action log (Discourse's user_histories, as StaffActionLogger writes
/// it). Ids are 0 when unset. The details of delete_post, delete_topic and recover_topic rows
/// are not stored: the server makes them from the post or topic (stafflog.h).
struct StaffActionRecord
{
    Id id = 0;
    int action = 0; ///< a UserHistoryAction
    Id actingUserId = 0;
    Id targetUserId = 0;
    Id postId = 0;
    Id topicId = 0;
    Id categoryId = 0;
    qint64 createdAt = 0; ///< seconds since the epoch, UTC
    QString customType;
    QString details;
    QString context;
    QString subject;
};

/// A support case filed through the ServiceNow-compatible endpoint (Table API,
/// sn_customerservice_case): the fields it was sent, and what the "instance" assigned.
struct CaseRecord
{
    QString number; ///< "CS0000001", ...
    QString sysId;  ///< 32 hex digits
    qint64 createdAt = 0;
    QJsonObject fields; ///< as sent (short_description, description, correlation_id, ...)
};

/// A stored Data Explorer query (the plugin's data_explorer_queries row). Deleting one only
/// hides it; updating un-hides it.
struct ExplorerQueryRecord
{
    Id id = 0;
    QString name;
    QString description;
    QString sql = QStringLiteral("SELECT 1");
    Id userId = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 lastRunAt = 0; ///< runs set it in memory only; it is not journaled
    bool hidden = false;
};

/// A note of the user-notes plugin (discourse-user-notes: PluginStore "user_notes", key
/// "notes:<user id>", one JSON array per user).
struct UserNoteRecord
{
    QString id; ///< 32 lower-case hex digits (SecureRandom.hex(16) in Discourse; userNoteId())
    Id userId = 0;
    QString raw;
    Id createdById = 0;
    qint64 createdAt = 0; ///< seconds since the epoch, UTC
    /// The post it is about, as the request sent it: the plugin stores the parameter itself,
    /// so a form's "123" stays a string and a JSON body's 123 a number. Undefined when none.
    QJsonValue postId = QJsonValue(QJsonValue::Undefined);
};

/// Everything the sandbox serves. Ids are dense and chronological: topic id N is
/// topics[N - 1], post id N is posts[N - 1], user id N is users[N - 1]; review ids likewise.
struct SandboxCommunity
{
    quint64 seed = 0;
    /// The site's language: "en" or "de". Discourse translates the strings it makes up
    /// (poster descriptions, say) into it; clients must not read them.
    QString locale = QStringLiteral("en");
    /// From this many posts a topic's answer carries no stream (TopicView's
    /// MEGA_TOPIC_POSTS_COUNT); tests lower it.
    int megaTopicPosts = 10000;
    QDateTime now;
    QDateTime start;
    QList<Category> categories;
    std::vector<SandboxUser> users;
    std::vector<TopicRecord> topics;
    std::vector<PostRecord> posts;
    std::vector<ReviewRecord> reviews;
    /// The staff action log, append-only: id N is staffActions[N - 1], ids ascending with
    /// time. The generator fills it from the generated moderation; every logged write
    /// appends to it (appendStaffAction()).
    std::vector<StaffActionRecord> staffActions;
    std::vector<CaseRecord> cases;
    std::vector<ExplorerQueryRecord> explorerQueries; ///< id N is explorerQueries[N - 1]
    QHash<QString, Id> userIdsByName;                 ///< lower-case username -> id
    /// The user-notes plugin's notes by the user they are about, oldest first (as the plugin
    /// appends them; it serves them newest first).
    QHash<Id, std::vector<UserNoteRecord>> userNotes;
    quint64 userNotesCreated = 0; ///< notes ever created; numbers the next one's id
    /// Markdown set by edits; keyed by post id. Posts without an entry use generated text.
    QHash<Id, QString> editedRaw;
    /// Flagged-post reviewables by post id (the newest per post); see indexReviews().
    QHash<Id, Id> reviewByPost;
    /// Rendered post text (raw, cooked, excerpt) by post id, filled on first use and bounded;
    /// generated text never changes, so entries stay valid (edited posts are not cached).
    struct CachedText
    {
        QString raw, cooked, excerpt;
    };
    mutable QHash<Id, CachedText> textCache;
    /// Serialized post JSON by (post id, view), valid for jsonCacheRevision only.
    mutable QHash<quint64, QByteArray> postJsonCache;
    mutable quint64 jsonCacheRevision = 0;
    /// Topic lists in display order by (category << 1 | staff), for listCacheRevision only.
    mutable QHash<quint64, QList<const TopicRecord*>> listCache;
    mutable quint64 listCacheRevision = ~quint64(0);
    /// The admin user lists in order by (flag index << 1 | ascending), for
    /// userListCacheRevision and userListCacheNow only: a large community's pages would
    /// otherwise filter and sort every member again for each page.
    mutable QHash<quint64, std::vector<const SandboxUser*>> userListCache;
    mutable quint64 userListCacheRevision = ~quint64(0);
    mutable QDateTime userListCacheNow;
    /// Bumped by every applied write; caches derived from the state compare against it.
    quint64 revision = 0;

    /// Rebuilds reviewByPost.
    void indexReviews();
    /// Recomputes every category's topic and post counts.
    void countCategories();

    SandboxUser* user(Id id);
    const SandboxUser* user(Id id) const;
    /// The user unless a moderator deleted them (gone from every endpoint); null otherwise.
    SandboxUser* liveUser(Id id);
    const SandboxUser* liveUser(Id id) const;
    const SandboxUser* userByName(const QString& username) const;
    TopicRecord* topic(Id id);
    const TopicRecord* topic(Id id) const;
    PostRecord* post(Id id);
    const PostRecord* post(Id id) const;
    ReviewRecord* review(Id id);
    const ReviewRecord* review(Id id) const;
    const Category* category(Id id) const;
    /// The category whose definition topic ("About the … category") topicId is; nullptr if none.
    const Category* definedCategory(Id topicId) const;
};

/// The id of the serial-th user note of a community made with seed: 32 lower-case hex digits,
/// as SecureRandom.hex(16), but the same for the same community.
QString userNoteId(quint64 seed, quint64 serial);
QDateTime toDateTime(qint64 secondsSinceEpoch);
qint64 toSeconds(const QDateTime& dateTime);

} // namespace steward::sandbox
